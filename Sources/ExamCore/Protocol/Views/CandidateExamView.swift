import ContestCore
import ContestProtocol

/// What a candidate's page gets in its `welcome` (`exam`): their own paper, every saved answer and the deadline.
///
/// Built again at every login, so a reload, a lost connection or another machine continues with the
/// same answers and the same deadline. Before the start the paper comes without its questions (a
/// candidate may log in early to read the instructions, never the paper); the page logs in again
/// when the start comes. The paper is the key-free `CandidatePaper.View`: no field here
/// can carry an answer key.
public struct CandidateExamView: Sendable, Hashable, JSONEncodable {
    /// One saved answer as the page restores it: the question, the answer fields, the save's time.
    public struct Saved: Sendable, Hashable, JSONEncodable {
        public var question: String
        public var answer: Submission
        public var savedAt: Micros

        public func encode(to json: inout JSONWriter) {
            json.object { fields in
                fields.field("question", question)
                answer.encodeFields(into: &fields)
                fields.field("savedAt", savedAt)
            }
        }
    }

    public var candidate: ExamCandidate
    public var title: String
    public var start: Micros
    public var entryCloses: Micros
    public var paper: CandidatePaper.View
    public var answers: [Saved]
    public var status: PaperStatus

    public init(day: ExamDay, candidate: String, at now: Micros) {
        let record = day.written.records[candidate]
        self.candidate = record?.candidate ?? ExamCandidate(candidate: candidate, name: "", unit: "")
        let exam = day.exam
        (title, start, entryCloses) = (exam.title, exam.start, exam.entryCloses)
        paper = exam.paper(for: candidate).view
        if now < exam.start { paper.questions = [] }
        answers = (record?.answers ?? [:]).sorted { $0.key < $1.key }.map {
            Saved(question: $0.key, answer: $0.value.answer, savedAt: $0.value.savedAt)
        }
        status = PaperStatus(record ?? CandidateRecord(candidate: self.candidate, deadline: exam.deadline))
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("candidate", candidate.candidate)
            fields.field("name", candidate.name)
            fields.field("unit", candidate.unit)
            fields.field("title", title)
            fields.field("start", start)
            fields.field("entryCloses", entryCloses)
            status.encodeFields(into: &fields)
            fields.field("paper") { json in
                json.object { paperFields in
                    paperFields.field("title", paper.title)
                    paperFields.field("questions", paper.questions)
                }
            }
            fields.field("answers", answers)
        }
    }
}

extension CandidatePaper.View.Question: JSONEncodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("id", id)
            fields.field("number", number)
            fields.field("type", type)
            fields.field("section", section)
            fields.field("stem", stem)
            fields.field("options", options)
            fields.field("points", points)
        }
    }
}
