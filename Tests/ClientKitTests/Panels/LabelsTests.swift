import ClientKit
import Testing

@Test(arguments: [
    ("notStarted", "未开始"), ("running", "进行中"), ("between", "环节间"), ("finished", "已结束"), ("paused", "paused"),
])
func labelsNameEachStage(code: String, label: String) {
    #expect(Labels.stage(code) == label)
}

@Test(arguments: [
    ("single", "单选题"), ("multiple", "多选题"), ("truefalse", "判断题"), ("fill", "填空题"), ("short", "简答题"),
    ("essay", "论述题"), ("matching", "matching"),
])
func labelsNameEachQuestionType(code: String, label: String) {
    #expect(Labels.questionType(code) == label)
}

@Test(arguments: [
    ("speed", "速答"), ("buzz", "抢答"), ("relay", "接力"), ("risk", "风险"), ("essay", "论述"), ("tiebreak", "加赛"),
    ("quiz", "quiz"),
])
func labelsNameEachSegmentKind(code: String, label: String) {
    #expect(Labels.segmentKind(code) == label)
}

private func names(_ team: Int) -> String { team == 3 ? "南湖队" : "第\(team)队" }

@Test(
    arguments: [
        (#"{"type":"answered","team":3}"#, "南湖队答对"), (#"{"type":"answered","team":5}"#, "第5队答对"),
        (#"{"type":"unanswered"}"#, "无人答对"), (#"{"type":"noBuzz"}"#, "无人抢答"), (#"{"type":"voided"}"#, "本题作废"),
        (#"{"type":"timedOut","team":2}"#, "timedOut"),
    ] as [(String, String?)])
func labelsSayHowABuzzQuestionEnded(json: String, text: String?) throws {
    #expect(Labels.outcome(try jsonValue(json), names: names) == text)
}

@Test(arguments: [#"{"answered":{"_0":3}}"#, #"{"type":3}"#, #""answered""#, "null"])
func labelsGiveNoOutcomeForAnythingButATaggedObject(json: String) throws {
    #expect(Labels.outcome(try jsonValue(json), names: names) == nil)
    #expect(Labels.outcome(nil, names: names) == nil)
}

@Test(
    arguments: [
        (#"{"type":"choices","choices":[0,2]}"#, "AC"), (#"{"type":"choices","choices":[1]}"#, "B"),
        (#"{"type":"choices","choices":[3,9]}"#, "D?"), (#"{"type":"truth","truth":true}"#, "对"),
        (#"{"type":"truth","truth":false}"#, "错"), (#"{"type":"text","text":"人民 first"}"#, "人民 first"),
        (#"{"type":"essay","essay":"x"}"#, nil), (#"{"type":"truth","truth":"yes"}"#, nil), (#"[1]"#, nil),
        (#"{"choices":{"_0":[1]}}"#, nil),
    ] as [(String, String?)])
func labelsReadAPendingSubmissionAloud(json: String, text: String?) throws {
    #expect(Labels.submission(try jsonValue(json)) == text)
}

@Test(arguments: [
    (#"{"type":"correct","question":"P1-010"}"#, "答对"), (#"{"type":"wrong","question":"P1-010"}"#, "答错"),
    (#"{"type":"falseStart","question":"P1-010"}"#, "犯规"), (#"{"type":"sweepBonus"}"#, "全对奖励"),
    (#"{"type":"essay","question":"E1"}"#, "论述"), (#"{"type":"correction","reason":"读错题号 Q7"}"#, "改分：读错题号 Q7"),
    (#"{"type":"correction"}"#, "改分："), (#"{"type":"riskBonus"}"#, "riskBonus"), (#""correct""#, ""),
])
func labelsSayWhyAScoreChanged(json: String, text: String) throws {
    #expect(Labels.scoreReason(try jsonValue(json)) == text)
    #expect(Labels.scoreReason(nil) == "")
}
