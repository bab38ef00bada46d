import ContestCore
import ContestProtocol
import Testing

@testable import ClientKit

/// Types each field into the form and submits it; the first refusal, or the last result.
private func fill(_ kind: HostForm.Kind, _ fields: [String]) -> Result<Action?, HostFormError> {
    var form = HostForm(kind)
    var result: Result<Action?, HostFormError> = .success(nil)
    for field in fields {
        form.input = field
        result = form.submit()
        if case .failure = result { break }
    }
    return result
}

@Test(arguments: [
    (HostForm.Kind.startSegment, ["2"], Action.startSegment(1)),
    (.startSegment, [" 1 "], .startSegment(0)),
    (.tieBreak, ["6", "3,6"], .startTieBreak(segment: 5, teams: [3, 6])),
    (.tieBreak, ["6", "3，6、8 1"], .startTieBreak(segment: 5, teams: [3, 6, 8, 1])),
    (.showQuestion, ["P1-010"], .showQuestion(id: "P1-010")),
    (.correction, ["3", "-2.5", "读错题号"], .correctScore(team: 3, delta: Points(hundredths: -250), reason: "读错题号")),
    (.correction, ["8", "10", "计分 error"], .correctScore(team: 8, delta: 10, reason: "计分 error")),
    (.onBehalf, ["3", "AC"], .onBehalf(team: 3, .answer(.choices([0, 2])))),
    (.onBehalf, ["2", "档2"], .onBehalf(team: 2, .pickTier(1))),
    (.essayScore, ["4", "17.5"], .scoreEssay(team: 4, score: Points(hundredths: 1750))),
])
func hostFormBuildsTheCommandFromItsFields(kind: HostForm.Kind, fields: [String], command: Action) {
    #expect(fill(kind, fields) == .success(command))
    #expect(fill(kind, Array(fields.dropLast())) == .success(nil))
}

@Test(arguments: [
    (HostForm.Kind.startSegment, ["二"], "环节序号应是整数：二"), (.startSegment, [""], "环节序号不能为空"),
    (.tieBreak, ["6", "3"], "加赛至少两队：3"), (.tieBreak, ["x", "3,6"], "环节序号应是整数：x"),
    (.correction, ["3", "-2.5", " "], "原因（必填）不能为空"), (.correction, ["3", "两分", "补分"], "分数应是数字：两分"),
    (.correction, ["三", "2", "补分"], "队号应是整数：三"), (.essayScore, ["4", "abc"], "分数应是数字：abc"),
    (.onBehalf, ["", "AC"], "队号不能为空"),
])
func hostFormRefusesAFieldWithAMessage(kind: HostForm.Kind, fields: [String], message: String) {
    #expect(fill(kind, fields) == .failure(HostFormError(message)))
}

@Test func hostFormKeepsAskingTheSameFieldAfterAnEmptyOne() {
    var form = HostForm(.correction)
    form.input = "3"
    _ = form.submit()
    #expect(form.currentLabel == "加减分（如 -2.5）")
    form.input = ""
    #expect(form.submit() == .failure(HostFormError("加减分（如 -2.5）不能为空")))
    #expect(form.values == ["3"])
    #expect(form.currentLabel == "加减分（如 -2.5）")
}

@Test func hostFormStartsOverAfterAFieldTheCommandCannotUse() {
    var form = HostForm(.startSegment)
    form.input = "二"
    #expect(form.submit() == .failure(HostFormError("环节序号应是整数：二")))
    form.input = "2"
    #expect(form.submit() == .success(.startSegment(1)))
}

@Test(arguments: [
    (HostForm.Kind.startSegment, "开始环节", ["环节序号"]), (.tieBreak, "开始加赛", ["加赛环节序号", "参赛队号（如 3,6）"]),
    (.showQuestion, "指定题号出题", ["题号"]), (.correction, "改分", ["队号", "加减分（如 -2.5）", "原因（必填）"]),
    (.onBehalf, "代录", ["队号", "内容：字母 AC / 对 / 错 / 文字 / 跳过 / 进阶 / 停止 / 放弃 / 档N"]),
    (.essayScore, "论述评分", ["队号", "分数"]),
])
func hostFormAsksEachFieldInTurn(kind: HostForm.Kind, title: String, labels: [String]) {
    var form = HostForm(kind)
    #expect(form.title == title)
    var asked: [String] = []
    for _ in labels {
        asked.append(form.currentLabel)
        form.input = "1"
        _ = form.submit()
    }
    #expect(asked == labels)
}

@Test(arguments: [
    ("AC", Action.answer(.choices([0, 2]))), ("ca", .answer(.choices([0, 2]))), ("ＡＣ", .answer(.choices([0, 2]))),
    ("bb", .answer(.choices([1]))), ("对", .answer(.truth(true))), ("T", .answer(.truth(true))),
    ("true", .answer(.truth(true))), ("错", .answer(.truth(false))), ("f", .answer(.truth(false))), ("跳过", .skip),
    ("skip", .skip), ("进阶", .climb), ("Climb", .climb), ("停止", .stop),
    ("放弃", .decline), ("档2", .pickTier(1)), ("档1", .pickTier(0)), ("档x", .answer(.text("档x"))),
    ("人民群众", .answer(.text("人民群众"))),
    ("A B", .answer(.text("A B"))), ("12345", .answer(.text("12345"))), ("Ai", .answer(.text("Ai"))),
])
func hostFormReadsAnOnBehalfEntry(entry: String, action: Action) {
    #expect(HostForm.action(entry) == action)
}
