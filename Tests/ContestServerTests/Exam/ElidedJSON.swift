import ContestProtocol

/// A JSON text laid out for a reader: one member per line, long lists cut to their first items.
///
/// docs/exam.md shows the server's real messages; a candidate's welcome holds the whole paper, so
/// lists past `keep` items show their first ones and a `/* … N more */` line.
enum ElidedJSON {
    static func text(_ bytes: [UInt8], keep: Int = 2) -> String {
        guard let node = try? JSONParser.parse(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out = ""
        write(node, indent: "", keep: keep, into: &out)
        return out
    }

    private static func write(_ node: JSONNode, indent: String, keep: Int, into out: inout String) {
        let inner = indent + "  "
        switch node.value {
        case .object(let members):
            guard !members.isEmpty, !isFlat(node) else { return out += flat(node) }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += inner + String(decoding: JSONWriter.encode(member.key), as: UTF8.self) + ": "
                write(member.node, indent: inner, keep: keep, into: &out)
                out += index < members.count - 1 ? ",\n" : "\n"
            }
            out += indent + "}"
        case .array(let items):
            guard !items.isEmpty, !isFlat(node) || items.count > keep + 1 else { return out += flat(node) }
            let shown = items.count > keep + 1 ? Array(items.prefix(keep)) : items
            out += "[\n"
            for (index, item) in shown.enumerated() {
                out += inner
                write(item, indent: inner, keep: keep, into: &out)
                out += index < shown.count - 1 || shown.count < items.count ? ",\n" : "\n"
            }
            if shown.count < items.count { out += inner + "/* … \(items.count - shown.count) more */\n" }
            out += indent + "]"
        default:
            out += flat(node)
        }
    }

    /// Short values of scalars only stay on one line.
    private static func isFlat(_ node: JSONNode) -> Bool {
        let scalars: Bool =
            switch node.value {
            case .object(let members): members.allSatisfy { isScalar($0.node) }
            case .array(let items): items.allSatisfy(isScalar)
            default: true
            }
        return scalars && flat(node).count <= 100
    }

    private static func isScalar(_ node: JSONNode) -> Bool {
        switch node.value {
        case .object, .array: false
        default: true
        }
    }

    private static func flat(_ node: JSONNode) -> String {
        switch node.value {
        case .object(let members):
            "{"
                + members.map { String(decoding: JSONWriter.encode($0.key), as: UTF8.self) + ":" + flat($0.node) }
                .joined(separator: ",") + "}"
        case .array(let items): "[" + items.map(flat).joined(separator: ",") + "]"
        case .string(let text): String(decoding: JSONWriter.encode(text), as: UTF8.self)
        case .number(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        }
    }
}
