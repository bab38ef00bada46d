import ContestCore

/// Why a message or record could not be read, naming the field and the byte where it starts.
public struct ProtocolDecodingError: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case syntax(JSONSyntaxIssue)
        case missing
        case wrongKind(expected: String, found: String)
        /// A tagged value of a kind this version does not know: from a newer version, or a typo.
        case unknownType(String)
        case badValue(String)
    }

    public var problem: Problem
    public var path: JSONPath
    /// Byte offset in the text where the offending value starts.
    public var offset: Int

    public init(_ problem: Problem, at path: JSONPath, offset: Int) {
        self.problem = problem
        self.path = path
        self.offset = offset
    }

    static func wrongKind(_ expected: String, _ node: JSONNode, at path: JSONPath) -> ProtocolDecodingError {
        ProtocolDecodingError(.wrongKind(expected: expected, found: node.value.kindName), at: path, offset: node.offset)
    }

    /// Whether the only trouble is a kind this version does not know yet.
    public var isUnknownType: Bool {
        if case .unknownType = problem { return true }
        return false
    }

    /// One sentence for a person: what is wrong, and where.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        let place = path.isEmpty ? "" : (zh ? "字段 \(path)：" : "field \(path): ")
        switch problem {
        case .syntax:
            return zh ? "不是合法的 JSON（第 \(offset) 字节）" : "not valid JSON (at byte \(offset))"
        case .missing:
            return zh ? "缺少字段 \(path)" : "missing field \(path)"
        case .wrongKind(let expected, let found):
            return zh ? "\(place)类型不对，应为 \(expected)，却是 \(found)" : "\(place)expected \(expected), found \(found)"
        case .unknownType(let type):
            return zh ? "\(place)未知的类型“\(type)”" : "\(place)unknown type \"\(type)\""
        case .badValue(let detail):
            return "\(place)\(detail)"
        }
    }
}
