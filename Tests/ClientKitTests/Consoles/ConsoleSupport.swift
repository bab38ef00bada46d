import ClientKit
import ContestCore
import ContestProtocol

/// The plain text of every rendered row.
func texts(_ lines: [Line]) -> [String] { lines.map(\.plainText) }

extension TeamConsole {
    /// Team 3 南湖队 at seat 1, online, welcomed at `now` with `view`.
    static func joined(_ view: PublicView?, now: Int64 = 1_000_000) -> TeamConsole {
        var console = TeamConsole(token: "HWN956WJHF", seat: 1)
        console.linkChanged(.online, now: 0)
        var welcome = Welcome(
            role: .team, lang: .chinese, serverTime: now, view: .public(view ?? PublicView(title: Fixtures.title)))
        (welcome.team, welcome.seat, welcome.teamName) = (3, 1, "南湖队")
        _ = console.receive(.welcome(welcome), now: now)
        return console
    }

}

extension Console {
    /// Whether any row of the 120×30 screen contains `text`.
    func shows(_ text: String, now: Int64 = 2_000_000) -> Bool {
        render(width: 120, height: 30, now: now).contains { $0.plainText.contains(text) }
    }
}

extension HostConsole {
    /// The host's view of team 3 answering P1-010, with its pending answer and two recent scores.
    static var hostView: HostView {
        var host = HostView(view: Fixtures.buzzView(), answerKey: "ABDE", undoDepth: 2)
        host.explanation = "统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑。"
        host.pending = .choices([1, 3])
        host.recentScores = [
            ScoreEntry(team: 3, delta: -10, reason: .wrong(question: "P1-010"), segment: 1, at: 0),
            ScoreEntry(
                team: 6, delta: Points(hundredths: 250), reason: .correction(reason: "读错题号"), segment: nil, at: 0),
        ]
        host.segments = [
            .init(index: 0, title: "速答题", kind: .speed), .init(index: 1, title: "抢答题", kind: .buzz),
            .init(index: 5, title: "加赛", kind: .tieBreak),
        ]
        return host
    }

    /// A console of `role`, online and welcomed at `now` with `view`.
    static func joined(_ role: Role, _ view: HostView = hostView, now: Int64 = 1_000_000) -> HostConsole {
        var console = HostConsole(role: role, token: role == .host ? "AH9FPHFBH4" : "24H2HUJS4P")
        console.linkChanged(.online, now: 0)
        var welcome = Welcome(role: role == .host ? .host : .judge, lang: .chinese, serverTime: now, view: .host(view))
        if role == .host {
            welcome.tokens = AccessTokens(
                contest: Fixtures.title, host: "AH9FPHFBH4",
                judges: [.init(judge: 1, name: "1号裁判", token: "24H2HUJS4P")],
                teams: [
                    .init(team: 3, name: "南湖队", token: "HWN956WJHF"),
                    .init(team: 6, name: "A队 Team 3", token: "KHEPGUD523"),
                ])
        } else {
            welcome.judge = 1
        }
        _ = console.receive(.welcome(welcome), now: now)
        return console
    }

    /// Presses each key in turn; the effects of the last.
    mutating func type(_ keys: [Key], now: Int64 = 2_000_000) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        for key in keys { effects = press(key, now: now) }
        return effects
    }
}

/// The keys that type `text` and press Enter.
func entry(_ text: String) -> [Key] {
    text.map { $0 == " " ? Key.space : .character($0) } + [.enter]
}

extension Notice {
    /// The notice as the screen shows it while fresh, mark included.
    var said: String { (isError ? "✗ " : "✓ ") + text }
}
