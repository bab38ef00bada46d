import ContestCore

/// The Chinese words the consoles put on the protocol's codes, in one place so they agree.
public enum Labels {
    public static func stage(_ stage: PublicView.Stage) -> String {
        switch stage {
        case .notStarted: "未开始"
        case .running: "进行中"
        case .between: "环节间"
        case .finished: "已结束"
        }
    }

    public static func segmentKind(_ kind: SegmentKind) -> String {
        switch kind {
        case .speed: "速答"
        case .buzz: "抢答"
        case .relay: "接力"
        case .risk: "风险"
        case .essay: "论述"
        case .tieBreak: "加赛"
        }
    }

    /// How a buzz question ended; nil while it runs (and for an outcome a newer server names that
    /// this version could not read).
    public static func outcome(_ outcome: QuestionOutcome?, names: (TeamID) -> String) -> String? {
        switch outcome {
        case .answered(let team)?: "\(names(team))答对"
        case .unanswered?: "无人答对"
        case .noBuzz?: "无人抢答"
        case .voided?: "本题作废"
        case nil: nil
        }
    }

    /// A typed answer as the host reads it out and the answer key spells it: `AC`, `对`, or the text.
    public static func submission(_ submission: Submission) -> String {
        switch submission {
        case .choices(let indices): String(indices.map(OptionLetters.letter(for:)))
        case .truth(let value): value ? "对" : "错"
        case .text(let text): text
        }
    }

    /// Why a score changed, for the host's recent-scores list.
    public static func scoreReason(_ reason: ScoreReason) -> String {
        switch reason {
        case .correct: "答对"
        case .wrong: "答错"
        case .falseStart: "犯规"
        case .sweepBonus: "全对奖励"
        case .essay: "论述"
        case .correction(let reason): "改分：" + reason
        }
    }
}
