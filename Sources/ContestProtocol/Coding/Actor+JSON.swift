import ContestCore

/// `{"type": "host"}`, `{"type": "judge", "judge": 2}`, `{"type": "team", "team": 3, "seat": 1}`, `{"type": "system"}`.
extension Actor: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .host: fields.type("host")
            case .judge(let number):
                fields.type("judge")
                fields.field("judge", number)
            case .team(let team, let seat):
                fields.type("team")
                fields.field("team", team)
                fields.field("seat", seat)
            case .system: fields.type("system")
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "host": self = .host
        case "judge": self = .judge(try object.decode("judge"))
        case "team": self = .team(try object.decode("team"), seat: try object.decode("seat"))
        case "system": self = .system
        default: throw object.unknownType(type)
        }
    }
}

/// `{"type": "host"}`, `{"type": "judge", "judge": 1}`, `{"type": "automatic"}`, `{"type": "overtime"}`.
extension Ruler: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .host: fields.type("host")
            case .judge(let number):
                fields.type("judge")
                fields.field("judge", number)
            case .automatic: fields.type("automatic")
            case .overtime: fields.type("overtime")
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "host": self = .host
        case "judge": self = .judge(try object.decode("judge"))
        case "automatic": self = .automatic
        case "overtime": self = .overtime
        default: throw object.unknownType(type)
        }
    }
}
