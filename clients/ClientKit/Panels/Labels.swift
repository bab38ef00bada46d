/// The Chinese words the consoles put on the protocol's codes, in one place so they agree.
public enum Labels {
    public static func stage(_ stage: String) -> String {
        switch stage {
        case "notStarted": "未开始"
        case "running": "进行中"
        case "between": "环节间"
        case "finished": "已结束"
        default: stage
        }
    }

    public static func questionType(_ type: String) -> String {
        switch type {
        case "single": "单选题"
        case "multiple": "多选题"
        case "truefalse": "判断题"
        case "fill": "填空题"
        case "short": "简答题"
        case "essay": "论述题"
        default: type
        }
    }

    public static func segmentKind(_ kind: String) -> String {
        switch kind {
        case "speed": "速答"
        case "buzz": "抢答"
        case "relay": "接力"
        case "risk": "风险"
        case "essay": "论述"
        case "tiebreak": "加赛"
        default: kind
        }
    }

    /// How a buzz question ended, from the core's tagged outcome.
    public static func outcome(_ outcome: JSONValue?, names: (Int) -> String) -> String? {
        guard let tag = outcome?.tag else { return nil }
        switch tag.name {
        case "answered": return "\(tag.payload["team"]?.int.map(names) ?? "")答对"
        case "unanswered": return "无人答对"
        case "noBuzz": return "无人抢答"
        case "voided": return "本题作废"
        default: return tag.name
        }
    }

    /// A typed answer waiting for a ruling, as the host reads it out: `AC`, `对`, or the text.
    public static func submission(_ value: JSONValue?) -> String? {
        // The answer's field is named after its kind: `{"type": "choices", "choices": [0, 2]}`.
        guard let tag = value?.tag, let payload = tag.payload[tag.name] else { return nil }
        switch tag.name {
        case "choices": return String((payload.array ?? []).compactMap(\.int).map(OptionLetters.letter(for:)))
        case "truth": return payload.bool.map { $0 ? "对" : "错" }
        case "text": return payload.string
        default: return nil
        }
    }

    /// Why a score changed, for the host's recent-scores list.
    public static func scoreReason(_ reason: JSONValue?) -> String {
        guard let tag = reason?.tag else { return "" }
        switch tag.name {
        case "correct": return "答对"
        case "wrong": return "答错"
        case "falseStart": return "犯规"
        case "sweepBonus": return "全对奖励"
        case "essay": return "论述"
        case "correction": return "改分：" + (tag.payload["reason"]?.string ?? "")
        default: return tag.name
        }
    }
}
