import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    (PublicView.Stage.notStarted, "未开始"), (.running, "进行中"), (.between, "环节间"), (.finished, "已结束"),
])
func labelsNameEachStage(stage: PublicView.Stage, label: String) {
    #expect(Labels.stage(stage) == label)
}

@Test(arguments: zip(SegmentKind.allCases, ["速答", "抢答", "接力", "风险", "论述", "加赛"]))
func labelsNameEachSegmentKind(kind: SegmentKind, label: String) {
    #expect(Labels.segmentKind(kind) == label)
}

private func names(_ team: TeamID) -> String { team == 3 ? "南湖队" : "第\(team)队" }

/// What arrives on the wire, read by the protocol, said by the console.
@Test(arguments: [
    (#"{"type":"answered","team":3}"#, "南湖队答对"), (#"{"type":"answered","team":5}"#, "第5队答对"),
    (#"{"type":"unanswered"}"#, "无人答对"), (#"{"type":"noBuzz"}"#, "无人抢答"), (#"{"type":"voided"}"#, "本题作废"),
])
func labelsSayHowABuzzQuestionEnded(json: String, text: String) throws {
    #expect(Labels.outcome(try QuestionOutcome(jsonText: Array(json.utf8)), names: names) == text)
    #expect(Labels.outcome(nil, names: names) == nil)
}

@Test(arguments: [
    (#"{"type":"choices","choices":[0,2]}"#, "AC"), (#"{"type":"choices","choices":[1]}"#, "B"),
    (#"{"type":"choices","choices":[3,9]}"#, "D?"), (#"{"type":"truth","truth":true}"#, "对"),
    (#"{"type":"truth","truth":false}"#, "错"), (#"{"type":"text","text":"人民 first"}"#, "人民 first"),
])
func labelsReadAPendingSubmissionAloud(json: String, text: String) throws {
    #expect(Labels.submission(try Submission(jsonText: Array(json.utf8))) == text)
}

@Test(arguments: [
    (#"{"type":"correct","question":"P1-010"}"#, "答对"), (#"{"type":"wrong","question":"P1-010"}"#, "答错"),
    (#"{"type":"falseStart","question":"P1-010"}"#, "犯规"), (#"{"type":"sweepBonus"}"#, "全对奖励"),
    (#"{"type":"essay","question":"E1"}"#, "论述"), (#"{"type":"correction","reason":"读错题号 Q7"}"#, "改分：读错题号 Q7"),
])
func labelsSayWhyAScoreChanged(json: String, text: String) throws {
    #expect(Labels.scoreReason(try ScoreReason(jsonText: Array(json.utf8))) == text)
}
