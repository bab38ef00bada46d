import ContestCore

/// The secrets that let a console act as the host, a judge or a team, one set per contest.
///
/// Tokens are short enough to read aloud and type (no 0/O or 1/I/L), are written to
/// `DATA/tokens.json` beside the journal, and are compared in constant time so a probing client
/// learns nothing from how fast it is refused.
public struct AccessTokens: Sendable, Hashable {
    public var contest: String
    public var host: String
    public var judges: [JudgeToken]
    public var teams: [TeamToken]

    public struct JudgeToken: Sendable, Hashable {
        public var judge: Int
        public var name: String
        public var token: String

        public init(judge: Int, name: String, token: String) {
            (self.judge, self.name, self.token) = (judge, name, token)
        }
    }

    public struct TeamToken: Sendable, Hashable {
        public var team: TeamID
        public var name: String
        public var token: String

        public init(team: TeamID, name: String, token: String) {
            (self.team, self.name, self.token) = (team, name, token)
        }
    }

    public init(contest: String, host: String, judges: [JudgeToken], teams: [TeamToken]) {
        (self.contest, self.host, self.judges, self.teams) = (contest, host, judges, teams)
    }

    /// The characters tokens are made of: no look-alikes.
    public static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    public static let tokenLength = 10

    /// Fresh tokens for every role of `config`.
    public init(for config: ContestConfig, using generator: inout some RandomNumberGenerator) {
        contest = config.title
        host = Self.token(using: &generator)
        judges = config.judges.map { JudgeToken(judge: $0.number, name: $0.name, token: Self.token(using: &generator)) }
        teams = config.teams.map { TeamToken(team: $0.id, name: $0.name, token: Self.token(using: &generator)) }
    }

    /// These tokens matched to `config`: one added for any judge or team that has none, and those of
    /// judges and teams no longer in it removed, so a stale token admits nobody.
    public func completed(for config: ContestConfig, using generator: inout some RandomNumberGenerator) -> Self {
        var tokens = self
        tokens.judges.removeAll { token in !config.judges.contains { $0.number == token.judge } }
        tokens.teams.removeAll { token in config.team(token.team) == nil }
        for judge in config.judges where !judges.contains(where: { $0.judge == judge.number }) {
            tokens.judges.append(
                JudgeToken(judge: judge.number, name: judge.name, token: Self.token(using: &generator)))
        }
        for team in config.teams where !teams.contains(where: { $0.team == team.id }) {
            tokens.teams.append(TeamToken(team: team.id, name: team.name, token: Self.token(using: &generator)))
        }
        return tokens
    }

    /// Whom `token` admits in `role`: `.host`, `.judge(n)` or `.team(id)`; `nil` when it admits no one.
    ///
    /// Every token of the role is compared in full whatever matches, so timing says nothing.
    public func holder(of token: String, as role: ClientMessage.Role) -> Holder? {
        let offered = Array(token.utf8)
        var found: Holder?
        switch role {
        case .host:
            if Self.constantTimeEqual(offered, Array(host.utf8)) { found = .host }
        case .judge:
            for entry in judges where Self.constantTimeEqual(offered, Array(entry.token.utf8)) {
                found = .judge(entry.judge)
            }
        case .team:
            for entry in teams where Self.constantTimeEqual(offered, Array(entry.token.utf8)) {
                found = .team(entry.team)
            }
        case .screen:
            break
        }
        return found
    }

    /// Who a token belongs to.
    public enum Holder: Sendable, Hashable {
        case host
        case judge(Int)
        case team(TeamID)
    }

    /// Equal bytes, in time that depends only on the lengths.
    public static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: lhs.count ^ rhs.count)
        if lhs.count != rhs.count { difference |= 1 }
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= left ^ right
        }
        return difference == 0
    }

    /// One fresh token: `tokenLength` characters of `alphabet`.
    public static func token(using generator: inout some RandomNumberGenerator) -> String {
        String((0..<tokenLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

/// `tokens.json` and the host's `welcome`: `{"contest", "host", "judges": [{"judge", "name", "token"}], "teams": [{"team", "name", "token"}]}`.
extension AccessTokens: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("contest", contest)
            fields.field("host", host)
            fields.field("judges") { json in
                json.array(judges) { json, judge in
                    json.object {
                        $0.field("judge", judge.judge)
                        $0.field("name", judge.name)
                        $0.field("token", judge.token)
                    }
                }
            }
            fields.field("teams") { json in
                json.array(teams) { json, team in
                    json.object {
                        $0.field("team", team.team)
                        $0.field("name", team.name)
                        $0.field("token", team.token)
                    }
                }
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            contest: try o.decodeIfPresent("contest") ?? "", host: try o.decode("host"),
            judges: try o.decodeIfPresent("judges", as: [JudgeToken].self) ?? [],
            teams: try o.decodeIfPresent("teams", as: [TeamToken].self) ?? [])
    }
}

extension AccessTokens.JudgeToken: JSONDecodable {
    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(judge: try o.decode("judge"), name: try o.decodeIfPresent("name") ?? "", token: try o.decode("token"))
    }
}

extension AccessTokens.TeamToken: JSONDecodable {
    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(team: try o.decode("team"), name: try o.decodeIfPresent("name") ?? "", token: try o.decode("token"))
    }
}
