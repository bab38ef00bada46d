import ContestCore
import ExamCore
import Testing

@testable import AdminKit

struct PrelimBlueprintTests {
    static let keyCases: [(String, String)] = [
        (#"{"sectons": []}"#, "蓝图.json: 错误: 「sectons」不是试卷蓝图的项，是否想写「sections」？"),
        (
            #"{"sections": [{"type": "单选题", "cout": 5}]}"#,
            "蓝图.json: 错误: 「sections[0].cout」不是试卷蓝图的项，是否想写「count」？"
        ),
        (#"{"timeLimitMinutes": "九十"}"#, "蓝图.json: 错误: 「timeLimitMinutes」的取值类型不对，请对照 docs/admin.md 的写法"),
        ("title: 初赛", "蓝图.json: 错误: 试卷蓝图不是有效的 JSON"),
    ]

    @Test(arguments: keyCases)
    func anUnknownKeyOrAWrongValueIsRefusedByName(text: String, message: String) {
        guard case .failure(let error) = PaperBlueprint.decode(Array(text.utf8), file: "蓝图.json") else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(error.message(.chinese) == message)
    }

    @Test func keysLeftOutKeepTheJiangyinDefaults() throws {
        let text = #"{"title": "初赛", "sections": [{"type": "多选题", "count": 5, "points": 2.5}]}"#
        let read = try PaperBlueprint.decode(Array(text.utf8), file: "蓝图.json").get()
        #expect(read.title == "初赛")
        #expect(read.timeLimitMinutes == 90)
        #expect(read.bankShare == 0.9)
        #expect(read.sections == [BlueprintSection(type: "多选题", count: 5, points: Points(hundredths: 250))])
        #expect(read.sections[0].questionType == .multiple)
        #expect(PaperBlueprint.standard.totalPoints == 100)
        #expect(PaperBlueprint.standard.sections.compactMap(\.questionType) == QuestionType.allCases)
    }

    static let problemCases: [(String, [String])] = [
        (#"{"sections": [{"type": "单项选择"}]}"#, ["unknown-type"]),
        (#"{"sections": [{"type": "single"}, {"type": "单选题"}]}"#, ["repeated-type"]),
        (#"{"sections": [{"count": 0, "points": 0}]}"#, ["bad-count", "bad-points"]),
        (#"{"bankShare": 1.5, "timeLimitMinutes": 0}"#, ["bad-time-limit", "bad-bank-share"]),
        (#"{"sections": []}"#, ["no-sections"]),
        (#"{"sections": [{"type": "truefalse"}]}"#, []),
    ]

    @Test(arguments: problemCases)
    func aBlueprintThatCannotBeDrawnIsRefusedBeforeTheDraw(text: String, codes: [String]) throws {
        let read = try PaperBlueprint.decode(Array(text.utf8), file: "蓝图.json").get()
        #expect(read.problems().map(\.code) == codes)
        if !codes.isEmpty {
            #expect(drawPaper(read, bank: questions(.single, 30, prefix: "B")).paper == nil)
        }
    }

    @Test func theRulesFileStillSpeaksOfRules() {
        guard case .failure(let error) = AdminRules.decode(Array(#"{"prelimRanks": 1}"#.utf8), file: "规则.json")
        else {
            Issue.record("accepted")
            return
        }
        #expect(error.message(.chinese).hasPrefix("规则.json: 错误: 「prelimRanks」不是规则项"))
    }
}
