import ContestCore
import ContestProtocol

/// Who a connection speaks for once its `hello` was accepted.
public enum Identity: Sendable, Hashable {
    case host
    case judge(Int)
    case team(TeamID, seat: Int)
    case screen

    /// The actor the contest core checks commands against; screens have none.
    public var actor: Actor? {
        switch self {
        case .host: .host
        case .judge(let number): .judge(number)
        case .team(let team, let seat): .team(team, seat: seat)
        case .screen: nil
        }
    }

    /// Hosts and judges see the answer key; everyone else the public view.
    public var isOfficial: Bool {
        switch self {
        case .host, .judge: true
        case .team, .screen: false
        }
    }

    public var role: ClientMessage.Role {
        switch self {
        case .host: .host
        case .judge: .judge
        case .team: .team
        case .screen: .screen
        }
    }

    /// How logs name the connection: `host`, `judge 2`, `team 3 seat 1`, `screen`.
    public var logName: String {
        switch self {
        case .host: "host"
        case .judge(let number): "judge \(number)"
        case .team(let team, let seat): "team \(team) seat \(seat)"
        case .screen: "screen"
        }
    }
}
