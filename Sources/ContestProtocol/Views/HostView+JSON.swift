import ContestCore

/// The officials' view; `essayScores` is an object keyed by judge number (`{"1": 18, "2": 17.5}`).
extension HostView: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("view", view)
            fields.field("answerKey", answerKey)
            fields.field("explanation", explanation)
            fields.field("pending", pending)
            fields.field("undoDepth", undoDepth)
            fields.field("essayScores") { json in
                json.object { scores in
                    for (judge, score) in essayScores.sorted(by: { $0.key < $1.key }) {
                        scores.field("\(judge)", score)
                    }
                }
            }
            fields.field("recentScores", recentScores)
            fields.field("nextDeadline", nextDeadline)
            fields.field("segments", segments)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        var scores: [Int: Points] = [:]
        if let node = o.node("essayScores") {
            let object = try JSONObject(node, at: path.appending("essayScores"))
            for member in object.members {
                guard let judge = Int(member.key) else {
                    throw ProtocolDecodingError(
                        .badValue("裁判编号“\(member.key)”不是数字 judge number is not a number"),
                        at: object.path.appending(member.key), offset: member.keyOffset)
                }
                scores[judge] = try Points(json: member.node, at: object.path.appending(member.key))
            }
        }
        self.init(
            view: try o.decode("view"), answerKey: try o.decodeIfPresent("answerKey"),
            explanation: try o.decodeIfPresent("explanation"), pending: try o.decodeIfKnown("pending"),
            undoDepth: try o.decodeIfPresent("undoDepth") ?? 0, essayScores: scores,
            recentScores: try o.decodeKnownElements("recentScores"),
            nextDeadline: try o.decodeIfPresent("nextDeadline"),
            segments: try o.decodeKnownElements("segments"))
    }
}
