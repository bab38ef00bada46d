import ContestCore
import ContestProtocol

/// The terminal audience screen: the standings large, the question without its answer until the
/// host reveals it, the clock and who won the buzz. It only watches; `q` quits.
public struct AudienceConsole: Console {
    public private(set) var link = LinkStatus.connecting
    public private(set) var live: LiveView?
    /// Places and points each team moved at the last score change, kept until the next one.
    public private(set) var changes: [TeamID: ScoreboardPanel.Change] = [:]

    public init() {}

    public var hello: ClientMessage.Hello { ClientMessage.Hello(role: .screen) }

    public mutating func linkChanged(_ status: LinkStatus, now: Int64) { link = status }

    public mutating func receive(_ message: ServerMessage, now: Int64) -> [ConsoleEffect] {
        let view: PublicView
        switch message {
        case .welcome(let welcome):
            guard case .public(let first) = welcome.view else { return [] }
            view = first
        case .state(.public(let next)):
            view = next
        default:
            return []
        }
        if let old = live?.view.scoreboard, old != view.scoreboard {
            changes = ScoreboardPanel.changes(from: old, to: view.scoreboard)
        }
        live = LiveView(view, receivedAt: now)
        return []
    }

    public mutating func press(_ key: Key, now: Int64) -> [ConsoleEffect] {
        key == .character("q") || key == .ctrlC ? [.quit] : []
    }

    public mutating func sendFailed(_ action: Action, now: Int64) {}

    public func render(width: Int, height: Int, now: Int64) -> [Line] {
        var top = [
            StatusPanel.titleLine(live?.view.title ?? "比赛大屏", right: StatusPanel.link(link, now: now), width: width)
        ]
        guard let live else { return top }
        let view = live.view
        top.append(StatusPanel.segmentText(view).truncated(to: width))
        top.append(StatusPanel.rule(width: width))

        var board = [StatusPanel.rule(width: width)]
        board += ScoreboardPanel.lines(
            view.scoreboard, width: width, highlight: view.answering, changes: changes, showUnit: width >= 100)
        if view.stage == .finished {
            let text = view.awards.lines.compactMap { line in line.award.map { "\(view.name(of: line.team)) \($0)" } }
            if !text.isEmpty {
                board.append(Line("获奖：" + text.joined(separator: "  "), style: Theme.alert).truncated(to: width))
            }
        }

        var middle: [Line] = []
        if let winner = view.buzzWinner {
            middle.append(Line("抢答成功：\(winner.name)", style: Theme.highlight))
        } else if let turn = view.turn {
            middle.append(Line("作答：\(view.name(of: turn))", style: Theme.highlight))
        }
        middle += countdown(live, now: now, width: width, roomy: height - top.count - board.count >= 14)
        middle += BuzzPanel.lines(view.buzzes, answering: view.answering, round: view.buzzers?.round, width: width)
        if let outcome = Labels.outcome(view.outcome, names: view.name(of:)) {
            middle.append(Line("结果：" + outcome, style: Theme.heading))
        }
        if let question = view.question {
            middle += QuestionPanel.lines(question, width: width, answer: question.answer)
        }
        middle += QuestionPanel.previous(view, width: width)
        let room = max(0, height - top.count - board.count)
        middle = Array(middle.prefix(room))
        middle += Array(repeating: Line(""), count: room - middle.count)
        return Array((top + middle + board).prefix(height))
    }

    /// Big block digits when there is room, a plain line otherwise.
    private func countdown(_ live: LiveView, now: Int64, width: Int, roomy: Bool) -> [Line] {
        guard let remaining = live.remaining(at: now), let text = live.countdownText(at: now) else { return [] }
        let style = live.isUrgent(at: now) ? Theme.bad : Theme.alert
        guard roomy else { return [Line("倒计时 " + text, style: style)] }
        let label = live.view.paused ? "暂停" : "倒计时"
        return BigText.lines(String(ScoreText.seconds(remaining))).enumerated().map { row, text in
            Line(TextLayout.pad(row == 2 ? label : "", to: 8) + text, style: style).truncated(to: width)
        }
    }
}
