import ContestCore

/// Every marking event as a tagged object named like the case, fields named like its labels, as the
/// contest's journal writes its events: `{"type": "scriptFinal", "script": 12, "points": 7.5}`.
extension MarkingEvent: Codable {
    enum CodingKeys: String, CodingKey {
        case type, script, candidate, question, text, max, markers, marker, points, note, at
    }

    /// The case's name, which is its `type` in the journal.
    public var typeName: String {
        switch self {
        case .scriptAdded: "scriptAdded"
        case .markGiven: "markGiven"
        case .thirdMarkerAssigned: "thirdMarkerAssigned"
        case .scriptFinal: "scriptFinal"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var fields = encoder.container(keyedBy: CodingKeys.self)
        try fields.encode(typeName, forKey: .type)
        switch self {
        case .scriptAdded(let script, let candidate, let question, let text, let max, let markers):
            try fields.encode(script, forKey: .script)
            try fields.encode(candidate, forKey: .candidate)
            try fields.encode(question, forKey: .question)
            try fields.encode(text, forKey: .text)
            try fields.encode(max, forKey: .max)
            try fields.encode(markers, forKey: .markers)
        case .markGiven(let marker, let script, let points, let note, let at):
            try fields.encode(marker, forKey: .marker)
            try fields.encode(script, forKey: .script)
            try fields.encode(points, forKey: .points)
            try fields.encode(note, forKey: .note)
            try fields.encode(at, forKey: .at)
        case .thirdMarkerAssigned(let script, let marker):
            try fields.encode(script, forKey: .script)
            try fields.encode(marker, forKey: .marker)
        case .scriptFinal(let script, let points):
            try fields.encode(script, forKey: .script)
            try fields.encode(points, forKey: .points)
        }
    }

    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        switch try fields.decode(String.self, forKey: .type) {
        case "scriptAdded":
            self = .scriptAdded(
                script: try fields.decode(Int.self, forKey: .script),
                candidate: try fields.decode(String.self, forKey: .candidate),
                question: try fields.decode(String.self, forKey: .question),
                text: try fields.decode(String.self, forKey: .text), max: try fields.decode(Points.self, forKey: .max),
                markers: try fields.decode([Int].self, forKey: .markers))
        case "markGiven":
            self = .markGiven(
                marker: try fields.decode(Int.self, forKey: .marker),
                script: try fields.decode(Int.self, forKey: .script),
                points: try fields.decode(Points.self, forKey: .points),
                note: try fields.decode(String.self, forKey: .note), at: try fields.decode(Micros.self, forKey: .at))
        case "thirdMarkerAssigned":
            self = .thirdMarkerAssigned(
                script: try fields.decode(Int.self, forKey: .script),
                marker: try fields.decode(Int.self, forKey: .marker))
        case "scriptFinal":
            self = .scriptFinal(
                script: try fields.decode(Int.self, forKey: .script),
                points: try fields.decode(Points.self, forKey: .points))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: fields, debugDescription: "unknown marking event type \(other)")
        }
    }
}
