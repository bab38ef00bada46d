import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

@Suite struct ResultsTableTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let header = "名次 Rank,队号 Team,队伍 Name,单位 Unit,抢答题,调整 Corrections,总分 Total,奖项 Award,备注 Note\r\n"

    @Test func aPlayedContestGivesTheseExactBytes() {
        let csv = ResultsTable.csv(ServerFixture.played())
        let expected =
            Self.header
            + "1,2,第2队,乙县,10,0,10,一等奖,\r\n"
            + "2,3,第3队,丙县,0,-2.5,-2.5,二等奖,\r\n"
            + "3,1,第1队,甲县,-10,0,-10,二等奖,\r\n"
        #expect(csv == Self.bom + utf8(expected))
    }

    /// Nobody has scored: all three share first place, which straddles the first and second award.
    @Test func aTieAcrossAnAwardBoundaryIsMarkedForATieBreakWithNoAward() {
        let csv = ResultsTable.csv(ServerFixture.contest())
        let expected =
            Self.header
            + "1,1,第1队,甲县,0,0,0,,并列待加赛 tie to break\r\n"
            + "1,2,第2队,乙县,0,0,0,,并列待加赛 tie to break\r\n"
            + "1,3,第3队,丙县,0,0,0,,并列待加赛 tie to break\r\n"
        #expect(csv == Self.bom + utf8(expected))
    }

    @Test func namesUnitsAndTitlesWithCommasQuotesOrLineBreaksAreQuoted() {
        var teams = ServerFixture.teams
        teams[0].name = #"Alpha, "A" Team"#
        teams[0].unit = "North, Unit"
        teams[2].name = "Line\nBreak"
        let config = ServerFixture.config(
            teams: teams, segments: [SegmentConfig(title: "抢答, 第一轮", rules: .buzz(BuzzRules()))])
        var state = ContestState(config: config, bank: ServerFixture.bank)
        for command in ServerFixture.script.prefix(5) { state.handle(command) }
        let expected =
            #"名次 Rank,队号 Team,队伍 Name,单位 Unit,"抢答, 第一轮",调整 Corrections,总分 Total,奖项 Award,备注 Note"#
            + "\r\n1,2,第2队,乙县,10,0,10,一等奖,\r\n"
            + #"2,1,"Alpha, ""A"" Team","North, Unit",0,0,0,二等奖,并列 tied"# + "\r\n"
            + "2,3,\"Line\nBreak\",丙县,0,0,0,二等奖,并列 tied\r\n"
        #expect(ResultsTable.csv(state) == Self.bom + utf8(expected))
    }

    @Test func theFileStartsWithAByteOrderMarkAndEveryLineEndsInCRLF() {
        let csv = ResultsTable.csv(ServerFixture.played())
        #expect(Array(csv.prefix(3)) == Self.bom)
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5)
        #expect(lines.last == "")
        #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") })
    }

    static let fields: [(String, String)] = [
        ("plain", "plain"),
        ("", ""),
        ("-2.5", "-2.5"),
        ("中文，全角逗号", "中文，全角逗号"),
        ("a,b", #""a,b""#),
        (#"say "hi""#, #""say ""hi""""#),
        (#"""#, #""""""#),
        ("line\nbreak", "\"line\nbreak\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("both\r\nends", "\"both\r\nends\""),
        ("trailing\n", "\"trailing\n\""),
    ]

    @Test(arguments: fields)
    func aFieldIsQuotedOnlyWhenItHoldsACommaQuoteOrLineBreak(field: String, written: String) {
        #expect(SpreadsheetField.quoted(field) == written)
    }

    static let cells: [(String, String)] = [
        ("=1+1", "'=1+1"),
        ("+86 10 1234", "'+86 10 1234"),
        ("-1+1", "'-1+1"),
        ("-", "'-"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-5", "-5"),
        ("-2.5", "-2.5"),
        ("10", "10"),
        ("第1队", "第1队"),
        ("a-b=c", "a-b=c"),
        ("", ""),
    ]

    @Test(arguments: cells)
    func aTextCellExcelWouldRunAsAFormulaIsKeptAsTextButANumberStaysANumber(cell: String, written: String) {
        #expect(SpreadsheetField.inert(cell) == written)
    }

    @Test func aTeamNamedLikeAFormulaIsWrittenAsTextBesideItsNegativeScore() {
        var teams = ServerFixture.teams
        teams[0].name = "-1+1"
        teams[0].unit = "@cmd"
        var state = ServerFixture.contest(teams: teams)
        for command in ServerFixture.script { state.handle(command) }
        let text = String(decoding: ResultsTable.csv(state).dropFirst(3), as: UTF8.self)
        #expect(text.contains("\r\n3,1,'-1+1,'@cmd,-10,0,-10,二等奖,\r\n"))
    }
}
