import Foundation

/// Everything a console can ask of the server, one case per protocol message (docs/protocol.md §1).
public enum ClientCommand: Sendable, Hashable {
    case hello(role: String, token: String?, seat: Int?, lang: String)
    case startSegment(Int)
    case startTieBreak(segment: Int, teams: [Int])
    case endSegment, finishContest
    case showQuestion(String?)
    case armBuzzers, nextTurn, revealAnswer, void, pause, resume, undo
    case correctScore(team: Int, delta: Double, reason: String)
    case rule(correct: Bool)
    case scoreEssay(team: Int, score: Double)
    /// A team action; `team` set means the host enters it on that team's behalf.
    case team(TeamAction, forTeam: Int?)

    /// What a team does; also what the host enters for a team.
    public enum TeamAction: Sendable, Hashable {
        case buzz, skip, climb, stop, decline
        case pickTier(Int)
        case choices([Int])
        case truth(Bool)
        case text(String)
    }

    /// The message as one line of JSON, keys sorted so the bytes are the same every time.
    public func json(id: String? = nil) -> String {
        var fields = self.fields
        if let id { fields["id"] = id }
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private var fields: [String: Any] {
        switch self {
        case .hello(let role, let token, let seat, let lang):
            var fields: [String: Any] = ["type": "hello", "role": role, "lang": lang]
            if let token { fields["token"] = token }
            if let seat { fields["seat"] = seat }
            return fields
        case .startSegment(let index): return ["type": "startSegment", "segment": index]
        case .startTieBreak(let segment, let teams):
            return ["type": "startTieBreak", "segment": segment, "teams": teams]
        case .endSegment: return ["type": "endSegment"]
        case .finishContest: return ["type": "finishContest"]
        case .showQuestion(let id):
            return id.map { ["type": "showQuestion", "question": $0] } ?? ["type": "showQuestion"]
        case .armBuzzers: return ["type": "armBuzzers"]
        case .nextTurn: return ["type": "nextTurn"]
        case .revealAnswer: return ["type": "revealAnswer"]
        case .void: return ["type": "void"]
        case .pause: return ["type": "pause"]
        case .resume: return ["type": "resume"]
        case .undo: return ["type": "undo"]
        case .correctScore(let team, let delta, let reason):
            return ["type": "correctScore", "team": team, "delta": delta, "reason": reason]
        case .rule(let correct): return ["type": "rule", "verdict": correct ? "correct" : "wrong"]
        case .scoreEssay(let team, let score): return ["type": "scoreEssay", "team": team, "score": score]
        case .team(let action, let team):
            var fields = action.fields
            if let team { fields["team"] = team }
            return fields
        }
    }
}

extension ClientCommand.TeamAction {
    fileprivate var fields: [String: Any] {
        switch self {
        case .buzz: ["type": "buzz"]
        case .skip: ["type": "skip"]
        case .climb: ["type": "climb"]
        case .stop: ["type": "stop"]
        case .decline: ["type": "decline"]
        case .pickTier(let tier): ["type": "pickTier", "tier": tier]
        case .choices(let indices): ["type": "answer", "choices": indices]
        case .truth(let value): ["type": "answer", "truth": value]
        case .text(let text): ["type": "answer", "text": text]
        }
    }
}
