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
        (#"{"answered":{"_0":3}}"#, "南湖队答对"), (#"{"answered":{"_0":5}}"#, "第5队答对"),
        (#"{"unanswered":{}}"#, "无人答对"), (#"{"noBuzz":{}}"#, "无人抢答"), (#"{"voided":{}}"#, "本题作废"),
        (#"{"timedOut":{"_0":2}}"#, "timedOut"),
    ] as [(String, String?)])
func labelsSayHowABuzzQuestionEnded(json: String, text: String?) throws {
    #expect(Labels.outcome(try jsonValue(json), names: names) == text)
}

@Test(arguments: [#"{"answered":{"_0":3},"noBuzz":{}}"#, #""answered""#, "null"])
func labelsGiveNoOutcomeForAnythingButOneTag(json: String) throws {
    #expect(Labels.outcome(try jsonValue(json), names: names) == nil)
    #expect(Labels.outcome(nil, names: names) == nil)
}

@Test(
    arguments: [
        (#"{"choices":{"_0":[0,2]}}"#, "AC"), (#"{"choices":{"_0":[1]}}"#, "B"), (#"{"choices":{"_0":[3,9]}}"#, "D?"),
        (#"{"truth":{"_0":true}}"#, "对"), (#"{"truth":{"_0":false}}"#, "错"),
        (#"{"text":{"_0":"人民 first"}}"#, "人民 first"),
        (#"{"essay":{"_0":"x"}}"#, nil), (#"{"truth":{"_0":"yes"}}"#, nil), (#"[1]"#, nil),
    ] as [(String, String?)])
func labelsReadAPendingSubmissionAloud(json: String, text: String?) throws {
    #expect(Labels.submission(try jsonValue(json)) == text)
}

@Test(arguments: [
    (#"{"correct":{"question":"P1-010"}}"#, "答对"), (#"{"wrong":{"question":"P1-010"}}"#, "答错"),
    (#"{"falseStart":{}}"#, "犯规"), (#"{"sweepBonus":{}}"#, "全对奖励"), (#"{"essay":{}}"#, "论述"),
    (#"{"correction":{"reason":"读错题号 Q7"}}"#, "改分：读错题号 Q7"), (#"{"correction":{}}"#, "改分："),
    (#"{"riskBonus":{}}"#, "riskBonus"), (#""correct""#, ""),
])
func labelsSayWhyAScoreChanged(json: String, text: String) throws {
    #expect(Labels.scoreReason(try jsonValue(json)) == text)
    #expect(Labels.scoreReason(nil) == "")
}
