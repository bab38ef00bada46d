import CQuizSys
import ContestCore
import ContestProtocol
import Foundation
import Glibc
import Wire

/// The I/O shell: one thread, one epoll, the sockets; everything else is the `ServerMachine`.
///
/// A second thread, the arrival watch (`ArrivalWatch.c`), only notes when bytes arrive on the
/// officials' and teams' sockets, so a buzz is timed by its own bytes even while this loop is busy.
/// A loop pass reads what is ready (each read stamped with the kernel's receive time) into the
/// machine, then runs its four steps, carrying out each step's effects before the next: decide
/// and journal (one fdatasync), answer the senders, tell the officials and teams, tell the screens. Nothing here blocks except
/// `epoll_wait` and that fdatasync, so a slow client can only hurt itself.
public final class QuizServer<Hub: ServerHub> {
    static var listenerTag: UInt64 { 0 }
    static var signalTag: UInt64 { 1 }

    let options: ServerOptions
    var machine: ServerMachine<Hub>
    let journal: JournalFile
    let log: ServerLog
    var epoll: Int32 = -1
    var listener: Int32 = -1
    var signals: Int32 = -1
    /// The identified officials' and teams' sockets, polled between slices of a screens' fan-out.
    var officials: Int32 = -1
    /// The open sockets by the machine's connection tag.
    var sockets: [UInt64: Socket] = [:]
    var nextTag: UInt64 = 2
    var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
    var warnedAboutMissingStamps = false
    /// Nil only when its thread could not start (then the kernel's stamps alone order the buzzes).
    var arrivalWatch: OpaquePointer?
    var running = true
    public private(set) var boundPort = 0

    /// One client socket as the driver knows it.
    struct Socket {
        let descriptor: Int32
        /// Bytes read so far: where the last read ends in the stream, for the arrival watch.
        var bytesRead: UInt64 = 0
        /// Whether the arrival watch notes this socket's arrivals (identified hosts, judges and teams).
        var arrivalsWatched = false
    }

    /// Accepted commands in the journal, replayed ones included.
    public var journalEntries: Int { machine.journalEntries }

    public init(
        options: ServerOptions, hub: Hub, journal: JournalFile, journalEntries: Int, site: StaticSite,
        log: ServerLog
    ) {
        self.options = options
        self.machine = ServerMachine(options: options, hub: hub, journalEntries: journalEntries, site: site)
        self.journal = journal
        self.log = log
    }

    deinit {
        if let arrivalWatch { cqs_arrival_watch_stop(arrivalWatch) }
        for socket in sockets.values { Glibc.close(socket.descriptor) }
        for descriptor in [listener, signals, epoll, officials] where descriptor >= 0 { Glibc.close(descriptor) }
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
        officials = cqs_epoll_create()
        guard epoll >= 0, officials >= 0 else { throw .system(operation: "epoll_create", reason: Self.errnoText()) }
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
            for index in 0..<Int(count) {
                switch tags[index] {
                case Self.listenerTag: acceptAll()
                case Self.signalTag: readSignals()
                default: service(tag: tags[index], flags: flags[index])
                }
                performEffects()
            }
            runSteps()
        }
        shutDown()
    }

    /// One pass's four steps, each step's effects carried out before the next. The screens' writes
    /// stop every `writesPerSlice` to serve an official or team whose bytes are waiting, so a buzz
    /// waits for one slice of a 10,000-screen fan-out, not the whole of it.
    func runSteps() {
        runStepsBeforeScreens()
        machine.fanOutToScreens()
        performEffects(yieldingToOfficials: true)
    }

    /// Decide and sync, answer the senders, tell the officials and teams.
    func runStepsBeforeScreens() {
        let now = cqs_now_micros()
        machine.decide(now: now)
        performEffects()
        machine.journalDurable(now: now)
        performEffects()
        machine.fanOut(now: now) { journal.digest }
        performEffects()
    }

    static var writesPerSlice: Int { 256 }

    func waitTimeout() -> Int32 {
        let millis = (machine.nextWake() - cqs_now_micros() + 999) / 1000
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

    /// Closes every client with 1001 (NDJSON clients get a last error line), writes what it can.
    func shutDown() {
        Glibc.close(listener)
        listener = -1
        machine.shutDown(now: cqs_now_micros())
        performEffects()
        try? journal.sync()
        machine.closeAll()
        performEffects()
        log("stopped; journal closed with \(journalEntries) accepted commands")
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
