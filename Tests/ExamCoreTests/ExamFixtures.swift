import ContestCore
import ExamCore

/// A small written paper with one or more questions of every type, and exams over it, for the exam tests.
enum ExamFixtures {
    /// 2026-12-10T09:00:00+08:00.
    static let start: Micros = 1_796_864_400 * 1_000_000
    static let minute = Time.seconds(60)

    static func item(
        _ id: String, _ type: QuestionType, options: [String] = [], answer: Answer, points: Points = 1,
        stem: String? = nil
    ) -> WrittenPaper.Item {
        WrittenPaper.Item(
            number: 0, id: id, type: type, stem: stem ?? "\(id) 的题干", options: options, answer: PaperAnswer(answer),
            points: points, explanation: "", category: "政务服务", difficulty: 2, origin: "原创", source: .bank,
            file: "demo.json")
    }

    static let paper: WrittenPaper = {
        let options = ["甲窗口", "乙窗口", "丙窗口", "丁窗口"]
        let sections: [(QuestionType, Points, [WrittenPaper.Item])] = [
            (
                .single, 1,
                [
                    item("S1", .single, options: options, answer: .choices([1])),
                    item("S2", .single, options: options, answer: .choices([0])),
                    item("S3", .single, options: options, answer: .choices([3])),
                ]
            ),
            (
                .multiple, 2,
                [
                    item("M1", .multiple, options: options, answer: .choices([0, 2]), points: 2),
                    item("M2", .multiple, options: options + ["戊窗口"], answer: .choices([1, 2, 4]), points: 2),
                ]
            ),
            (.trueFalse, 1, [item("T1", .trueFalse, answer: .truth(true))]),
            (
                .fill, 1,
                [
                    item("F1", .fill, answer: .accepted(["一窗受理", "ISO 7064"])),
                    item("F2", .fill, answer: .accepted(["一次性；告知", "一次；告知"]), stem: "____ ____"),
                ]
            ),
            (.short, 10, [item("A1", .short, answer: .reference("①首问负责②限时办结"), points: 10)]),
            (.essay, 50, [item("E1", .essay, answer: .reference("论述要点：便民"), points: 50)]),
        ]
        var number = 0
        let built = sections.map { type, points, items in
            WrittenPaper.Section(
                type: type, name: type.chineseName, pointsEach: points,
                questions: items.map { item in
                    var numbered = item
                    number += 1
                    numbered.number = number
                    return numbered
                })
        }
        let total = built.flatMap(\.questions).reduce(Points.zero) { $0 + $1.points }
        return WrittenPaper(
            title: "测试卷", timeLimitMinutes: 90, seed: 7, totalPoints: total, blueprint: PaperBlueprint(),
            sections: built)
    }()

    static let candidates = (1...3).map {
        ExamCandidate(candidate: "A00\($0)", name: "考生\($0)", unit: "示例镇便民服务中心")
    }

    /// The paper over three candidates from `start`, 90 minutes, 15 minutes' late entry, shuffled or not.
    static func exam(shuffled: Bool = true, rules: MarkingRules = MarkingRules()) -> Exam {
        var file = ExamFile()
        file.candidates = candidates
        file.start = "2026-12-10T09:00:00+08:00"
        file.shuffle = ExamFile.Shuffle(questions: shuffled, options: shuffled)
        file.seed = 42
        file.grading = rules
        switch file.resolve(paper: paper, file: "exam.json", now: 0) {
        case .success(let exam): return exam
        case .failure(let error): fatalError(error.messages(.english).joined(separator: "\n"))
        }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
