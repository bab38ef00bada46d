import ContestCore

/// A public view with the moment it arrived, so the countdown runs on the console's own clock.
public struct LiveView: Sendable, Hashable {
    public var view: PublicView
    /// Monotonic microseconds when the view arrived.
    public var receivedAt: Int64

    public init(_ view: PublicView, receivedAt: Int64) {
        self.view = view
        self.receivedAt = receivedAt
    }

    /// Microseconds left on the running timer at `now`; frozen while paused; nil without a timer.
    public func remaining(at now: Int64) -> Int64? {
        guard let remaining = view.remaining else { return nil }
        return view.paused ? remaining : max(0, remaining - max(0, now - receivedAt))
    }

    /// `18 秒`, `暂停 18 秒`, or nil without a timer.
    public func countdownText(at now: Int64) -> String? {
        remaining(at: now).map { (view.paused ? "暂停 " : "") + "\(ScoreText.seconds($0)) 秒" }
    }

    /// Whether the time left is short enough to warn in colour.
    public func isUrgent(at now: Int64) -> Bool {
        remaining(at: now).map { $0 <= 5_000_000 } ?? false
    }
}
