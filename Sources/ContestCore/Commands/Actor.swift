/// Who sent a command; the reducer checks every action against it.
public enum Actor: Sendable, Hashable {
    case host
    case judge(Int)
    case team(TeamID, seat: Int)
    /// The shell itself: timer ticks.
    case system
}

extension Actor {
    var isJudge: Bool {
        if case .judge = self { return true }
        return false
    }

    var isTeam: Bool {
        if case .team = self { return true }
        return false
    }
}
