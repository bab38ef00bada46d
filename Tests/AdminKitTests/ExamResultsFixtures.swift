import ContestCore
import ExamCore

/// A small exam day for the `exam results` tests, built by handling commands as the server would.
///
/// The paper: two single choice (1 point each), one multiple choice (2), one true/false (1), one
/// fill-in (1) and one short answer (10), not shuffled, so a choice is the paper's option index.
/// Four candidates of one unit; three markers (two per script and a third), three judges.
enum ExamResultsFixtures {
    /// 2026-12-10T09:00:00+08:00.
    static let start: Micros = 1_796_864_400 * 1_000_000
    static let minute: Micros = 60_000_000

    static func item(
        _ number: Int, _ id: String, _ type: QuestionType, answer: Answer, points: Points = 1, stem: String? = nil
    ) -> WrittenPaper.Item {
        let options = type == .single || type == .multiple ? ["甲窗口", "乙窗口", "丙窗口", "丁窗口"] : []
        return WrittenPaper.Item(
            number: number, id: id, type: type, stem: stem ?? "\(id) 的题干", options: options,
            answer: PaperAnswer(answer), points: points, explanation: "", category: "政务服务", difficulty: 2,
            origin: "原创", source: .bank, file: "demo.json")
    }

    static let paper: WrittenPaper = {
        let sections: [(QuestionType, Points, [WrittenPaper.Item])] = [
            (
                .single, 1,
                [item(1, "S1", .single, answer: .choices([1])), item(2, "S2", .single, answer: .choices([0]))]
            ),
            (.multiple, 2, [item(3, "M1", .multiple, answer: .choices([0, 2]), points: 2)]),
            (.trueFalse, 1, [item(4, "T1", .trueFalse, answer: .truth(true), stem: "一次性告知=<必须>书面")]),
            (.fill, 1, [item(5, "F1", .fill, answer: .accepted(["一窗受理"]))]),
            (.short, 10, [item(6, "A1", .short, answer: .reference("①首问负责②限时办结"), points: 10)]),
        ]
        let built = sections.map { WrittenPaper.Section(type: $0, name: $0.chineseName, pointsEach: $1, questions: $2) }
        return WrittenPaper(
            title: "测试卷", timeLimitMinutes: 90, seed: 7, totalPoints: 16, blueprint: PaperBlueprint(), sections: built)
    }()

    static let candidates = [
        ExamCandidate(candidate: "A001", name: "王芳", unit: "城东镇便民服务中心"),
        ExamCandidate(candidate: "A002", name: "李静", unit: "城东镇便民服务中心"),
        ExamCandidate(candidate: "A003", name: "张伟", unit: "城东镇便民服务中心"),
        ExamCandidate(candidate: "A004", name: "赵<丽>", unit: "城东镇便民服务中心"),
    ]

    static func exam(markers: Int = 3, judges: Int = 3) -> Exam {
        var file = ExamFile()
        file.title = "2026 年窗口办事员技能竞赛初赛"
        file.candidates = candidates
        file.start = "2026-12-10T09:00:00+08:00"
        file.shuffle = ExamFile.Shuffle(questions: false, options: false)
        file.passMark = 10
        (file.markers, file.judges) = (markers, judges)
        switch file.resolve(paper: paper, file: "exam.json", now: 0) {
        case .success(let exam): return exam
        case .failure(let error): fatalError(error.messages(.english).joined(separator: "\n"))
        }
    }

    /// A day the fixture drives; a command that is refused stops the test with its code.
    struct Day {
        var day: ExamDay

        mutating func run(_ command: ExamDayCommand, at minutes: Int) {
            if case .failure(let rejection) = day.handle(command, at: start + Micros(minutes) * minute) {
                fatalError("refused: \(rejection.code)")
            }
        }

        mutating func save(_ candidate: String, _ question: String, _ answer: Submission, at minutes: Int) {
            run(.written(.saveAnswer(candidate: candidate, question: question, answer: answer)), at: minutes)
        }

        /// Every first marker of the candidate's short answer gives `points`; a third, if one is called, `third`.
        mutating func mark(_ candidate: String, _ points: [Points], third: Points? = nil, at minutes: Int) {
            guard let script = day.marking.scripts.first(where: { $0.candidate == candidate }) else {
                fatalError("no script for \(candidate)")
            }
            for (marker, value) in zip(script.markers, points) {
                run(.marking(.mark(marker: marker, script: script.number, points: value, note: "")), at: minutes)
            }
            if let third, let marker = day.marking.script(script.number)?.third {
                run(.marking(.mark(marker: marker, script: script.number, points: third, note: "")), at: minutes)
            }
        }

        /// Each judge's sheet scored so that its total is the one given (the deduction taken on 受理审核).
        mutating func score(_ candidate: String, totals: [Int], sign: Bool = true, at minutes: Int) {
            let maxima: [Points] = day.practical.rubric.items.map(\.max)
            for (judge, total) in totals.enumerated() {
                for (index, max) in maxima.enumerated() {
                    let points = index == 2 ? max - Points(100 - total) : max
                    run(
                        .practical(.score(judge: judge + 1, contestant: candidate, item: index, points: points)),
                        at: minutes)
                }
                if sign { run(.practical(.sign(judge: judge + 1, contestant: candidate)), at: minutes) }
            }
        }
    }

    /// How far the written round has come in `written(_:stage:)`.
    enum Stage {
        /// A001 and A002 handed in, A001's script marked once, A004 still answering.
        case answering
        /// The deadline passed and closed A004's paper; nothing marked.
        case ended
        /// Every script has its final mark.
        case marked
    }

    /// The written round's answers, ends and marks up to `stage`.
    static func written(_ exam: Exam, stage: Stage) -> Day {
        var day = Day(day: ExamDay(exam: exam))
        day.run(.written(.enter(candidate: "A001")), at: -5)
        day.run(.written(.enter(candidate: "A002")), at: 10)
        day.run(.written(.enter(candidate: "A004")), at: 0)
        for (candidate, fill) in [("A001", "一窗受理"), ("A004", "一窗")] {
            day.save(candidate, "S1", .choices([1]), at: 2)
            day.save(candidate, "S2", .choices([0]), at: 3)
            day.save(candidate, "M1", .choices([0, 2]), at: 5)
            day.save(candidate, "T1", .truth(true), at: 6)
            day.save(candidate, "F1", .text(fill), at: 8)
            day.save(candidate, "A1", .text("首问负责，限时办结"), at: 20)
        }
        day.save("A002", "S1", .choices([1]), at: 12)
        day.save("A002", "S2", .choices([1]), at: 13)
        day.save("A002", "T1", .truth(true), at: 14)
        day.save("A002", "A1", .text("热情服务"), at: 30)
        day.run(.written(.submit(candidate: "A001")), at: 40)
        day.run(.written(.submit(candidate: "A002")), at: 50)
        if stage == .answering {
            day.mark("A001", [8], at: 45)
            return day
        }
        day.run(.written(.tick), at: 91)
        guard stage == .marked else { return day }
        day.mark("A001", [8, 8], at: 100)
        day.mark("A002", [5, 9], third: 6, at: 101)
        day.mark("A004", [7, 8], at: 102)
        return day
    }

    /// The finished day: every paper ended and marked, every sheet signed by all three judges.
    static func finishedDay() -> ExamDay {
        var day = written(exam(), stage: .marked)
        for (candidate, totals) in [("A001", [90, 86, 88]), ("A002", [80, 84, 82]), ("A003", [75, 75, 78])] {
            day.score(candidate, totals: totals, at: 300)
        }
        day.score("A004", totals: [92, 90, 91], at: 310)
        return day.day
    }
}
