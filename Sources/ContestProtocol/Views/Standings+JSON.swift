import ContestCore

extension Standing: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("team", team)
            fields.field("name", name)
            fields.field("unit", unit)
            fields.field("total", total)
            fields.field("bySegment", bySegment)
            fields.field("corrections", corrections)
            fields.field("rank", rank)
            fields.field("tied", tied)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            team: try o.decode("team"), name: try o.decode("name"), unit: try o.decodeIfPresent("unit") ?? "",
            total: try o.decode("total"), bySegment: try o.decodeIfPresent("bySegment") ?? [],
            corrections: try o.decodeIfPresent("corrections") ?? .zero, rank: try o.decode("rank"),
            tied: try o.decodeIfPresent("tied") ?? false)
    }
}

extension AwardList: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("lines", lines)
            fields.field("tiesToBreak", tiesToBreak)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(lines: try o.decodeIfPresent("lines") ?? [], tiesToBreak: try o.decodeIfPresent("tiesToBreak") ?? [])
    }
}

extension AwardLine: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("team", team)
            fields.field("name", name)
            fields.field("rank", rank)
            fields.field("total", total)
            fields.field("award", award)
            fields.field("awaitingTieBreak", awaitingTieBreak)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            team: try o.decode("team"), name: try o.decodeIfPresent("name") ?? "", rank: try o.decode("rank"),
            total: try o.decode("total"), award: try o.decodeIfPresent("award"),
            awaitingTieBreak: try o.decodeIfPresent("awaitingTieBreak") ?? false)
    }
}
