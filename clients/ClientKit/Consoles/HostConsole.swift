import ContestCore
import ContestProtocol

/// The host's console, and with `judge` the judges' one: every command on one key, destructive
/// ones confirmed with `y`, and forms for the commands that need input.
public struct HostConsole: Console {
    public enum Role: Sendable, Hashable { case host, judge }

    public let role: Role
    public let token: String
    public private(set) var link = LinkStatus.connecting
    public private(set) var host: HostView?
    public private(set) var live: LiveView?
    public private(set) var tokens: AccessTokens?
    public private(set) var presence: [Presence] = []
    /// How many screens are connected; the server counts them rather than listing them.
    public private(set) var screenCount = 0
    public private(set) var judgeNumber: Int?
    public private(set) var form: HostForm?
    /// A destructive command waiting for `y`.
    public private(set) var confirming: (effect: ConsoleEffect, label: String)?
    public private(set) var notice: Notice?
    public private(set) var showsTokens = false
    private var lastLabel = ""

    public init(role: Role, token: String) {
        self.role = role
        self.token = token
    }

    public var hello: ClientMessage.Hello { ClientMessage.Hello(role: role == .host ? .host : .judge, token: token) }

    public mutating func linkChanged(_ status: LinkStatus, now: Int64) { link = status }

    public mutating func receive(_ message: ServerMessage, now: Int64) -> [ConsoleEffect] {
        switch message {
        case .welcome(let welcome):
            tokens = welcome.tokens
            judgeNumber = welcome.judge
            if case .host(let view) = welcome.view { update(view, now: now) }
        case .state(.host(let view)):
            update(view, now: now)
        case .presence(let clients, let screens):
            (presence, screenCount) = (clients, screens)
        case .ack:
            notice = Notice("已执行：" + lastLabel, at: now)
        case .rejected(_, _, let message):
            notice = Notice("\(lastLabel)被拒绝：\(message)", isError: true, at: now)
        case .error(_, let message):
            notice = Notice(message, isError: true, at: now)
        case .state(.public), .pong, .unknown:
            break
        }
        return []
    }

    private mutating func update(_ view: HostView, now: Int64) {
        host = view
        live = LiveView(view.view, receivedAt: now)
    }

    public mutating func sendFailed(_ action: Action, now: Int64) {
        notice = Notice("未连接服务器，\(lastLabel)没有发出", isError: true, at: now)
    }

    public mutating func press(_ key: Key, now: Int64) -> [ConsoleEffect] {
        if form != nil { return edit(key, now: now) }
        if let pending = confirming {
            confirming = nil
            if key == .character("y") || key == .character("Y") {
                guard case .send(let action) = pending.effect else { return [pending.effect] }
                return run(action, pending.label)
            }
            notice = Notice("已取消：" + pending.label, at: now)
            return []
        }
        guard let entry = binding(for: key) else { return [] }
        switch entry.action {
        case .command(let action) where entry.confirm:
            confirming = (.send(action), entry.label)
            return []
        case .command(let action):
            return run(action, entry.label)
        case .form(let kind):
            (form, notice) = (HostForm(kind), nil)
        case .toggleTokens:
            showsTokens.toggle()
        case .quit:
            if entry.confirm { confirming = (.quit, entry.label) } else { return [.quit] }
        }
        return []
    }

    private mutating func run(_ action: Action, _ label: String) -> [ConsoleEffect] {
        lastLabel = label
        notice = nil
        return [.send(action)]
    }

    private mutating func edit(_ key: Key, now: Int64) -> [ConsoleEffect] {
        guard var current = form else { return [] }
        switch key {
        case .escape, .ctrlC:
            form = nil
            notice = Notice("已取消：" + current.title, at: now)
            return []
        case .backspace:
            if !current.input.isEmpty { current.input.removeLast() }
        case .character(let character):
            current.input.append(character)
        case .space:
            current.input.append(" ")
        case .enter:
            switch current.submit() {
            case .failure(let error):
                notice = Notice(error.message, isError: true, at: now)
            case .success(nil):
                notice = nil
            case .success(let action?):
                form = nil
                let label = current.title
                if current.kind == .correction {
                    confirming = (.send(action), label)
                    return []
                }
                return run(action, label)
            }
        default:
            break
        }
        form = current
        return []
    }

    /// What a key does in this role, or nil for a key with no meaning here.
    func binding(for key: Key) -> HostKeyBinding? {
        let name: String
        switch key {
        case .character(let character): name = String(character)
        case .ctrlC: name = "q"
        default: return nil
        }
        return HostKeyBinding.all(role: role, paused: live?.view.paused == true).first { $0.key == name }
    }
}
