import ContestCore
import ContestProtocol

/// The arbitration record built from the journal's entries: every command in order, with buzz margins.
///
/// The journal keeps only accepted commands (a refused one is answered `rejected` and never
/// written), so every row here is a command that changed the contest. A buzz's margin is the gap,
/// by kernel receive time, to the next team's valid buzz in the same round of the same question
/// (a wrong answer that re-opens the question starts a new round); an undo names the ruling it took
/// back, and that ruling's row says it was undone.
public enum AuditTrail {
    public static func rows(_ entries: [JournalEntry], config: ContestConfig, language: Language) -> [AuditRow] {
        let words = AuditWording(config: config, zh: language == .chinese)
        let start = entries.first?.at ?? 0
        var rows: [AuditRow] = []
        var segment = ""
        var question = ""
        var round = 0
        var rulings: [(row: Int, round: Int)] = []
        var buzzes: [String: [(row: Int, at: Micros)]] = [:]
        for (index, entry) in entries.enumerated() {
            var row = AuditRow(
                number: index + 1, at: entry.at, elapsed: entry.at - start, segment: segment, question: question,
                actor: words.actor(entry.actor), action: words.action(entry.action), result: "", note: "")
            var results: [String] = []
            var notes: [String] = []
            var isRuling = false
            let roundBefore = round
            var named: String?
            for event in entry.events {
                if named == nil { named = questionID(event) }
                switch event {
                case .segmentStarted(let index, _):
                    (segment, question) = (words.segment(index), "")
                    row.segment = segment
                    rulings = []
                case .segmentEnded:
                    (segment, question) = ("", "")
                    rulings = []
                case .contestFinished:
                    rulings = []
                case .questionShown(let id, _, _, _):
                    (question, round) = (id, 0)
                case .buzzRecorded(_, _, let falseStart):
                    (row.isBuzz, row.isFalseStart, row.kernelTime) = (true, falseStart, entry.at)
                    isRuling = isRuling || falseStart
                    if !falseStart { buzzes["\(question)#\(round)", default: []].append((index, entry.at)) }
                case .answerRuled(_, let id, _, _):
                    isRuling = true
                    if id == question { round += 1 }
                case .pointsAwarded(let score):
                    isRuling = true
                    if case .correction(let reason) = score.reason { notes.append(words.t("理由：", "reason: ") + reason) }
                case .tieBreakPlaced:
                    isRuling = true
                case .rulingUndone:
                    if let (undone, restored) = rulings.popLast() {
                        round = restored
                        notes.append(words.t("撤销第 \(undone + 1) 条的裁定", "takes back the ruling of row \(undone + 1)"))
                        rows[undone].note +=
                            (rows[undone].note.isEmpty ? "" : "；")
                            + words.t("已被第 \(index + 1) 条撤销", "undone by row \(index + 1)")
                    }
                default:
                    break
                }
                if let text = words.event(event) { results.append(text) }
            }
            if isRuling { rulings.append((index, roundBefore)) }
            row.question = named ?? row.question
            row.result = results.joined(separator: words.t("；", "; "))
            row.note = notes.joined(separator: words.t("；", "; "))
            rows.append(row)
        }
        for group in buzzes.values {
            let ordered = group.sorted { $0.at < $1.at }
            for (place, buzz) in ordered.enumerated() {
                let order = words.t("第 \(place + 1) 位（共 \(ordered.count) 队）", "\(place + 1) of \(ordered.count)")
                rows[buzz.row].note = rows[buzz.row].note.isEmpty ? order : order + "；" + rows[buzz.row].note
                if place + 1 < ordered.count { rows[buzz.row].margin = ordered[place + 1].at - buzz.at }
            }
        }
        return rows
    }

    /// The question an event is about, so an answer's row names the question answered, not the next one shown.
    static func questionID(_ event: Event) -> String? {
        switch event {
        case .questionShown(let id, _, _, _), .answerRuled(_, let id, _, _), .questionClosed(let id, _),
            .questionSkipped(let id), .questionVoided(let id), .answerRevealed(let id):
            id
        case .pointsAwarded(let entry):
            switch entry.reason {
            case .correct(let id), .wrong(let id), .falseStart(let id), .essay(let id): id
            case .sweepBonus, .correction: nil
            }
        case .segmentStarted, .segmentEnded, .contestFinished, .turnStarted, .turnEnded, .buzzersArmed, .buzzRecorded,
            .answerRightGranted, .answerSubmitted, .essayScoreSubmitted, .tieBreakPlaced, .clockExpired, .paused,
            .resumed, .rulingUndone:
            nil
        }
    }

    /// `+0.200`: a margin in milliseconds with three decimals, exact to the microsecond.
    public static func milliseconds(_ micros: Micros) -> String {
        let magnitude = micros.magnitude
        let fraction = magnitude % 1000
        let padded = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "\(micros < 0 ? "-" : "")\(magnitude / 1000).\(padded)"
    }
}
