/// Every role's token, sent to the host console so it can hand out a lost one on the day.
public struct TokenList: Sendable, Hashable, Decodable {
    public var host: String
    public var judges: [Holder]
    public var teams: [Holder]

    public struct Holder: Sendable, Hashable, Decodable {
        public var number: Int
        public var name: String
        public var token: String

        public init(number: Int, name: String, token: String) {
            (self.number, self.name, self.token) = (number, name, token)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decodeIfPresent(Int.self, forKey: .team) ?? c.decode(Int.self, forKey: .judge)
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
            token = try c.decode(String.self, forKey: .token)
        }

        private enum CodingKeys: String, CodingKey { case team, judge, name, token }
    }

    public init(host: String, judges: [Holder] = [], teams: [Holder] = []) {
        (self.host, self.judges, self.teams) = (host, judges, teams)
    }
}
