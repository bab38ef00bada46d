import ContestCore

/// The public view as screens and teams get it; fields that are nil are left out.
///
/// Decoding is lenient where a newer server may say more: unknown keys are ignored, an outcome, a
/// question or a buzz line of a kind this version does not know reads as absent.
extension PublicView: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("title", title)
            fields.field("stage", stage)
            fields.field("segment", segment)
            fields.field("paused", paused)
            fields.field("turn", turn)
            fields.field("question", question)
            fields.field("previous", previous)
            fields.field("deadline", deadline)
            fields.field("remaining", remaining)
            fields.field("buzzes", buzzes)
            fields.field("answering", answering)
            fields.field("buzzers", buzzers)
            fields.field("outcome", outcome)
            fields.field("riskTier", riskTier)
            fields.field("riskTiers", riskTiers)
            fields.field("essayScoresIn", essayScoresIn)
            fields.field("scoreboard", scoreboard)
            fields.field("awards", awards)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            title: try o.decodeIfPresent("title") ?? "", stage: try o.decodeIfKnown("stage") ?? .notStarted,
            paused: try o.decodeIfPresent("paused") ?? false, scoreboard: try o.decodeIfPresent("scoreboard") ?? [],
            awards: try o.decodeIfPresent("awards") ?? AwardList())
        segment = try o.decodeIfKnown("segment")
        turn = try o.decodeIfPresent("turn")
        question = try o.decodeIfKnown("question")
        previous = try o.decodeIfKnown("previous")
        deadline = try o.decodeIfPresent("deadline")
        remaining = try o.decodeIfPresent("remaining")
        buzzes = try o.decodeKnownElements("buzzes")
        answering = try o.decodeIfPresent("answering")
        buzzers = try o.decodeIfPresent("buzzers")
        outcome = try o.decodeIfKnown("outcome")
        riskTier = try o.decodeIfPresent("riskTier")
        riskTiers = try o.decodeIfPresent("riskTiers")
        essayScoresIn = try o.decodeIfPresent("essayScoresIn")
    }
}

extension PublicView.Stage: JSONStringEnum {}

extension SegmentSummary: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("index", index)
            fields.field("title", title)
            fields.field("kind", kind)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(index: try o.decode("index"), title: try o.decode("title"), kind: try o.decode("kind"))
    }
}

extension QuestionCard: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("id", id)
            fields.field("type", type)
            fields.field("stem", stem)
            fields.field("options", options)
            fields.field("answer", answer)
            fields.field("explanation", explanation)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            id: try o.decode("id"), type: try o.decode("type"), stem: try o.decodeIfPresent("stem") ?? "",
            options: try o.decodeIfPresent("options") ?? [], answer: try o.decodeIfPresent("answer"),
            explanation: try o.decodeIfPresent("explanation"))
    }
}

extension BuzzLine: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("team", team)
            fields.field("name", name)
            fields.field("seat", seat)
            fields.field("at", at)
            fields.field("falseStart", falseStart)
            fields.field("round", round)
            fields.field("margin", margin)
            fields.field("marginText", marginText)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        let team: TeamID = try o.decode("team")
        self.init(
            team: team, name: try o.decodeIfPresent("name") ?? "第\(team)队", seat: try o.decodeIfPresent("seat") ?? 1,
            at: try o.decodeIfPresent("at") ?? 0, falseStart: try o.decodeIfPresent("falseStart") ?? false,
            round: try o.decodeIfPresent("round") ?? 1, margin: try o.decodeIfPresent("margin"),
            marginText: try o.decodeIfPresent("marginText") ?? "")
    }
}

extension BuzzerStatus: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("round", round)
            fields.field("open", open)
            fields.field("out", out)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            round: try o.decode("round"), open: try o.decode("open"), out: try o.decodeIfPresent("out") ?? [])
    }
}
