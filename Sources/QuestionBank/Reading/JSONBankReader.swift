import ContestProtocol

/// Reads the canonical `quiz-bank/1` JSON format, reporting keys of the wrong kind, and validates
/// each question as it goes.
///
/// The parser gives a tree with offsets; this reader walks it once, so a 100,000-question bank is
/// checked without building any intermediate `Codable` model.
enum JSONBankReader {
    /// The `format` value of the canonical bank format; others are read the same way, with a warning.
    static let formatName = "quiz-bank/1"

    /// The bank-level keys, kept apart until the questions are validated.
    struct Header {
        var title = ""
        var language = "zh-CN"
    }

    static func read(_ root: JSONNode, collector: inout DiagnosticCollector) -> Bank {
        var header = Header()
        guard case .object(let members) = root.value else {
            collector.report(.bankNotObject, at: root.offset)
            return Bank(title: header.title, language: header.language, questions: [])
        }
        var validator = BankValidator(expectedCount: 0)
        var sawQuestions = false
        var seenKeys: Set<String> = []
        for member in members {
            if !seenKeys.insert(member.key).inserted {
                collector.report(.duplicateKey(member.key), at: member.keyOffset)
                continue
            }
            switch member.key {
            case "format":
                if let format = string(member, &collector), format != formatName {
                    collector.report(.unknownFormat(format), at: member.node.offset)
                }
            case "title": header.title = string(member, &collector) ?? ""
            case "language": header.language = string(member, &collector) ?? header.language
            case "questions":
                sawQuestions = true
                guard case .array(let elements) = member.node.value else {
                    collector.report(.wrongType(field: "questions", expected: .array), at: member.node.offset)
                    continue
                }
                validator = BankValidator(expectedCount: elements.count)
                for element in elements {
                    guard case .object(let fields) = element.value else {
                        collector.report(.questionNotObject, at: element.offset)
                        continue
                    }
                    validator.add(draft(fields, offset: element.offset, &collector), collector: &collector)
                }
            default:
                collector.report(.unknownField(member.key), at: member.keyOffset)
            }
        }
        if !sawQuestions { collector.report(.missingQuestions, at: root.offset) }
        return Bank(title: header.title, language: header.language, questions: validator.questions)
    }

    private static func draft(
        _ members: [JSONMember], offset: Int, _ collector: inout DiagnosticCollector
    ) -> QuestionDraft {
        var draft = QuestionDraft(offset: offset)
        var seen: UInt16 = 0
        for member in members {
            guard let field = BankField(rawValue: member.key) else {
                collector.report(.unknownField(member.key), at: member.keyOffset)
                continue
            }
            let bit = field.bit
            if seen & bit != 0 {
                collector.report(.duplicateKey(member.key), at: member.keyOffset)
                continue
            }
            seen |= bit
            if case .null = member.node.value { continue }
            let at = member.node.offset
            let reportedBefore = collector.diagnostics.count
            switch field {
            case .id: draft.id = string(member, &collector).map { Located(value: $0, offset: at) }
            case .type: draft.type = string(member, &collector).map { Located(value: $0, offset: at) }
            case .stem: draft.stem = string(member, &collector).map { Located(value: $0, offset: at) }
            case .options:
                draft.optionsOffset = at
                draft.options = stringArray(member, &collector) ?? []
            case .answer: draft.answer = answer(member, &collector)
            case .category: draft.category = string(member, &collector) ?? ""
            case .difficulty: draft.difficulty = numberOrString(member, &collector)
            case .points: draft.points = numberOrString(member, &collector)
            case .explanation: draft.explanation = string(member, &collector) ?? ""
            case .source: draft.source = string(member, &collector) ?? ""
            }
            if collector.diagnostics.count > reportedBefore { draft.brokenFields.insert(field) }
        }
        if draft.optionsOffset == nil { draft.optionsOffset = offset }
        return draft
    }

    private static func string(_ member: JSONMember, _ collector: inout DiagnosticCollector) -> String? {
        if case .string(let text) = member.node.value { return text }
        collector.report(.wrongType(field: member.key, expected: .string), at: member.node.offset)
        return nil
    }

    private static func stringArray(
        _ member: JSONMember, _ collector: inout DiagnosticCollector
    ) -> [Located<String>]? {
        guard case .array(let elements) = member.node.value else {
            collector.report(.wrongType(field: member.key, expected: .stringArray), at: member.node.offset)
            return nil
        }
        var result: [Located<String>] = []
        for element in elements {
            if case .string(let text) = element.value {
                result.append(Located(value: text, offset: element.offset))
            } else {
                collector.report(.wrongType(field: member.key, expected: .stringArray), at: element.offset)
                return nil
            }
        }
        return result
    }

    private static func numberOrString(
        _ member: JSONMember, _ collector: inout DiagnosticCollector
    ) -> Located<String>? {
        switch member.node.value {
        case .number(let text), .string(let text): return Located(value: text, offset: member.node.offset)
        case .object, .array, .bool, .null:
            collector.report(.wrongType(field: member.key, expected: .integer), at: member.node.offset)
            return nil
        }
    }

    private static func answer(_ member: JSONMember, _ collector: inout DiagnosticCollector) -> Located<RawAnswer>? {
        let at = member.node.offset
        switch member.node.value {
        case .string(let text): return Located(value: .text(text), offset: at)
        case .bool(let value): return Located(value: .truth(value), offset: at)
        case .array:
            guard let items = stringArray(member, &collector) else { return nil }
            return Located(value: .list(items), offset: at)
        case .object, .number, .null:
            collector.report(.wrongType(field: member.key, expected: .answer), at: at)
            return nil
        }
    }
}
