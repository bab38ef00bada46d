import ContestCore

/// An action in the shape clients send it: `{"type": "buzz"}`, `{"type": "answer", "choices": [0, 2]}`,
/// `{"type": "climb", "team": 3}` (the host entering team 3's spoken choice).
///
/// The journal stores the same object, so a command reads the same in a script, on the wire and in
/// the record the arbitration group is shown.
extension Action: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { encodeFields(into: &$0) }
    }

    /// Writes the action's `type` and fields into an object that may carry more (a message's `id`).
    public func encodeFields(into fields: inout JSONObjectWriter) {
        switch self {
        case .startSegment(let index):
            fields.type("startSegment")
            fields.field("segment", index)
        case .startTieBreak(let segment, let teams):
            fields.type("startTieBreak")
            fields.field("segment", segment)
            fields.field("teams", teams)
        case .endSegment: fields.type("endSegment")
        case .finishContest: fields.type("finishContest")
        case .showQuestion(let id):
            fields.type("showQuestion")
            fields.field("question", id)
        case .armBuzzers: fields.type("armBuzzers")
        case .nextTurn: fields.type("nextTurn")
        case .revealAnswer: fields.type("revealAnswer")
        case .void: fields.type("void")
        case .pause: fields.type("pause")
        case .resume: fields.type("resume")
        case .correctScore(let team, let delta, let reason):
            fields.type("correctScore")
            fields.field("team", team)
            fields.field("delta", delta)
            fields.field("reason", reason)
        case .undo: fields.type("undo")
        case .onBehalf(let team, let action):
            action.encodeFields(into: &fields)
            fields.field("team", team)
        case .rule(let verdict):
            fields.type("rule")
            fields.field("verdict", verdict)
        case .scoreEssay(let team, let score):
            fields.type("scoreEssay")
            fields.field("team", team)
            fields.field("score", score)
        case .buzz: fields.type("buzz")
        case .answer(let submission):
            fields.type("answer")
            submission.encodeFields(into: &fields)
        case .skip: fields.type("skip")
        case .pickTier(let tier):
            fields.type("pickTier")
            fields.field("tier", tier)
        case .climb: fields.type("climb")
        case .stop: fields.type("stop")
        case .decline: fields.type("decline")
        case .tick: fields.type("tick")
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        try self.init(fieldsOf: try JSONObject(json, at: path))
    }

    /// The action an object's `type` names; a team action with a `team` is entered on its behalf.
    public init(fieldsOf object: JSONObject) throws(ProtocolDecodingError) {
        let type = try object.type()
        if let action = try Self.teamAction(type, object) {
            if let team: TeamID = try object.decodeIfPresent("team") {
                self = .onBehalf(team: team, action)
            } else {
                self = action
            }
            return
        }
        switch type {
        case "startSegment": self = .startSegment(try object.decode("segment"))
        case "startTieBreak":
            self = .startTieBreak(segment: try object.decode("segment"), teams: try object.decode("teams"))
        case "endSegment": self = .endSegment
        case "finishContest": self = .finishContest
        case "showQuestion": self = .showQuestion(id: try object.decodeIfPresent("question"))
        case "armBuzzers": self = .armBuzzers
        case "nextTurn": self = .nextTurn
        case "revealAnswer": self = .revealAnswer
        case "void": self = .void
        case "pause": self = .pause
        case "resume": self = .resume
        case "undo": self = .undo
        case "correctScore":
            self = .correctScore(
                team: try object.decode("team"), delta: try object.decode("delta"), reason: try object.decode("reason"))
        case "rule": self = .rule(try object.decode("verdict"))
        case "scoreEssay": self = .scoreEssay(team: try object.decode("team"), score: try object.decode("score"))
        case "tick": self = .tick
        default: throw object.unknownType(type)
        }
    }

    /// The actions a team takes for itself; nil for any other type.
    private static func teamAction(_ type: String, _ object: JSONObject) throws(ProtocolDecodingError) -> Action? {
        switch type {
        case "buzz": .buzz
        case "skip": .skip
        case "climb": .climb
        case "stop": .stop
        case "decline": .decline
        case "pickTier": .pickTier(try object.decode("tier"))
        case "answer": .answer(try Submission(answerFieldsOf: object))
        default: nil
        }
    }
}
