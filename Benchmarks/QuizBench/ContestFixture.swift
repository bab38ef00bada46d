import Foundation

/// The files a bench run gives `quiz-server`: a bank of plain single-choice questions, enough for
/// every buzz round of the run, and a contest file whose only segment is a buzz segment on it.
struct ContestFixture {
    let folder: String
    let contestPath: String

    /// Writes the bank and the contest into `folder` (created), with `questions` buzz questions.
    init(folder: String, questions: Int) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bankPath = folder + "/bench-bank.json"
        let lines = (1...questions + 20).map { index in
            #"{"id":"B-\#(index)","type":"single","stem":"基准测试第\#(index)题：哪一项是正确的？","options":["甲","乙","丙","丁"],"answer":"A","category":"基准","difficulty":1,"explanation":"基准测试用题。","source":"基准"}"#
        }
        let bank = """
            {"format": "quiz-bank/1", "title": "基准测试题库", "language": "zh-CN", "questions": [
            \(lines.joined(separator: ",\n"))
            ]}
            """
        try bank.write(toFile: bankPath, atomically: true, encoding: .utf8)
        let names = ["城东队", "城西队", "南湖队", "北岭队", "青石队", "白沙队", "临河队", "枫桥队"]
        let teams = names.enumerated().map { index, name in
            #"{"id": \#(index + 1), "name": "\#(name)", "unit": "基准单位\#(index + 1)", "players": [{"seat": 1, "name": "甲"}]}"#
        }
        let contest = """
            {"title": "基准测试", "seed": 7, "banks": ["\(bankPath)"],
             "teams": [\(teams.joined(separator: ",\n"))],
             "judges": [{"number": 1, "name": "一号裁判"}],
             "segments": [
               {"kind": "buzz", "rules": {"questionCount": \(questions), "falseStartPoints": -5}, "draw": {"types": ["single"]}}
             ]}
            """
        contestPath = folder + "/contest.json"
        try contest.write(toFile: contestPath, atomically: true, encoding: .utf8)
    }
}
