import ContestCore
import ContestProtocol

extension ExamClientMessage: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .hello(let hello):
                fields.type("hello")
                fields.field("role", hello.role)
                fields.field("token", hello.token)
                fields.field("candidate", hello.candidate)
                fields.field("lang", hello.language)
            case .ping(let id):
                fields.type("ping")
                fields.field("id", id)
            case .request(let request, let id):
                fields.type(request.type)
                fields.field("id", id)
                request.encodeFields(into: &fields)
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        let id = try o.messageID()
        let type = try o.type()
        switch type {
        case "hello":
            self = .hello(
                Hello(
                    role: try o.decode("role"), token: try o.decode("token"),
                    candidate: try o.decodeIfPresent("candidate"),
                    language: try o.helloLanguage()))
        case "ping": self = .ping(id: id)
        case "saveAnswer":
            self = .request(
                .saveAnswer(question: try o.decode("question"), answer: try Submission(answerFieldsOf: o)), id: id)
        case "submitPaper": self = .request(.submitPaper, id: id)
        case "leftPage": self = .request(.leftPage, id: id)
        case "extendTime":
            self = .request(
                .extendTime(
                    candidate: try o.decode("candidate"), minutes: try o.decode("minutes"),
                    reason: try o.decode("reason")),
                id: id)
        case "reopenPaper":
            self = .request(
                .reopenPaper(
                    candidate: try o.decode("candidate"), minutes: try o.decode("minutes"),
                    reason: try o.decode("reason")),
                id: id)
        case "admitLate":
            self = .request(.admitLate(candidate: try o.decode("candidate"), reason: try o.decode("reason")), id: id)
        case "openScript": self = .request(.openScript(script: try o.decode("script")), id: id)
        case "markScript":
            self = .request(
                .markScript(
                    script: try o.decode("script"), points: try o.decode("points"),
                    note: try o.decodeIfPresent("note") ?? ""),
                id: id)
        case "scoreItem":
            self = .request(
                .scoreItem(
                    contestant: try o.decode("contestant"), item: try o.decode("item"), points: try o.decode("points")),
                id: id)
        case "signSheet": self = .request(.signSheet(contestant: try o.decode("contestant")), id: id)
        case "reopenSheet":
            self = .request(
                .reopenSheet(
                    judge: try o.decode("judge"), contestant: try o.decode("contestant"), reason: try o.decode("reason")
                ),
                id: id)
        default: throw o.unknownType(type)
        }
    }
}

extension ExamClientMessage.Request {
    /// Writes the request's own fields (after `type` and `id`).
    func encodeFields(into fields: inout JSONObjectWriter) {
        switch self {
        case .saveAnswer(let question, let answer):
            fields.field("question", question)
            answer.encodeFields(into: &fields)
        case .submitPaper, .leftPage: break
        case .extendTime(let candidate, let minutes, let reason), .reopenPaper(let candidate, let minutes, let reason):
            fields.field("candidate", candidate)
            fields.field("minutes", minutes)
            fields.field("reason", reason)
        case .admitLate(let candidate, let reason):
            fields.field("candidate", candidate)
            fields.field("reason", reason)
        case .openScript(let script): fields.field("script", script)
        case .markScript(let script, let points, let note):
            fields.field("script", script)
            fields.field("points", points)
            fields.field("note", note)
        case .scoreItem(let contestant, let item, let points):
            fields.field("contestant", contestant)
            fields.field("item", item)
            fields.field("points", points)
        case .signSheet(let contestant): fields.field("contestant", contestant)
        case .reopenSheet(let judge, let contestant, let reason):
            fields.field("judge", judge)
            fields.field("contestant", contestant)
            fields.field("reason", reason)
        }
    }
}
