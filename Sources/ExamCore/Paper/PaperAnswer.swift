import ContestCore

/// A question's key in `paper.json`: which kind it is and the one value it needs, readable without Swift.
///
/// `{"kind": "choices", "choices": [0, 2]}` (option indices, 0 = A), `{"kind": "truth", "truth": false}`,
/// `{"kind": "accepted", "accepted": ["跑腿"]}` (every accepted spelling, synonyms included), or
/// `{"kind": "reference", "reference": "…", "markingPoints": ["…", "…"]}` for short answers and essays,
/// the points split from the reference at ①②③… (empty when it has none).
public struct PaperAnswer: Codable, Sendable, Hashable {
    public var answer: Answer

    public init(_ answer: Answer) { self.answer = answer }

    enum CodingKeys: String, CodingKey {
        case kind, choices, truth, accepted, reference, markingPoints, display
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(answer.display, forKey: .display)
        switch answer {
        case .choices(let indices):
            try container.encode("choices", forKey: .kind)
            try container.encode(indices, forKey: .choices)
        case .truth(let value):
            try container.encode("truth", forKey: .kind)
            try container.encode(value, forKey: .truth)
        case .accepted(let spellings):
            try container.encode("accepted", forKey: .kind)
            try container.encode(spellings, forKey: .accepted)
        case .reference(let text):
            try container.encode("reference", forKey: .kind)
            try container.encode(text, forKey: .reference)
            try container.encode(Self.markingPoints(text), forKey: .markingPoints)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "choices": answer = .choices(try container.decode([Int].self, forKey: .choices))
        case "truth": answer = .truth(try container.decode(Bool.self, forKey: .truth))
        case "accepted": answer = .accepted(try container.decode([String].self, forKey: .accepted))
        case "reference": answer = .reference(try container.decode(String.self, forKey: .reference))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown answer kind \(other)")
        }
    }

    /// The marking points of a reference answer: the pieces after ①, ②, … ⑳, trimmed of separators.
    public static func markingPoints(_ reference: String) -> [String] {
        let circled: ClosedRange<Unicode.Scalar> = "\u{2460}"..."\u{2473}"
        var points: [String] = []
        var current: String?
        for character in reference {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                circled.contains(scalar)
            {
                if let text = current { points.append(text) }
                current = ""
            } else if current != nil {
                current?.append(character)
            }
        }
        if let text = current { points.append(text) }
        let separators: Set<Character> = ["；", ";", "。", "，", ",", " ", "\n", "\t"]
        return points.map { String($0.reversed().drop(while: separators.contains).reversed()) }.filter { !$0.isEmpty }
    }
}
