import ContestCore

/// `{"type": "correct", "question": "Q001"}`, `{"type": "sweepBonus"}`, `{"type": "correction", "reason": "…"}`.
extension ScoreReason: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .correct(let question):
                fields.type("correct")
                fields.field("question", question)
            case .wrong(let question):
                fields.type("wrong")
                fields.field("question", question)
            case .falseStart(let question):
                fields.type("falseStart")
                fields.field("question", question)
            case .sweepBonus: fields.type("sweepBonus")
            case .essay(let question):
                fields.type("essay")
                fields.field("question", question)
            case .correction(let reason):
                fields.type("correction")
                fields.field("reason", reason)
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "correct": self = .correct(question: try object.decode("question"))
        case "wrong": self = .wrong(question: try object.decode("question"))
        case "falseStart": self = .falseStart(question: try object.decode("question"))
        case "sweepBonus": self = .sweepBonus
        case "essay": self = .essay(question: try object.decode("question"))
        case "correction": self = .correction(reason: try object.decode("reason"))
        default: throw object.unknownType(type)
        }
    }
}

/// `{"team": 3, "delta": 10, "reason": {…}, "segment": 1, "at": …}`; `segment` is left out for corrections.
extension ScoreEntry: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("team", team)
            fields.field("delta", delta)
            fields.field("reason", reason)
            fields.field("segment", segment)
            fields.field("at", at)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        self.init(
            team: try object.decode("team"), delta: try object.decode("delta"), reason: try object.decode("reason"),
            segment: try object.decodeIfPresent("segment"), at: try object.decode("at"))
    }
}

/// `{"type": "answered", "team": 3}`, `{"type": "unanswered"}`, `{"type": "noBuzz"}`, `{"type": "voided"}`.
extension QuestionOutcome: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .answered(let team):
                fields.type("answered")
                fields.field("team", team)
            case .unanswered: fields.type("unanswered")
            case .noBuzz: fields.type("noBuzz")
            case .voided: fields.type("voided")
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "answered": self = .answered(try object.decode("team"))
        case "unanswered": self = .unanswered
        case "noBuzz": self = .noBuzz
        case "voided": self = .voided
        default: throw object.unknownType(type)
        }
    }
}
