import ContestCore

/// The arbitration record's words for who acted, what they asked and what it changed, in both languages.
///
/// The arbitration group reads these rows against the hall's memory, so each names teams and judges
/// as the contest file does (`城东队 2号位`, `3号裁判`) rather than by number.
struct AuditWording {
    let config: ContestConfig
    let zh: Bool

    func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    func team(_ id: TeamID) -> String { config.team(id)?.name ?? t("\(id)号队", "team \(id)") }

    func judge(_ number: Int) -> String {
        config.judges.first { $0.number == number }?.name ?? t("\(number)号裁判", "judge \(number)")
    }

    func segment(_ index: Int) -> String {
        config.segments.indices.contains(index)
            ? config.segments[index].title : t("第\(index + 1)环节", "segment \(index + 1)")
    }

    func actor(_ actor: Actor) -> String {
        switch actor {
        case .host: t("主持人", "host")
        case .judge(let number): judge(number)
        case .team(let id, let seat): team(id) + t(" \(seat)号位", " seat \(seat)")
        case .system: t("系统（计时）", "system (clock)")
        }
    }

    func submission(_ answer: Submission) -> String {
        switch answer {
        case .choices(let indices):
            indices.map { String(UnicodeScalar(UInt8(65 + min(max($0, 0), 25)))) }.joined()
        case .truth(let value): value ? t("对", "true") : t("错", "false")
        case .text(let text): "「\(text)」"
        }
    }

    func action(_ action: Action) -> String {
        switch action {
        case .startSegment(let index): t("开始环节「\(segment(index))」", "start \(segment(index))")
        case .startTieBreak(let index, let teams):
            t("开始加赛「\(segment(index))」：", "start tie-break \(segment(index)): ")
                + teams.map(team).joined(separator: t("、", ", "))
        case .endSegment: t("结束环节", "end segment")
        case .finishContest: t("结束比赛", "finish contest")
        case .showQuestion(let id): id.map { t("出题 \($0)", "show \($0)") } ?? t("抽题", "draw a question")
        case .armBuzzers: t("开始抢答", "arm buzzers")
        case .nextTurn: t("下一队", "next turn")
        case .revealAnswer: t("公布答案", "reveal answer")
        case .void: t("作废本题", "void question")
        case .pause: t("暂停", "pause")
        case .resume: t("继续", "resume")
        case .correctScore(let id, let delta, _):
            t("更正分数 ", "correct score ") + "\(team(id)) \(delta.signedDescription)"
        case .undo: t("撤销上一裁定", "undo last ruling")
        case .onBehalf(let id, let inner): t("代\(team(id))：", "for \(team(id)): ") + self.action(inner)
        case .rule(let verdict): verdict == .correct ? t("判定正确", "rule correct") : t("判定错误", "rule wrong")
        case .scoreEssay(let id, let score): t("论述题评分 ", "essay score ") + "\(team(id)) \(score)"
        case .buzz: t("抢答", "buzz")
        case .answer(let answer): t("作答 ", "answer ") + submission(answer)
        case .skip: t("跳过", "skip")
        case .pickTier(let tier): t("选择第 \(tier + 1) 档", "pick tier \(tier + 1)")
        case .climb: t("进阶", "climb")
        case .stop: t("停止", "stop")
        case .decline: t("放弃风险题", "decline")
        case .tick: t("计时到", "clock")
        }
    }

    func ruler(_ ruler: Ruler) -> String {
        switch ruler {
        case .host: t("主持人", "host")
        case .judge(let number): judge(number)
        case .automatic: t("自动判分", "graded automatically")
        case .overtime: t("超时", "overtime")
        }
    }

    func reason(_ reason: TurnEndReason) -> String {
        switch reason {
        case .timeUp: t("时间到", "time up")
        case .completed: t("答完", "completed")
        case .relayBroken: t("接力中断", "relay broken")
        case .stopped: t("停止", "stopped")
        case .declined: t("放弃", "declined")
        case .riskLost: t("答错", "lost")
        case .scored: t("评分完毕", "scored")
        case .bankExhausted: t("题目用完", "bank exhausted")
        }
    }

    /// One event as the 结果 column shows it; nil for events the row says already (a question shown is its 题目).
    func event(_ event: Event) -> String? {
        switch event {
        case .segmentStarted(let index, _): t("「\(segment(index))」开始", "\(segment(index)) started")
        case .segmentEnded(let index): t("「\(segment(index))」结束", "\(segment(index)) ended")
        case .contestFinished: t("比赛结束", "contest finished")
        case .turnStarted(let id, _): t("轮到\(team(id))", "\(team(id))'s turn")
        case .turnEnded(let id, let why): t("\(team(id))结束（\(reason(why))）", "\(team(id)) done (\(reason(why)))")
        case .questionShown(let id, _, let tier, _):
            tier.map { t("出示 \(id)（第 \($0 + 1) 档）", "shown \(id) (tier \($0 + 1))") } ?? t("出示 \(id)", "shown \(id)")
        case .buzzersArmed: t("抢答开始", "buzzers armed")
        case .buzzRecorded(_, _, let falseStart): falseStart ? t("犯规（抢答前按键）", "false start") : t("抢答有效", "buzz valid")
        case .answerRightGranted(let id, let seat, _):
            t("\(team(id)) \(seat)号位获得答题权", "\(team(id)) seat \(seat) to answer")
        case .answerSubmitted(_, _, let answer): t("提交答案 ", "answered ") + submission(answer)
        case .answerRuled(let id, _, let verdict, let by):
            t(
                "\(team(id))\(verdict == .correct ? "正确" : "错误")（\(ruler(by))）",
                "\(team(id)) \(verdict == .correct ? "correct" : "wrong") (\(ruler(by)))")
        case .pointsAwarded(let entry):
            "\(team(entry.team)) \(entry.delta.signedDescription)" + scoreReason(entry.reason)
        case .questionClosed(_, let outcome): closed(outcome)
        case .questionSkipped(let id): t("跳过 \(id)", "skipped \(id)")
        case .questionVoided(let id): t("\(id) 作废", "\(id) voided")
        case .answerRevealed(let id): t("已公布 \(id) 的答案", "answer to \(id) revealed")
        case .essayScoreSubmitted(let number, let id, let score): "\(judge(number)) → \(team(id)) \(score)"
        case .tieBreakPlaced(let id): t("加赛名次：\(team(id))", "tie-break placed \(team(id))")
        case .clockExpired: t("时间到", "time up")
        case .paused: t("已暂停", "paused")
        case .resumed: t("已继续", "resumed")
        case .rulingUndone: t("已撤销", "undone")
        }
    }

    func scoreReason(_ reason: ScoreReason) -> String {
        switch reason {
        case .correct, .wrong, .essay: ""
        case .falseStart: t("（犯规）", " (false start)")
        case .sweepBonus: t("（全对奖励）", " (sweep bonus)")
        case .correction: t("（更正）", " (correction)")
        }
    }

    func closed(_ outcome: QuestionOutcome) -> String {
        switch outcome {
        case .answered(let id): t("本题结束：\(team(id))答对", "closed: \(team(id)) answered")
        case .unanswered: t("本题结束：无人答对", "closed: nobody right")
        case .noBuzz: t("本题结束：无人抢答，不计题数", "closed: no buzz, not counted")
        case .voided: t("本题作废，不计题数", "voided, not counted")
        }
    }
}
