import ContestCore
import ContestServer
import ExamCore
import Foundation

/// The files an exam run gives `quiz-server --exam`: an exam file over the bundled demo paper with a
/// roster of invented candidates, open from the moment the server starts, and the paper's questions
/// so the bench can write answers that fit each one.
struct ExamFixture {
    /// What the bench needs of one question to answer it: its id, type, options and blanks.
    struct Question {
        var id: String
        var type: QuestionType
        var options: Int
        var blanks: Int
    }

    static let bundledPaper = "question-banks/demo-exam/paper.json"

    let examPath: String
    let questions: [Question]

    /// Writes `exam.json` with `candidates` candidates and a copy of the bundled paper into `folder` (created).
    init(folder: String, candidates: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard let paper = BundledFile.locate(Self.bundledPaper) else {
            throw BenchFailure("cannot find \(Self.bundledPaper); run the bench from the package folder")
        }
        try? FileManager.default.removeItem(atPath: folder + "/paper.json")
        try FileManager.default.copyItem(atPath: paper, toPath: folder + "/paper.json")
        let towns = ["城东镇", "城西镇", "南湖镇", "北岭镇", "青石镇"]
        let roster = (1...candidates).map { index in
            #"{"candidate":"\#(Self.admission(index))","name":"考生\#(index)","unit":"示例县\#(towns[index % 5])便民服务中心"}"#
        }
        let exam = """
            {"title": "基准测试 · 笔试", "paper": "paper.json", "start": "", "durationMinutes": 90,
             "lateEntryMinutes": 60, "seed": 20261210, "passMark": 60, "proctors": 2, "markers": 4, "judges": 5,
             "candidates": [
            \(roster.joined(separator: ",\n"))
            ]}
            """
        examPath = folder + "/exam.json"
        try exam.write(toFile: examPath, atomically: true, encoding: .utf8)
        switch ExamFile.load(path: examPath) {
        case .failure(let error): throw BenchFailure(error.messages(.english).joined(separator: "; "))
        case .success(let loaded):
            questions = loaded.paper.items.map { item in
                var blanks = 1
                if case .accepted(let spellings) = item.answer.answer, let first = spellings.first {
                    blanks = first.split(separator: "；", omittingEmptySubsequences: false).count
                }
                return Question(id: item.id, type: item.type, options: item.options.count, blanks: blanks)
            }
        }
    }

    /// The admission number of the `index`th candidate (1-based): 2026 and the index, ten digits.
    static func admission(_ index: Int) -> String {
        "2026" + String(repeating: "0", count: max(0, 6 - "\(index)".count)) + "\(index)"
    }

    /// The answer fields of a `saveAnswer` for `question`, the `variant`th save of it: choices within
    /// the options, a truth, the blanks joined by `；`, or a short answer or essay of realistic length.
    static func answerFields(_ question: Question, variant: Int) -> String {
        switch question.type {
        case .single: return #""choices":[\#(variant % max(1, question.options))]"#
        case .multiple:
            let count = max(2, question.options)
            let picks = Set([variant % count, (variant + 1) % count, (variant + 3) % count]).sorted()
            return #""choices":[\#(picks.map(String.init).joined(separator: ","))]"#
        case .trueFalse: return #""truth":\#(variant % 2 == 0)"#
        case .fill:
            let blanks = (1...max(1, question.blanks)).map { "答案\(variant)-\($0)" }
            return #""text":"\#(blanks.joined(separator: "；"))""#
        case .short: return #""text":"\#(String(repeating: Self.sentence, count: 4))第\#(variant)稿。""#
        case .essay: return #""text":"\#(String(repeating: Self.sentence, count: 20))第\#(variant)稿。""#
        }
    }

    /// Twenty-nine characters of a plausible answer, repeated to the length of a short answer or an essay.
    static let sentence = "窗口人员应当一次性告知所需材料，核验后及时受理并登记台账。"
}
