import ContestCore
import ContestProtocol
import Foundation

/// A team's console: what the team sees and what its keys do, without a terminal or a socket.
///
/// It never claims more than the server said: after Space it shows "抢答已发出" (sent), and only
/// the server's view naming this team as `answering` turns that into the right to answer, with
/// the bell.
public struct TeamConsole: Console {
    public let token: String
    public let requestedSeat: Int?
    public private(set) var link = LinkStatus.connecting
    public private(set) var team: TeamID?
    public private(set) var teamName: String?
    public private(set) var seat: Int?
    public private(set) var live: LiveView?
    public private(set) var selection: Set<Int> = []
    public private(set) var truth: Bool?
    public private(set) var text = ""
    /// The question we sent a buzz for, until the server's view or a rejection answers it.
    public private(set) var buzzSentFor: String?
    /// The buzzers' round the buzz was sent in: a re-opened question starts a new one.
    private var buzzSentRound: Int?
    public private(set) var notice: Notice?
    /// How the team's total moved at its last change, shown beside the total until the next one.
    public private(set) var lastDelta: Points?
    /// The question this team last answered and what it sent, to set beside the answer key.
    public private(set) var submitted: (question: String, answer: String)?
    private var lastSent: Action?
    /// The answer in flight: it becomes `submitted` when the server acknowledges it.
    private var answerSent: (question: String, answer: String)?
    private var bellRungFor: String?
    private var quitArmed = false

    public init(token: String, seat: Int? = nil) {
        self.token = token
        self.requestedSeat = seat
    }

    public var hello: ClientMessage.Hello { ClientMessage.Hello(role: .team, token: token, seat: requestedSeat) }

    public mutating func linkChanged(_ status: LinkStatus, now: Int64) {
        if case .online = status {} else { buzzSentFor = nil }
        link = status
    }

    public mutating func receive(_ message: ServerMessage, now: Int64) -> [ConsoleEffect] {
        switch message {
        case .welcome(let welcome):
            (team, teamName, seat) = (welcome.team, welcome.teamName, welcome.seat)
            if case .public(let view) = welcome.view { return update(view, now: now) }
        case .state(.public(let view)):
            return update(view, now: now)
        case .ack:
            notice = lastSent.flatMap { Self.confirmation($0, at: now) }
            if let answerSent {
                (submitted, self.answerSent, selection, truth, text) = (answerSent, nil, [], nil, "")
            }
        case .rejected(_, _, let message), .error(_, let message):
            (buzzSentFor, answerSent) = (nil, nil)
            notice = Notice(message, isError: true, at: now)
        case .state(.host), .presence, .pong, .unknown:
            break
        }
        return []
    }

    private mutating func update(_ view: PublicView, now: Int64) -> [ConsoleEffect] {
        if view.question?.id != live?.view.question?.id {
            (selection, truth, text, buzzSentFor, notice) = ([], nil, "", nil, nil)
        }
        if let team, let old = live?.view.standing(of: team), let new = view.standing(of: team), old.total != new.total
        {
            lastDelta = new.total - old.total
        }
        live = LiveView(view, receivedAt: now)
        guard let team, view.answering == team, let question = view.question else { return [] }
        buzzSentFor = nil
        let round = view.buzzes.last { $0.team == team }.map { "\(question.id)#\($0.seat)#\(view.buzzes.count)" }
        let key = round ?? question.id
        guard bellRungFor != key else { return [] }
        bellRungFor = key
        return [.bell]
    }

    public mutating func sendFailed(_ action: Action, now: Int64) {
        if action == .buzz { buzzSentFor = nil }
        notice = Notice("未连接服务器，没有发出", isError: true, at: now)
    }

    public mutating func press(_ key: Key, now: Int64) -> [ConsoleEffect] {
        if key == .ctrlC {
            if quitArmed { return [.quit] }
            quitArmed = true
            notice = Notice(Self.quitHint, isError: true, at: now)
            return []
        }
        if quitArmed && notice?.text == Self.quitHint { notice = nil }
        quitArmed = false
        if isTyping, let effects = type(key, now: now) { return effects }
        switch key {
        case .space, .enter: return spaceOrEnter(now: now)
        case .tab: return send(.skip)
        case .escape: (selection, truth, text) = ([], nil, "")
        case .up where kind == .risk: return send(.climb)
        case .down where kind == .risk: return send(.stop)
        case .character(let character): return choose(character)
        default: break
        }
        return []
    }

    /// Whether a buzz sent for the question and buzzer round on screen still waits for the server.
    var buzzIsPending: Bool {
        guard let view = live?.view, let sent = buzzSentFor, sent == view.question?.id else { return false }
        return view.buzzers?.round == buzzSentRound || view.buzzers == nil
    }

    /// Whether the server took this team's answer to the question on screen.
    public var hasAnswered: Bool {
        guard let submitted, let question = live?.view.question else { return false }
        return submitted.question == question.id
    }

    /// Fill-in and short answers take the keyboard once this team may answer, until it has.
    public var isTyping: Bool {
        guard mayAnswer, !hasAnswered, let type = live?.view.question?.type else { return false }
        return type == .fill || type == .short
    }

    /// Whether the server gave this team the question: the buzz was won, or it is the team's turn.
    public var mayAnswer: Bool {
        guard let view = live?.view, view.question != nil, let team else { return false }
        if view.answering == team { return true }
        return view.turn == team && [.speed, .relay, .risk].contains(kind)
    }

    /// The running segment's kind; nil before the first segment and between segments.
    var kind: SegmentKind? { live?.view.segment?.kind }

    private mutating func type(_ key: Key, now: Int64) -> [ConsoleEffect]? {
        switch key {
        case .character(let character): text.append(character)
        case .space: text.append(" ")
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .escape: text = ""
        case .enter:
            let answer = text.trimmingCharacters(in: .whitespaces)
            guard !answer.isEmpty else {
                notice = Notice("请先输入答案", isError: true, at: now)
                return []
            }
            return send(.answer(.text(answer)))
        default: return nil
        }
        return []
    }

    private mutating func spaceOrEnter(now: Int64) -> [ConsoleEffect] {
        if mayAnswer {
            if let truth { return send(.answer(.truth(truth))) }
            if !selection.isEmpty { return send(.answer(.choices(selection.sorted()))) }
            let keys = live?.view.question?.type == .trueFalse ? "T（对）或 F（错）" : "字母键选择答案"
            notice = Notice("请先按\(keys)，再按回车提交", isError: true, at: now)
            return []
        }
        guard kind == .buzz || kind == .tieBreak else {
            let text = kind == .essay ? "论述题请口头陈述，无需在终端作答" : "现在不是抢答环节"
            notice = Notice(text, isError: true, at: now)
            return []
        }
        guard let question = live?.view.question else {
            notice = Notice("还没有出题", isError: true, at: now)
            return []
        }
        let effects = send(.buzz)
        (buzzSentFor, buzzSentRound) = (question.id, live?.view.buzzers?.round)
        return effects
    }

    private mutating func choose(_ character: Character) -> [ConsoleEffect] {
        if kind == .risk, let digit = character.wholeNumberValue {
            return digit == 0 ? send(.decline) : send(.pickTier(digit - 1))
        }
        guard let question = live?.view.question else { return [] }
        if question.type == .trueFalse {
            switch character {
            case "t", "T", "y", "Y", "对": truth = true
            case "f", "F", "n", "N", "错": truth = false
            default: break
            }
            return []
        }
        guard let index = OptionLetters.index(of: character), index < question.options.count else { return [] }
        if question.type == .multiple {
            if selection.contains(index) { selection.remove(index) } else { selection.insert(index) }
        } else {
            selection = [index]
        }
        return []
    }

    private mutating func send(_ action: Action) -> [ConsoleEffect] {
        answerSent = nil
        if case .answer(let submission) = action, let question = live?.view.question {
            answerSent = (question.id, Labels.submission(submission))
        }
        lastSent = action
        notice = nil
        return [.send(action)]
    }

    private static let quitHint = "再按一次 Ctrl-C 退出"

    private static func confirmation(_ action: Action, at now: Int64) -> Notice? {
        let text: String? =
            switch action {
            case .answer: "答案已提交"
            case .skip: "已跳过本题"
            case .climb: "已选择进阶"
            case .stop: "已选择停止"
            case .decline: "已放弃本环节"
            case .pickTier(let tier): "已选第 \(tier + 1) 档"
            default: nil
            }
        return text.map { Notice($0, at: now) }
    }
}
