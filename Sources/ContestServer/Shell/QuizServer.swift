import CQuizSys
import ContestCore
import ContestProtocol
import Foundation
import Glibc
import Wire

/// The I/O shell: one thread, one epoll, every socket and the contest state owned by it alone.
///
/// A second thread, the arrival watch (`ArrivalWatch.c`), only notes when bytes arrive on the
/// officials' and teams' sockets, so a buzz is timed by its own bytes even while this loop is busy.
/// A loop pass reads what is ready (each read stamped with the kernel's receive time), decides the
/// pass's messages in stamp order, makes their journal records durable with one fdatasync, and only
/// then writes the answers and the new state, encoded once per audience. Nothing here blocks except
/// `epoll_wait` and that fdatasync, so a slow client can only hurt itself.
public final class QuizServer {
    static let listenerTag: UInt64 = 0
    static let signalTag: UInt64 = 1

    let options: ServerOptions
    var hub: ContestHub
    let journal: JournalFile
    let site: StaticSite
    let log: ServerLog
    var epoll: Int32 = -1
    var listener: Int32 = -1
    var signals: Int32 = -1
    var connections: [UInt64: Connection] = [:]
    var nextTag: UInt64 = 2
    var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
    var warnedAboutMissingStamps = false
    /// Nil only when its thread could not start (then the kernel's stamps alone order the buzzes).
    var arrivalWatch: OpaquePointer?
    /// Accepted commands in the journal, replayed ones included.
    public private(set) var journalEntries: Int
    var stateChanged = false
    var presenceChanged = false
    /// When hosts last heard who is connected: joins are told at most every `presenceInterval`.
    var presenceSentAt: Micros = 0
    static let presenceInterval = Time.milliseconds(250)
    var running = true
    var nextHousekeeping: Micros = 0
    public private(set) var boundPort = 0

    public init(
        options: ServerOptions, hub: ContestHub, journal: JournalFile, journalEntries: Int, site: StaticSite,
        log: ServerLog
    ) {
        self.options = options
        self.hub = hub
        self.journal = journal
        self.journalEntries = journalEntries
        self.site = site
        self.log = log
    }

    deinit {
        if let arrivalWatch { cqs_arrival_watch_stop(arrivalWatch) }
        for connection in connections.values { Glibc.close(connection.descriptor) }
        for descriptor in [listener, signals, epoll] where descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// Opens the port and the signal watch; after this, clients can connect.
    public func start() throws(ServerError) {
        _ = cqs_raise_open_file_limit()
        signals = cqs_signalfd_for_shutdown()
        guard signals >= 0 else { throw .system(operation: "signalfd", reason: Self.errnoText()) }
        // After signalfd: the watch thread inherits the blocked SIGINT and SIGTERM.
        var realtime: Int32 = 0
        arrivalWatch = cqs_arrival_watch_start(&realtime)
        if arrivalWatch == nil {
            log("the arrival watch did not start (\(Self.errnoText())): buzzes are timed by the kernel's stamps only")
        } else if realtime == 0 {
            log(
                "the arrival watch runs at normal priority: under heavy load buzzes less than a millisecond apart may be misordered; run as root or grant CAP_SYS_NICE (sudo setcap cap_sys_nice+ep quiz-server)"
            )
        }
        epoll = cqs_epoll_create()
        guard epoll >= 0 else { throw .system(operation: "epoll_create", reason: Self.errnoText()) }
        var port: Int32 = 0
        listener = cqs_listen(options.host, Int32(options.port), 1024, &port)
        guard listener >= 0 else { throw .listen(host: options.host, port: options.port, reason: Self.errnoText()) }
        boundPort = Int(port)
        guard cqs_epoll_add(epoll, listener, 1, 0, Self.listenerTag) == 0,
            cqs_epoll_add(epoll, signals, 1, 0, Self.signalTag) == 0
        else { throw .system(operation: "epoll_ctl", reason: Self.errnoText()) }
        if let portFile = options.portFile {
            // Written whole and renamed into place, so a script polling for it never reads half a number.
            do {
                try Data("\(boundPort)\n".utf8).write(to: URL(fileURLWithPath: portFile), options: .atomic)
            } catch {
                log("could not write the port file \(portFile): \(error.localizedDescription)")
            }
        }
    }

    /// Serves until SIGINT or SIGTERM, then closes every client (1001) and returns.
    public func run() {
        var tags = [UInt64](repeating: 0, count: 256)
        var flags = [UInt32](repeating: 0, count: 256)
        while running {
            let count = cqs_epoll_wait(epoll, &tags, &flags, 256, waitTimeout())
            if count < 0 {
                if errno == EINTR { continue }
                log("epoll_wait failed: \(Self.errnoText())")
                break
            }
            if options.injectedStallMilliseconds > 0 { usleep(UInt32(options.injectedStallMilliseconds) * 1000) }
            var pass = Pass()
            for index in 0..<Int(count) {
                switch tags[index] {
                case Self.listenerTag: acceptAll()
                case Self.signalTag: readSignals()
                default: serviceConnection(tag: tags[index], flags: flags[index], pass: &pass)
                }
            }
            finish(&pass)
        }
        shutDown()
    }

    /// What one loop pass gathered before deciding anything.
    struct Pass {
        /// Client messages with their receive stamps, in arrival order.
        var messages: [(stamp: Micros, tag: UInt64, bytes: [UInt8])] = []
        /// Plain GETs, answered after the journal is durable so they never show an unsaved state.
        var requests: [(tag: UInt64, route: HTTPRoute)] = []
        /// Answers to send once the journal is durable.
        var replies: [(tag: UInt64, messages: [ServerMessage], close: Bool)] = []
        /// Connections with new bytes to write.
        var dirty: Set<UInt64> = []
    }

    /// Decides the pass's messages in receive order, fires due deadlines, syncs, then answers.
    func finish(_ pass: inout Pass) {
        let now = cqs_now_micros()
        let ordered = pass.messages.enumerated().sorted {
            ($0.element.stamp, $0.offset) < ($1.element.stamp, $1.offset)
        }
        for (_, message) in ordered { decide(message.bytes, stamp: message.stamp, tag: message.tag, pass: &pass) }
        while let entry = hub.tick(at: now) { record(entry) }
        do {
            try journal.sync()
        } catch {
            log(
                "FATAL: \(error.message()) — \(error.message(.english)); stopping without answering (nothing acknowledged is lost)"
            )
            exit(1)
        }
        for reply in pass.replies { deliver(reply.messages, to: reply.tag, close: reply.close, pass: &pass) }
        // The connection that sent a command hears its answer before the fan-out begins.
        for reply in pass.replies { if let connection = connections[reply.tag] { flush(connection) } }
        if stateChanged { broadcastState(now: now, pass: &pass) }
        if presenceChanged && now >= presenceSentAt + Self.presenceInterval {
            presenceSentAt = now
            broadcastPresence(pass: &pass)
        }
        for request in pass.requests { answer(request.route, tag: request.tag, now: now, pass: &pass) }
        // Officials and teams before screens: the lock reaches the teams first.
        let dirty = pass.dirty.compactMap { connections[$0] }
        for connection in dirty where connection.session.identity != .screen { flush(connection) }
        for connection in dirty where connection.session.identity == .screen { flush(connection) }
        if now >= nextHousekeeping {
            nextHousekeeping = now + Time.seconds(1)
            housekeeping(now: now)
        }
    }

    /// Appends an accepted command's record to the journal (durable at the end of the pass).
    func record(_ entry: JournalEntry) {
        journal.append(JournalCoding.encode(.entry(entry)))
        journalEntries += 1
        stateChanged = true
    }

    func waitTimeout() -> Int32 {
        let now = cqs_now_micros()
        var until = nextHousekeeping
        if let deadline = hub.state.nextDeadline { until = min(until, deadline) }
        if presenceChanged { until = min(until, presenceSentAt + Self.presenceInterval) }
        let millis = (until - now + 999) / 1000
        return Int32(max(0, min(millis, 1000)))
    }

    func readSignals() {
        while true {
            let signal = cqs_signalfd_read(signals)
            if signal <= 0 { return }
            log("received signal \(signal); shutting down")
            running = false
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
