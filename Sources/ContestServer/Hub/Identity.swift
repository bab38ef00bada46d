import ContestCore
import ContestProtocol

/// Who a connection speaks for once its `hello` was accepted: a role of the final or of the exam day.
public enum Identity: Sendable, Hashable {
    case host
    case judge(Int)
    case team(TeamID, seat: Int)
    case screen
    /// A candidate of the written exam, by admission number.
    case candidate(String)
    case proctor(Int)
    case marker(Int)
    /// A judge of the practical round (实操评委), numbered as their token.
    case practicalJudge(Int)

    /// The actor the contest core checks commands against; screens and the exam's roles have none.
    public var actor: Actor? {
        switch self {
        case .host: .host
        case .judge(let number): .judge(number)
        case .team(let team, let seat): .team(team, seat: seat)
        case .screen, .candidate, .proctor, .marker, .practicalJudge: nil
        }
    }

    /// The final's role, as its welcome and the host's presence list name it; nil for the exam's roles.
    public var role: ClientMessage.Role? {
        switch self {
        case .host: .host
        case .judge: .judge
        case .team: .team
        case .screen: .screen
        case .candidate, .proctor, .marker, .practicalJudge: nil
        }
    }

    /// The large audience that hears a change last, after everyone who acts on it: the final's screens.
    public var isCrowd: Bool { self == .screen }

    /// Whether each message needs the kernel's stamp of its own last byte: the final's officials and
    /// teams, whose buzzes are ordered by it. Screens send nothing that is ordered, the exam's pages
    /// nothing that races.
    public var needsArrivalStamps: Bool {
        switch self {
        case .host, .judge, .team: true
        case .screen, .candidate, .proctor, .marker, .practicalJudge: false
        }
    }

    /// How logs name the connection: `host`, `judge 2`, `team 3 seat 1`, `screen`, `candidate 2026120001`.
    public var logName: String {
        switch self {
        case .host: "host"
        case .judge(let number): "judge \(number)"
        case .team(let team, let seat): "team \(team) seat \(seat)"
        case .screen: "screen"
        case .candidate(let candidate): "candidate \(candidate)"
        case .proctor(let number): "proctor \(number)"
        case .marker(let number): "marker \(number)"
        case .practicalJudge(let number): "practical judge \(number)"
        }
    }
}
