import ContestCore
import ExamCore
import Foundation
import QuestionBank
import Testing

@testable import AdminKit

/// `exam results` from exam days built in memory by handling commands, as the server's journal would.
struct ExamResultsTests {
    typealias Fixtures = ExamResultsFixtures

    /// The CSV's rows without the byte-order mark, cells split naively (the fixture has no commas in cells).
    func rows(_ bytes: [UInt8]) -> [[String]] {
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func theoryLinesHaveBothPartsThePassTheTimesAndThePlaceInRosterOrder() throws {
        let results = ExamResults(Fixtures.finishedDay(), source: "data")
        #expect(results.diagnostics.isEmpty && results.isFinal)
        let sheet = rows(ExamResultsSheets.theory(results))
        #expect(
            sheet[0] == [
                "准考证号", "姓名", "单位", "客观题得分", "主观题得分", "理论成绩", "是否合格", "交卷时间", "答题用时", "状态", "名次", "备注",
            ])
        #expect(
            sheet[1] == [
                "A001", "王芳", "城东镇便民服务中心", "6", "8", "14", "合格", "2026-12-10 09:40:00", "40:00", "已交卷", "1", "",
            ])
        #expect(
            sheet[2] == [
                "A002", "李静", "城东镇便民服务中心", "2", "5.5", "7.5", "不合格", "2026-12-10 09:50:00", "40:00", "已交卷", "3", "",
            ],
            "entered 10 minutes late: timed from the entry; 5 and 9 differ, the third mark 6 joins the 5")
        #expect(sheet[3] == ["A003", "张伟", "城东镇便民服务中心", "0", "0", "0", "不合格", "", "", "缺考", "", ""])
        #expect(
            sheet[4] == [
                "A004", "赵<丽>", "城东镇便民服务中心", "5", "7.5", "12.5", "合格", "2026-12-10 10:30:00", "1:30:00", "已收卷", "2", "",
            ],
            "closed by the timer at the deadline, not at the later tick")
    }

    @Test func equalTotalsArePlacedByTheShorterAnsweringTimeAndShareAPlaceWhenThatIsEqualToo() throws {
        var day = Fixtures.Day(day: ExamDay(exam: Fixtures.exam()))
        for (candidate, entered, submitted) in [("A001", -5, 30), ("A002", 10, 45), ("A003", 0, 35), ("A004", 0, 20)] {
            day.run(.written(.enter(candidate: candidate)), at: entered)
            day.save(candidate, "S1", .choices([candidate == "A004" ? 0 : 1]), at: max(entered, 0) + 1)
            day.run(.written(.submit(candidate: candidate)), at: submitted)
        }
        let results = ExamResults(day.day, source: "data")
        #expect(results.theory.map(\.total) == [1, 1, 1, 0])
        #expect(results.theory.map(\.seconds) == [1800, 2100, 2100, 1200])
        #expect(results.theory.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func questionStatisticsCountWhoSatAnsweredAndGotItRightWithMeansAndTimes() throws {
        let results = ExamResults(Fixtures.finishedDay(), source: "data")
        let sheet = rows(ExamResultsSheets.questions(results))
        #expect(sheet[0] == ["题号", "题型", "题干", "满分", "参考人数", "作答人数", "答对人数", "正确率", "平均得分", "平均用时", "备注"])
        #expect(sheet[1] == ["1", "单选题", "S1 的题干", "1", "3", "3", "3", "100.0%", "1", "2:00", ""])
        #expect(sheet[2] == ["2", "单选题", "S2 的题干", "1", "3", "3", "2", "66.7%", "0.67", "1:00", ""])
        #expect(sheet[3] == ["3", "多选题", "M1 的题干", "2", "3", "2", "2", "66.7%", "1.33", "2:00", ""])
        #expect(sheet[4][2] == "一次性告知=<必须>书面", "the stem kept whole")
        #expect(sheet[5] == ["5", "填空题", "F1 的题干", "1", "3", "2", "1", "33.3%", "0.33", "2:00", ""])
        #expect(sheet[6] == ["6", "简答题", "A1 的题干", "10", "3", "3", "", "", "7", "13:20", ""])
    }

    @Test func practicalLinesShowEachJudgesSignedTotalAndTheScore() throws {
        let results = ExamResults(Fixtures.finishedDay(), source: "data")
        let sheet = rows(ExamResultsSheets.practical(results))
        #expect(sheet[0] == ["出场顺序", "准考证号", "姓名", "实操评委 1", "实操评委 2", "实操评委 3", "最终得分", "状态"])
        #expect(sheet[1] == ["1", "A001", "王芳", "90", "86", "88", "88", "已签完"])
        #expect(sheet[3] == ["3", "A003", "张伟", "75", "75", "78", "76", "已签完"])
    }

    @Test func compositeRankReadsTheCompositeFileAndGetsEveryCandidateBack() throws {
        let results = ExamResults(Fixtures.finishedDay(), source: "data")
        let file = ExamResultsSheets.compositeFileName
        let report = CompositeRank.run(
            TableReader.read(ExamResultsSheets.composite(results), file: file), file: file, rules: CompositeRules(),
            today: today)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted() })")
        let entrants = Dictionary(uniqueKeysWithValues: report.ranking.lines.map { ($0.item.residentID, $0.item) })
        #expect(entrants.count == 4)
        let expected: [(String, String, Int, Int, Int)] = [
            ("A001", "王芳", 1400, 8800, 2400), ("A002", "李静", 750, 8200, 2400), ("A003", "张伟", 0, 7600, 0),
            ("A004", "赵<丽>", 1250, 9100, 5400),
        ]
        for (id, name, theory, practical, seconds) in expected {
            let entrant = try #require(entrants[id])
            #expect(entrant.name == name && entrant.unit == "城东镇便民服务中心")
            #expect(entrant.theory.hundredths == theory && entrant.practical.hundredths == practical)
            #expect(entrant.seconds == seconds)
        }
        #expect(report.ranking.lines.map(\.item.residentID) == ["A004", "A001", "A002", "A003"])
    }

    @Test func prelimRankReadsThePrelimFileAndGetsEveryCandidateBack() throws {
        let results = ExamResults(Fixtures.finishedDay(), source: "data")
        let file = ExamResultsSheets.prelimFileName
        let report = PrelimRank.run(
            TableReader.read(ExamResultsSheets.prelim(results), file: file), file: file, rules: PrelimRankRules())
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { $0.formatted() })")
        #expect(
            report.individuals.lines.map { "\($0.item.residentID) \($0.item.name) \($0.item.score)" } == [
                "A001 王芳 14", "A004 赵<丽> 12.5", "A002 李静 7.5", "A003 张伟 0",
            ])
        #expect(report.units.lines.map { "\($0.item.unit) \($0.item.total)" } == ["城东镇便民服务中心 34"])
    }

    @Test func anUnfinishedDayLeavesBlanksAndNamesWhatIsMissing() throws {
        var day = Fixtures.written(Fixtures.exam(), stage: .answering)
        day.score("A001", totals: [90, 86, 88], at: 300)
        day.score("A002", totals: [80, 84], at: 300)
        let results = ExamResults(day.day, source: "exam-data")
        #expect(!results.isFinal)
        let a001 = results.theory[0]
        #expect(a001.objective == 6 && a001.subjective == nil && a001.total == nil && a001.pending == 1)
        #expect(a001.rank == nil)
        #expect(results.theory[1].pending == 1 && results.theory[1].rank == nil)
        #expect(results.theory[3].status == .answering && results.theory[3].seconds == nil)
        #expect(results.practical.map(\.score) == [88, nil, nil, nil])
        #expect(results.practical[1].status(true) == "未签完（2/3）")

        #expect(
            results.diagnostics.map(\.problem.code) == [
                "paper-open", "unmarked-scripts", "unsigned-sheet", "no-signature",
            ])
        let lines = results.diagnostics.map { $0.formatted() }
        #expect(lines[0] == "exam-data: 警告: 准考证号 A004（赵<丽>）的试卷仍在作答中：理论成绩暂缺，交卷或收卷后再运行 [paper-open]")
        #expect(
            lines[1]
                == "exam-data: 警告: 第 6 题（A1）有 2 份答卷尚未定分（答卷号 1、2；待评卷员 2 号、3 号 评分）：相关考生的主观题得分暂缺 [unmarked-scripts]",
            "A001's script 1 went to markers 1 and 2, A002's script 2 to 3 and 2; only marker 1 has marked")
        #expect(lines[2] == "exam-data: 警告: 第 2 位出场 李静（A002）的实操评分表尚未签字：实操评委 3；实操最终得分暂缺 [unsigned-sheet]")
        #expect(lines[3] == "exam-data: 警告: 2 位选手的实操评分表还没有评委签字（出场顺序 3–4）：实操最终得分暂缺 [no-signature]")
        #expect(
            results.diagnostics[3].message(.english)
                == "2 contestants with no judge's signature yet (performing order 3–4): no final practical score")

        let note = rows(ExamResultsSheets.theory(results))
        #expect(note[1][4...6] == ["", "", ""] && note[1][11] == "主观题待评 1 题")
        #expect(note[4][9] == "作答中" && note[4][11] == "试卷未交，成绩暂缺")
    }

    @Test func theRankersRefuseAProvisionalRowByItsCellRatherThanRankIt() throws {
        var day = Fixtures.written(Fixtures.exam(), stage: .answering)
        day.score("A001", totals: [90, 86, 88], at: 300)
        let results = ExamResults(day.day, source: "exam-data")
        let file = ExamResultsSheets.compositeFileName
        let report = CompositeRank.run(
            TableReader.read(ExamResultsSheets.composite(results), file: file), file: file, rules: CompositeRules(),
            today: today)
        #expect(report.ranking.lines.isEmpty, "A001's theory waits for a mark; the others' practical for the judges")
        let places = report.diagnostics.filter { $0.problem.code == "missing-value" }.compactMap { diagnostic -> Int? in
            if case .text(let position)? = diagnostic.location { return position.line }
            return nil
        }
        #expect(places == [2, 3, 3, 4, 5, 5, 5], "theory of A001, A002, A004; practical of A002–A004; A004's time")
    }

    @Test func tooFewMarkersAndNoJudgesAreNamed() throws {
        let day = Fixtures.written(Fixtures.exam(markers: 2, judges: 0), stage: .ended)
        let results = ExamResults(day.day, source: "data")
        #expect(results.diagnostics.map(\.problem.code) == ["scripts-not-added", "no-judges"])
        #expect(results.diagnostics[0].message().hasPrefix("3 份主观题答卷未进入评卷：考试文件只有 2 名评卷员"))
        #expect(results.theory.allSatisfy { $0.status == .absent || $0.total == nil })
        #expect(rows(ExamResultsSheets.practical(results))[0] == ["出场顺序", "准考证号", "姓名", "最终得分", "状态"])
    }

    @Test(arguments: [
        ([3, 4, 5, 20], "3–5、20", "3–5, 20"), ([1], "1", "1"), ([9, 2, 1, 1, 3, 7, 8], "1–3、7–9", "1–3, 7–9"),
        ([4, 6], "4、6", "4, 6"),
    ])
    func performingOrdersAreListedAsRanges(orders: [Int], chinese: String, english: String) {
        #expect(ResultsProblem.ranges(orders, true) == chinese)
        #expect(ResultsProblem.ranges(orders, false) == english)
    }
}
