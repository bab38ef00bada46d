import ContestCore
import ContestProtocol

/// What a proctor's page gets in its `welcome` (`proctor`): the exam's times and every candidate's row.
///
/// Later changes come as `roster` messages holding only the changed rows, at most once a second.
public struct ProctorView: Sendable, Hashable, JSONEncodable {
    public var proctor: Int
    public var title: String
    public var start: Micros
    public var deadline: Micros
    public var entryCloses: Micros
    public var rows: [ProctorRow]

    public init(proctor: Int, day: ExamDay, rows: [ProctorRow]) {
        let exam = day.exam
        (self.proctor, title, start, deadline, entryCloses) = (
            proctor, exam.title, exam.start, exam.deadline, exam.entryCloses
        )
        self.rows = rows
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("proctor", proctor)
            fields.field("title", title)
            fields.field("start", start)
            fields.field("deadline", deadline)
            fields.field("entryCloses", entryCloses)
            fields.field("rows", rows)
        }
    }
}
