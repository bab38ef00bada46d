import ContestCore
import QuestionBank
import Testing

@testable import AdminKit

/// An invented entrant's resident ID, distinct for each number below 10 000.
func personID(_ number: Int) -> String {
    residentID("3208211990010" + String(String(10_000 + number).suffix(4)))
}

let scoreHeader = ["单位", "姓名", "身份证号码", "笔试成绩"]

/// `prelim rank` on rows of (unit, name, score), IDs made up from the row number.
func prelim(
    _ rows: [(String, String, String)], rules: PrelimRankRules = PrelimRankRules(), decisions: String? = nil
) -> PrelimReport {
    let text = csv(
        rows.enumerated().map { [$0.element.0, $0.element.1, personID($0.offset), $0.element.2] }, header: scoreHeader)
    let read = decisions.map { TieBreakFile.read(TableReader.read(Array($0.utf8), file: "并列.csv"), file: "并列.csv") }
    var report = PrelimRank.run(
        TableReader.read(Array(text.utf8), file: "成绩.csv"), file: "成绩.csv", rules: rules,
        decisions: read?.decisions ?? [], decisionFile: "并列.csv")
    report.diagnostics = (read?.diagnostics ?? []) + report.diagnostics
    return report
}

func rankCodes(_ diagnostics: [RankDiagnostic]) -> [String] { diagnostics.map(\.problem.code) }

struct RankingTests {
    /// One tie of two at places `first` and `first + 1` among 22 distinct scores, under 1/3/6/10.
    @Test(arguments: [
        (1, [["一等奖", "二等奖"]]),
        (4, [["二等奖", "三等奖"]]),
        (10, [["三等奖", "优秀奖"]]),
        (20, [["优秀奖", "未获奖"]]),
    ])
    func aTieAcrossEachAwardBoundaryIsReportedAndAwardsNothing(first: Int, spanned: [[String]]) {
        var scores = (0..<22).map { 100 - $0 }
        scores[first] = scores[first - 1]
        let rows = scores.enumerated().map { ("单位\($0.offset % 11)", "选手\($0.offset + 1)", "\($0.element)") }
        let rules = {
            var rules = PrelimRankRules(); rules.advancingTeams = 0; return rules
        }()

        let report = prelim(rows, rules: rules)

        #expect(rankCodes(report.diagnostics) == ["tie-at-boundary"])
        guard case .tie(.individuals, let places, let names, _, let boundaries) = report.diagnostics[0].problem else {
            Issue.record("not a tie: \(report.diagnostics)")
            return
        }
        #expect(places == first...(first + 1))
        #expect(names == ["选手\(first)", "选手\(first + 1)"])
        #expect(boundaries == spanned)
        let tied = report.individuals.lines.filter(\.awaitingDecision)
        #expect(tied.map(\.rank) == [first, first])
        #expect(tied.allSatisfy { $0.tiers[0] == nil })
        #expect(report.diagnostics[0].message().contains("第 \(first) 名与第 \(first + 1) 名并列"))
        #expect(report.diagnostics[0].message().contains("跨越\(spanned[0][0])与\(spanned[0][1])的分界"))
    }

    @Test func aTieInsideOneTierSharesTheAwardWithNoReport() {
        let ranking = Ranking(
            [95, 90, 90, 85, 80], key: { [$0] }, identities: { ["\($0)"] },
            tiers: [[AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 3)]])

        #expect(ranking.ties.isEmpty)
        #expect(ranking.lines.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(ranking.lines.map { $0.tiers[0] } == ["一等奖", "二等奖", "二等奖", "二等奖", nil])
    }

    @Test func scoresCompareExactlyInHundredths() {
        #expect(Score("87.5")?.hundredths == 8750)
        #expect(Score("87.50") == Score("87.5"))
        #expect(Score("87.299999999999997")?.hundredths == 8730)
        #expect(Score("0.3") == Score(hundredths: 30))
        for text in ["八十", "87,5", "-1", "87.", ".5", "87.555", "８７", "1e2", ""] {
            #expect(Score(text) == nil, "\(text)")
        }
        #expect("\(Score(hundredths: 8750))" == "87.5")
        #expect(Score(hundredths: 8625).twoDecimals == "86.25")
        #expect(Score(hundredths: 8600).twoDecimals == "86.00")
    }
}
