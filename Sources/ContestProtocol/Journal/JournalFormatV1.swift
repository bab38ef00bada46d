/// Reads records of journal format 1, the synthesized coding written before this protocol existed.
///
/// Format 1 spelt an enum case as a one-key object (`{"answered": {"_0": 3}}`, `{"host": {}}`) and an
/// unlabelled value as `_0`. Rather than keep that coding alive in the core (where renaming a case would
/// silently break old journals), each record is translated here into the format-2 shape and read by
/// the format-2 decoders; the names below are frozen with format 1.
enum JournalFormatV1 {
    /// The record `object` holds, if it is a format-1 `header` or `entry`; nil for anything else.
    static func record(_ object: JSONObject) throws(ProtocolDecodingError) -> JournalRecord? {
        guard let (name, payload) = tag(object), name == "header" || name == "entry" else { return nil }
        let fields = try JSONObject(payload.node("_0") ?? JSONNode(.object([])), at: object.path.appending(name))
        if name == "header" {
            let members = fields.members.map { member in
                JSONMember(key: member.key == "version" ? "protocolVersion" : member.key, node: member.node)
            }
            return .header(try JournalHeader(json: tagged("header", members), at: fields.path))
        }
        let members = try fields.members.map { member throws(ProtocolDecodingError) in
            let path = fields.path.appending(member.key)
            switch member.key {
            case "actor":
                return JSONMember(key: "actor", node: try translate(member.node, at: path, renaming: actorLabels))
            case "action": return JSONMember(key: "action", node: try action(member.node, at: path))
            case "events":
                guard case .array(let items) = member.node.value else {
                    throw .wrongKind("array", member.node, at: path)
                }
                let events = try items.enumerated().map { index, item throws(ProtocolDecodingError) in
                    try event(item, at: path.appending(index))
                }
                return JSONMember(key: "events", node: JSONNode(.array(events)))
            default: return member
            }
        }
        return .entry(try JournalEntry(json: tagged("entry", members), at: fields.path))
    }

    /// What `_0` (and `_1`) stood for in each format-1 case that had unlabelled values.
    static let actorLabels = ["judge": "judge", "team": "team"]
    static let actionLabels = ["startSegment": "segment", "rule": "verdict", "pickTier": "tier"]
    static let rulerLabels = ["judge": "judge"]
    static let outcomeLabels = ["answered": "team"]
    static let submissionLabels = ["choices": "choices", "truth": "truth", "text": "text"]

    /// An event: its fields were labelled in format 1 too; only nested enums change shape.
    static func event(_ node: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) -> JSONNode {
        let (name, payload) = try requireTag(node, at: path)
        let members = try payload.members.map { member throws(ProtocolDecodingError) in
            let inner = path.appending(member.key)
            switch (name, member.key) {
            case ("questionClosed", "outcome"):
                return JSONMember(key: member.key, node: try translate(member.node, at: inner, renaming: outcomeLabels))
            case ("answerRuled", "by"):
                return JSONMember(key: member.key, node: try translate(member.node, at: inner, renaming: rulerLabels))
            case ("answerSubmitted", "answer"):
                return JSONMember(
                    key: member.key, node: try translate(member.node, at: inner, renaming: submissionLabels))
            case ("pointsAwarded", "entry"):
                return JSONMember(key: member.key, node: try scoreEntry(member.node, at: inner))
            default:
                return member
            }
        }
        return tagged(name, members)
    }

    static func scoreEntry(_ node: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) -> JSONNode {
        let object = try JSONObject(node, at: path)
        let members = try object.members.map { member throws(ProtocolDecodingError) in
            member.key == "reason"
                ? JSONMember(
                    key: "reason", node: try translate(member.node, at: path.appending("reason"), renaming: [:]))
                : member
        }
        return JSONNode(.object(members), offset: node.offset)
    }

    /// An action: unlabelled values get their names, an answer's submission and an on-behalf action
    /// are flattened into the action object as clients send them.
    static func action(_ node: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) -> JSONNode {
        let (name, payload) = try requireTag(node, at: path)
        switch name {
        case "answer":
            let submission = try translate(
                payload.node("_0") ?? node, at: path.appending("_0"), renaming: submissionLabels)
            let fields = try JSONObject(submission, at: path).members.filter { $0.key != "type" }
            return tagged("answer", fields)
        case "onBehalf":
            let inner = try action(payload.node("_1") ?? node, at: path.appending("_1"))
            let team = payload.members.filter { $0.key == "team" }
            return JSONNode(.object(try JSONObject(inner, at: path).members + team))
        case "showQuestion":
            return tagged(
                name, payload.members.map { JSONMember(key: $0.key == "id" ? "question" : $0.key, node: $0.node) })
        default:
            return try translate(node, at: path, renaming: actionLabels)
        }
    }

    /// `{"case": {"_0": v, "label": w}}` → `{"type": "case", "<name of _0>": v, "label": w}`.
    static func translate(_ node: JSONNode, at path: JSONPath, renaming labels: [String: String])
        throws(ProtocolDecodingError) -> JSONNode
    {
        let (name, payload) = try requireTag(node, at: path)
        let members = payload.members.map { member in
            member.key == "_0" ? JSONMember(key: labels[name] ?? "_0", node: member.node) : member
        }
        return tagged(name, members)
    }

    static func tag(_ object: JSONObject) -> (String, JSONObject)? {
        guard object.members.count == 1, let member = object.members.first,
            let payload = try? JSONObject(member.node, at: object.path.appending(member.key))
        else { return nil }
        return (member.key, payload)
    }

    static func requireTag(_ node: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) -> (String, JSONObject) {
        guard let found = tag(try JSONObject(node, at: path)) else {
            throw ProtocolDecodingError(
                .badValue("第 1 版记录的格式不对 not a format-1 tagged value"), at: path, offset: node.offset)
        }
        return found
    }

    static func tagged(_ type: String, _ members: [JSONMember]) -> JSONNode {
        JSONNode(.object([JSONMember(key: "type", node: JSONNode(.string(type)))] + members))
    }
}
