import ContestCore
import Foundation
import StrictFiles

/// The exam file as the organisers write it: which paper, who sits it, when, and how it is marked.
///
/// Read strictly like the rules file (`RulesMerge`, document `.exam`): a key left out keeps the default
/// below, an unknown key is refused with its path and the nearest key. What the merge cannot see (a
/// duplicate admission number, an empty roster) comes back as `ExamFileProblem`s, all at once.
///
/// ```json
/// { "title": "2026 年窗口办事员技能竞赛初赛", "paper": "paper.json", "start": "2026-12-10T09:00:00+08:00",
///   "candidates": [{ "candidate": "2026120001", "name": "王芳", "unit": "城东镇便民服务中心" }] }
/// ```
public struct ExamFile: Codable, Sendable, Hashable {
    /// How the candidate's own paper is shuffled from the common one (一人一卷).
    public struct Shuffle: Codable, Sendable, Hashable {
        /// Question order within each section; sections keep the paper's order.
        public var questions = true
        /// Option order of single and multiple choice questions.
        public var options = true

        public init(questions: Bool = true, options: Bool = true) {
            (self.questions, self.options) = (questions, options)
        }
    }

    /// Empty: the paper's title.
    public var title = ""
    /// The `paper.json` that `quiz-admin prelim paper` wrote, relative to the exam file's folder.
    public var paper = "paper.json"
    public var candidates: [ExamCandidate] = [ExamFile.template]
    /// ISO 8601 with its offset; empty: open from the moment the server starts.
    public var start = ""
    /// 0: the paper's `timeLimitMinutes`.
    public var durationMinutes = 0
    /// How long after the start a candidate may still log in for the first time.
    public var lateEntryMinutes = 15
    public var shuffle = Shuffle()
    /// Mixed with each admission number to shuffle that candidate's paper; at most 2⁵³ − 1.
    public var seed: UInt64 = 0
    public var passMark: Points = 60
    public var grading = MarkingRules()
    public var practical = PracticalRubric()
    /// How many tokens of each kind the server makes.
    public var proctors = 2
    public var markers = 4
    public var judges = 5

    public init() {}

    /// The roster's schema line, so the strict merge checks each candidate's keys; never a real candidate.
    static let template = ExamCandidate(candidate: "", name: "", unit: "")

    /// Reads the exam file and its paper from disk and resolves them; `now` opens an exam without a start.
    public static func read(path: String, now: Micros) -> Result<Exam, ExamFileError> {
        load(path: path).flatMap { $0.file.resolve(paper: $0.paper, file: path, now: now) }
    }

    /// Reads the exam file and the paper it names, each checked, without resolving them into an `Exam`.
    public static func load(path: String) -> Result<(file: ExamFile, paper: WrittenPaper), ExamFileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ExamFileError(file: path, problem: .rules(Self.unreadable(path))))
        }
        let file: ExamFile
        switch decode([UInt8](data), file: path) {
        case .success(let value): file = value
        case .failure(let error): return .failure(error)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let paperPath = file.paper.hasPrefix("/") || folder.isEmpty ? file.paper : "\(folder)/\(file.paper)"
        guard let paperData = FileManager.default.contents(atPath: paperPath) else {
            return .failure(ExamFileError(file: path, problem: .paperUnreadable(paperPath)))
        }
        switch WrittenPaper.decodeExamPaper([UInt8](paperData), file: paperPath) {
        case .success(let paper): return .success((file, paper))
        case .failure(let problem): return .failure(ExamFileError(file: path, problem: problem))
        }
    }

    /// The file's bytes read strictly over the defaults, then checked as a whole.
    ///
    /// `grading.synonyms` is lifted out before the merge and checked on its own: its keys are question
    /// ids, which no default can list, so the merge would refuse every one of them as unknown.
    public static func decode(_ bytes: [UInt8], file: String) -> Result<ExamFile, ExamFileError> {
        var synonyms: [String: [String]] = [:]
        var input = bytes
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if var root = (try? JSONSerialization.jsonObject(with: Data(text))) as? [String: Any],
            var grading = root["grading"] as? [String: Any], let given = grading["synonyms"]
        {
            let (value, badPath) = Self.synonyms(given)
            if let place = badPath {
                let error = RulesFileError(file: file, path: place, reason: .wrongType, document: .exam)
                return .failure(ExamFileError(file: file, problem: .rules(error)))
            }
            synonyms = value
            grading["synonyms"] = nil
            root["grading"] = grading
            input = Array((try? JSONSerialization.data(withJSONObject: root)) ?? Data(text))
        }
        switch RulesMerge.decode(input, file: file, over: ExamFile(), document: .exam) {
        case .failure(let error):
            return .failure(ExamFileError(file: file, problem: .rules(error)))
        case .success(var exam):
            exam.grading.synonyms = synonyms
            let problems = exam.problems
            return problems.isEmpty ? .success(exam) : .failure(ExamFileError(file: file, problems: problems))
        }
    }

    /// `{"Q12": ["一窗受理", "一窗通办"]}`, or the path of the first value that is not a list of texts.
    private static func synonyms(_ given: Any) -> ([String: [String]], badPath: String?) {
        guard let object = given as? [String: Any] else { return ([:], "grading.synonyms") }
        var result: [String: [String]] = [:]
        for key in object.keys.sorted() {
            guard let list = object[key] as? [Any], let texts = list as? [String], list.count == texts.count else {
                return ([:], "grading.synonyms.\(key)")
            }
            result[key] = texts
        }
        return (result, nil)
    }

    private static func unreadable(_ path: String) -> RulesFileError {
        RulesFileError(file: path, path: "", reason: .unreadable, document: .exam)
    }
}
