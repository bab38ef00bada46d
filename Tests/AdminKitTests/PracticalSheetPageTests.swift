import ContestCore
import ExamCore
import Foundation
import Testing

@testable import AdminKit

struct PracticalSheetPageTests {
    /// 2026-12-10 14:00:00 Beijing time, when the invented round's first score is given.
    static let afternoon = ExamTime.parse("2026-12-10T14:00:00+08:00")!

    /// Three judges (one named with markup) on two items; A01 scored and signed by all, the chief having
    /// reopened judge 2's sheet once; A02 signed by two judges only.
    static func book() -> PracticalBook {
        var rubric = PracticalRubric()
        rubric.items = [PracticalRubric.Item(name: "服务用语", max: 40), PracticalRubric.Item(name: "受理审核", max: 60)]
        let judges = [
            PracticalJudge(number: 1, name: "周婷"), PracticalJudge(number: 2, name: "吴<昊>"),
            PracticalJudge(number: 3, name: "徐丽"),
        ]
        let contestants = [
            PracticalContestant(id: "A02", name: "李静", order: 2), PracticalContestant(id: "A01", name: "王芳", order: 1),
        ]
        var book = PracticalBook(rubric: rubric, contestants: contestants, judges: judges, chief: 1)
        var time = afternoon
        func run(_ command: PracticalCommand) {
            time += 60_000_000
            _ = book.handle(command, at: time)
        }
        let scores: [(String, Int, [Points])] = [
            ("A01", 1, [36, 50]), ("A01", 2, [30, 45]), ("A01", 3, [38, Points(hundredths: 5750)]),
            ("A02", 1, [20, 40]), ("A02", 2, [25, 45]),
            ("A02", 3, [30, 50]),
        ]
        for (contestant, judge, points) in scores {
            for (item, value) in points.enumerated() {
                run(.score(judge: judge, contestant: contestant, item: item, points: value))
            }
        }
        for judge in 1...3 { run(.sign(judge: judge, contestant: "A01")) }
        run(.reopen(chief: 1, judge: 2, contestant: "A01", reason: "受理审核漏记一项"))
        run(.score(judge: 2, contestant: "A01", item: 1, points: 48))
        run(.sign(judge: 2, contestant: "A01"))
        run(.sign(judge: 1, contestant: "A02"))
        run(.sign(judge: 3, contestant: "A02"))
        return book
    }

    @Test func eachContestantHasASheetWithTheJudgesNamesTotalsAndTheScore() throws {
        let book = Self.book()
        let html = PracticalSheetPage.html(book, title: "2026 年窗口办事员技能竞赛", language: .chinese)

        #expect(html.components(separatedBy: "<section class=\"sheet\">").count - 1 == 2)
        #expect(html.components(separatedBy: "<p class=\"meta\">2026 年窗口办事员技能竞赛 · 实操评分表</p>").count - 1 == 2)
        let first = try #require(html.range(of: "王芳（A01）"))
        let second = try #require(html.range(of: "李静（A02）"))
        #expect(first.lowerBound < second.lowerBound, "performing order")
        #expect(
            html.contains(
                "<thead><tr><th>评分项目</th><th>满分</th><th>1 号 周婷</th><th>2 号 吴&lt;昊&gt;</th><th>3 号 徐丽</th><th>平均</th>"))
        #expect(!html.contains("吴<昊>"))
        #expect(
            html.contains(
                "<tr><td>合计</td><td class=\"number\">100</td><td class=\"number\">86</td><td class=\"number\">78</td><td class=\"number\">95.5</td>"
            ))
        #expect(
            html.contains(
                "<tr><td>受理审核</td><td class=\"number\">60</td><td class=\"number\">50</td><td class=\"number\">48</td>")
        )
        #expect(html.contains("实操成绩：86.5 分（满分 100 分，各评委合计取平均）；全部 3 位评委已签字，为最终成绩"))
        #expect(html.contains("实操成绩：70 分（满分 100 分，各评委合计取平均）；2/3 位评委已签字，暂定成绩"))
        #expect(html.contains("<td>2026-12-10 14:13:00</td>"), "judge 1 signed A01 at the 13th minute")
        #expect(html.contains("<td>未签字</td>"))
        #expect(html.contains("<td>受理审核漏记一项</td>"))
        #expect(html.contains("<td>2026-12-10 14:16:00</td><td>2 号 吴&lt;昊&gt;</td><td>1 号 周婷</td>"))
        #expect(html.components(separatedBy: "<p class=\"chief\">裁判长 周婷 签字").count - 1 == 2)
        #expect(html.components(separatedBy: "<p>评委 2 号 吴&lt;昊&gt; 签字").count - 1 == 2)
        #expect(html.contains("page-break-after: always"))
    }

    @Test func aSheetNobodySignedHasNoScoreYetAndNoReopenRecord() {
        let judges = [PracticalJudge(number: 1, name: "周婷")]
        let book = PracticalBook(
            rubric: PracticalRubric(), contestants: [PracticalContestant(id: "B1", name: "马媛", order: 1)],
            judges: judges, chief: 1)

        let html = PracticalSheetPage.html(book, title: "", language: .english)

        #expect(html.contains("<title>Practical score sheets</title>"))
        #expect(html.contains("Score: no judge has signed yet"))
        #expect(html.contains("<h2>Reopened sheets</h2>\n<p>none</p>"))
        #expect(html.contains("<td class=\"number\">—</td>"))
    }

    @Test(arguments: [(3, true), (0, true), (4, false), (5, false)])
    func theScoreLineNamesTheRuleThatApplied(trimFrom: Int, trimmed: Bool) {
        var rubric = PracticalRubric()
        rubric.trimFromJudges = trimFrom
        let judges = (1...3).map { PracticalJudge(number: $0, name: "评委\($0)") }
        var book = PracticalBook(
            rubric: rubric, contestants: [PracticalContestant(id: "C1", name: "朱琳", order: 1)], judges: judges,
            chief: 1)
        for judge in 1...3 {
            for (item, line) in rubric.items.enumerated() {
                book.handle(.score(judge: judge, contestant: "C1", item: item, points: line.max), at: 1)
            }
            book.handle(.sign(judge: judge, contestant: "C1"), at: 2)
        }
        let line = PracticalSheetPage.scoreLine(book.scoreSheets[0], rubric, true)
        #expect(line.contains("去掉一个最高分和一个最低分后取平均") == trimmed)
        #expect(line.contains("各评委合计取平均") == !trimmed)
    }
}
