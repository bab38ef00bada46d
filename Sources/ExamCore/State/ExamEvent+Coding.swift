import ContestCore

/// Every event as a tagged object named like the case, fields named like its labels, as the final's journal:
/// `{"type": "answerSaved", "candidate": "2026120001", "question": "Q7", "choices": [1], "at": …}`; the answer
/// as the flat `choices` / `truth` / `text` field of a `saveAnswer` message.
extension ExamEvent: Codable {
    enum CodingKeys: String, CodingKey {
        case type, candidate, question, choices, truth, text, minutes, deadline, reason, by, at
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(typeName, forKey: .type)
        try container.encode(candidate, forKey: .candidate)
        switch self {
        case .entered, .paperSubmitted, .leftPage, .paperClosed: break
        case .answerSaved(_, let question, let answer, _):
            try container.encode(question, forKey: .question)
            switch answer {
            case .choices(let picked): try container.encode(picked, forKey: .choices)
            case .truth(let value): try container.encode(value, forKey: .truth)
            case .text(let text): try container.encode(text, forKey: .text)
            }
        case .timeExtended(_, let minutes, let deadline, let reason, let proctor, _):
            try container.encode(minutes, forKey: .minutes)
            try container.encode(deadline, forKey: .deadline)
            try container.encode(reason, forKey: .reason)
            try container.encode(proctor, forKey: .by)
        case .paperReopened(_, let deadline, let reason, let proctor, _):
            try container.encode(deadline, forKey: .deadline)
            try container.encode(reason, forKey: .reason)
            try container.encode(proctor, forKey: .by)
        case .admittedLate(_, let reason, let proctor, _):
            try container.encode(reason, forKey: .reason)
            try container.encode(proctor, forKey: .by)
        }
        try container.encode(at, forKey: .at)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let candidate = try container.decode(String.self, forKey: .candidate)
        let at = try container.decode(Micros.self, forKey: .at)
        func reason() throws -> String { try container.decode(String.self, forKey: .reason) }
        func proctor() throws -> Int { try container.decode(Int.self, forKey: .by) }
        func deadline() throws -> Micros { try container.decode(Micros.self, forKey: .deadline) }
        switch try container.decode(String.self, forKey: .type) {
        case "entered": self = .entered(candidate: candidate, at: at)
        case "answerSaved":
            let question = try container.decode(String.self, forKey: .question)
            self = .answerSaved(candidate: candidate, question: question, answer: try Self.answer(container), at: at)
        case "paperSubmitted": self = .paperSubmitted(candidate: candidate, at: at)
        case "leftPage": self = .leftPage(candidate: candidate, at: at)
        case "timeExtended":
            let minutes = try container.decode(Int.self, forKey: .minutes)
            self = .timeExtended(
                candidate: candidate, minutes: minutes, deadline: try deadline(), reason: try reason(),
                by: try proctor(), at: at)
        case "paperReopened":
            self = .paperReopened(
                candidate: candidate, deadline: try deadline(), reason: try reason(), by: try proctor(), at: at)
        case "admittedLate": self = .admittedLate(candidate: candidate, reason: try reason(), by: try proctor(), at: at)
        case "paperClosed": self = .paperClosed(candidate: candidate, at: at)
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown exam event \(other)")
        }
    }

    /// Exactly one of `choices`, `truth`, `text`.
    private static func answer(_ container: KeyedDecodingContainer<CodingKeys>) throws -> Submission {
        let given = [CodingKeys.choices, .truth, .text].filter(container.contains)
        guard given.count == 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .choices, in: container, debugDescription: "an answer gives one of choices, truth, text")
        }
        switch given[0] {
        case .choices: return .choices(try container.decode([Int].self, forKey: .choices))
        case .truth: return .truth(try container.decode(Bool.self, forKey: .truth))
        default: return .text(try container.decode(String.self, forKey: .text))
        }
    }
}
