import ContestCore

/// Every event as a tagged object named like the case, fields named like its labels:
/// `{"type": "buzzRecorded", "team": 3, "seat": 1, "falseStart": false}`; optional fields left out when nil.
extension Event: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type(typeName)
            switch self {
            case .segmentStarted(let segment, let order):
                fields.field("segment", segment)
                fields.field("order", order)
            case .segmentEnded(let segment): fields.field("segment", segment)
            case .contestFinished, .paused, .resumed, .rulingUndone: break
            case .turnStarted(let team, let deadline):
                fields.field("team", team)
                fields.field("deadline", deadline)
            case .turnEnded(let team, let reason):
                fields.field("team", team)
                fields.field("reason", reason)
            case .questionShown(let question, let team, let tier, let deadline):
                fields.field("question", question)
                fields.field("team", team)
                fields.field("tier", tier)
                fields.field("deadline", deadline)
            case .buzzersArmed(let deadline): fields.field("deadline", deadline)
            case .buzzRecorded(let team, let seat, let falseStart):
                fields.field("team", team)
                fields.field("seat", seat)
                fields.field("falseStart", falseStart)
            case .answerRightGranted(let team, let seat, let deadline):
                fields.field("team", team)
                fields.field("seat", seat)
                fields.field("deadline", deadline)
            case .answerSubmitted(let team, let seat, let answer):
                fields.field("team", team)
                fields.field("seat", seat)
                fields.field("answer", answer)
            case .answerRuled(let team, let question, let verdict, let ruler):
                fields.field("team", team)
                fields.field("question", question)
                fields.field("verdict", verdict)
                fields.field("by", ruler)
            case .pointsAwarded(let entry): fields.field("entry", entry)
            case .questionClosed(let question, let outcome):
                fields.field("question", question)
                fields.field("outcome", outcome)
            case .questionSkipped(let question), .questionVoided(let question), .answerRevealed(let question):
                fields.field("question", question)
            case .essayScoreSubmitted(let judge, let team, let score):
                fields.field("judge", judge)
                fields.field("team", team)
                fields.field("score", score)
            case .tieBreakPlaced(let team): fields.field("team", team)
            case .clockExpired(let until): fields.field("until", until)
            }
        }
    }

    /// The case's name, which is its `type` on the wire and in the journal.
    public var typeName: String {
        switch self {
        case .segmentStarted: "segmentStarted"
        case .segmentEnded: "segmentEnded"
        case .contestFinished: "contestFinished"
        case .turnStarted: "turnStarted"
        case .turnEnded: "turnEnded"
        case .questionShown: "questionShown"
        case .buzzersArmed: "buzzersArmed"
        case .buzzRecorded: "buzzRecorded"
        case .answerRightGranted: "answerRightGranted"
        case .answerSubmitted: "answerSubmitted"
        case .answerRuled: "answerRuled"
        case .pointsAwarded: "pointsAwarded"
        case .questionClosed: "questionClosed"
        case .questionSkipped: "questionSkipped"
        case .questionVoided: "questionVoided"
        case .answerRevealed: "answerRevealed"
        case .essayScoreSubmitted: "essayScoreSubmitted"
        case .tieBreakPlaced: "tieBreakPlaced"
        case .clockExpired: "clockExpired"
        case .paused: "paused"
        case .resumed: "resumed"
        case .rulingUndone: "rulingUndone"
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        let type = try o.type()
        switch type {
        case "segmentStarted": self = .segmentStarted(segment: try o.decode("segment"), order: try o.decode("order"))
        case "segmentEnded": self = .segmentEnded(segment: try o.decode("segment"))
        case "contestFinished": self = .contestFinished
        case "turnStarted": self = .turnStarted(team: try o.decode("team"), deadline: try o.decodeIfPresent("deadline"))
        case "turnEnded": self = .turnEnded(team: try o.decode("team"), reason: try o.decode("reason"))
        case "questionShown":
            self = .questionShown(
                question: try o.decode("question"), team: try o.decodeIfPresent("team"),
                tier: try o.decodeIfPresent("tier"), deadline: try o.decodeIfPresent("deadline"))
        case "buzzersArmed": self = .buzzersArmed(deadline: try o.decode("deadline"))
        case "buzzRecorded":
            self = .buzzRecorded(
                team: try o.decode("team"), seat: try o.decode("seat"), falseStart: try o.decode("falseStart"))
        case "answerRightGranted":
            self = .answerRightGranted(
                team: try o.decode("team"), seat: try o.decode("seat"), deadline: try o.decode("deadline"))
        case "answerSubmitted":
            self = .answerSubmitted(
                team: try o.decode("team"), seat: try o.decode("seat"), answer: try o.decode("answer"))
        case "answerRuled":
            self = .answerRuled(
                team: try o.decode("team"), question: try o.decode("question"), verdict: try o.decode("verdict"),
                by: try o.decode("by"))
        case "pointsAwarded": self = .pointsAwarded(entry: try o.decode("entry"))
        case "questionClosed":
            self = .questionClosed(question: try o.decode("question"), outcome: try o.decode("outcome"))
        case "questionSkipped": self = .questionSkipped(question: try o.decode("question"))
        case "questionVoided": self = .questionVoided(question: try o.decode("question"))
        case "answerRevealed": self = .answerRevealed(question: try o.decode("question"))
        case "essayScoreSubmitted":
            self = .essayScoreSubmitted(
                judge: try o.decode("judge"), team: try o.decode("team"), score: try o.decode("score"))
        case "tieBreakPlaced": self = .tieBreakPlaced(team: try o.decode("team"))
        case "clockExpired": self = .clockExpired(until: try o.decodeIfPresent("until"))
        case "paused": self = .paused
        case "resumed": self = .resumed
        case "rulingUndone": self = .rulingUndone
        default: throw o.unknownType(type)
        }
    }
}
