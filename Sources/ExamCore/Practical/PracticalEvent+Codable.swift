import ContestCore

/// Every practical event as a tagged object named like the case, fields named like its labels, as the
/// contest's journal writes its events: `{"type": "sheetSigned", "judge": 2, "contestant": "A03", "at": …}`.
extension PracticalEvent: Codable {
    enum CodingKeys: String, CodingKey {
        case type, judge, contestant, item, points, chief, reason, at
    }

    /// The case's name, which is its `type` in the journal.
    public var typeName: String {
        switch self {
        case .itemScored: "itemScored"
        case .sheetSigned: "sheetSigned"
        case .sheetReopened: "sheetReopened"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(typeName, forKey: .type)
        switch self {
        case .itemScored(let judge, let contestant, let item, let points, let at):
            try fields.encode(judge, forKey: .judge)
            try fields.encode(contestant, forKey: .contestant)
            try fields.encode(item, forKey: .item)
            try fields.encode(points, forKey: .points)
            try fields.encode(at, forKey: .at)
        case .sheetSigned(let judge, let contestant, let at):
            try fields.encode(judge, forKey: .judge)
            try fields.encode(contestant, forKey: .contestant)
            try fields.encode(at, forKey: .at)
        case .sheetReopened(let chief, let judge, let contestant, let reason, let at):
            try fields.encode(chief, forKey: .chief)
            try fields.encode(judge, forKey: .judge)
            try fields.encode(contestant, forKey: .contestant)
            try fields.encode(reason, forKey: .reason)
            try fields.encode(at, forKey: .at)
        }
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        let judge = { () throws -> Int in try fields.decode(Int.self, forKey: .judge) }
        let contestant = { () throws -> String in try fields.decode(String.self, forKey: .contestant) }
        let at = { () throws -> Micros in try fields.decode(Micros.self, forKey: .at) }
        switch try fields.decode(String.self, forKey: .type) {
        case "itemScored":
            self = .itemScored(
                judge: try judge(), contestant: try contestant(), item: try fields.decode(Int.self, forKey: .item),
                points: try fields.decode(Points.self, forKey: .points), at: try at())
        case "sheetSigned": self = .sheetSigned(judge: try judge(), contestant: try contestant(), at: try at())
        case "sheetReopened":
            self = .sheetReopened(
                chief: try fields.decode(Int.self, forKey: .chief), judge: try judge(), contestant: try contestant(),
                reason: try fields.decode(String.self, forKey: .reason), at: try at())
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: fields, debugDescription: "unknown practical event type \(other)")
        }
    }
}
