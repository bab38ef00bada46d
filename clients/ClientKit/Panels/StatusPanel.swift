import ContestCore

/// The top lines every console shares: the contest title and whether we are connected.
public enum StatusPanel {
    /// `● 在线`, `○ 连接中…`, `○ 离线 3 秒后重连：reason`, `✗ 被拒绝：reason`.
    public static func link(_ status: LinkStatus, now: Int64) -> Line {
        switch status {
        case .online: Line("● 在线", style: Theme.good)
        case .connecting: Line("○ 连接中…", style: Theme.alert)
        case .offline(let reason, let retryAt):
            Line("○ 离线，\(ScoreText.seconds(retryAt - now)) 秒后重连：\(reason)", style: Theme.bad)
        case .refused(let reason): Line("✗ 被拒绝：\(reason)", style: Theme.bad)
        }
    }

    /// The title on the left and `right` on the right, the title cut first when both do not fit.
    public static func titleLine(_ title: String, right: Line, width: Int) -> Line {
        let room = max(0, width - right.width - 1)
        let left = Line(title, style: Theme.title).truncated(to: room).padded(to: room)
        return (left + " " + right).truncated(to: width)
    }

    /// `抢答题（2/6）· 进行中`, with the pause shown loudly.
    public static func segmentText(_ view: PublicView) -> Line {
        var text = Labels.stage(view.stage)
        if let segment = view.segment { text = "\(segment.title) · " + text }
        var line = Line(text, style: Theme.heading)
        if view.paused { line = line + Line("  ‖ 已暂停", style: Theme.alert) }
        return line
    }

    /// A rule across the screen.
    public static func rule(width: Int) -> Line {
        Line(String(repeating: "─", count: max(0, width)), style: Theme.dim)
    }
}
