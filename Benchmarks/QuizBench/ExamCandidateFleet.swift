/// Every candidate of an exam on one WebSocket each: logged in a window at a time, then saving and
/// submitting, each request timed from its send to the read that brought its answer, and how late
/// the bench sent it after the instant it was due kept apart (the bench's lag, not the server's).
///
/// Connections are read `light` (frame boundaries and first bytes only): a welcome carries the whole
/// paper (about 17 KB), and decoding 10,000 of them would make the bench what it measures. A page's
/// answers come back in the order it sent its requests, so each connection keeps a queue of due
/// instants and an `ack` or `rejected` answers the oldest.
final class ExamCandidateFleet {
    /// What a queued request was, so its answer lands in the right samples.
    enum Kind { case save, submit }

    private let loop: EventLoop
    private let port: Int
    private let credentials: [(candidate: String, token: String)]
    private(set) var connections: [BenchConnection] = []
    private var indexByTag: [Int: Int] = [:]
    private var helloSentAt: [Int64] = []
    private var waiting: [[(sentAt: Int64, kind: Kind)]] = []
    private(set) var welcomed = 0
    private(set) var lost = 0
    /// hello → welcome latencies of the connect phase.
    private(set) var logins = LatencySamples()
    private(set) var saves = LatencySamples()
    private(set) var submits = LatencySamples()
    /// How long after its due instant each save went out.
    private(set) var saveLag = LatencySamples()
    private(set) var rejected = 0
    /// The first bytes of the first refusal (a rejection, an error), to say why.
    private(set) var firstRefusal: String?
    private(set) var outstanding = 0
    private var nextID = 0

    /// Logins allowed between `connect` and `welcome` at once.
    static let inFlight = 64

    init(loop: EventLoop, port: Int, credentials: [(candidate: String, token: String)]) {
        self.loop = loop
        self.port = port
        self.credentials = credentials
    }

    /// Connects and logs in every candidate, `inFlight` at a time, until `deadline`; whether all got a welcome.
    @discardableResult
    func connectAll(deadline: Int64) -> Bool {
        loop.run(until: deadline) {
            while connections.count < credentials.count && connections.count - welcomed - lost < Self.inFlight {
                guard let connection = loop.connect(port: port, reading: .light) else { return true }
                add(connection)
            }
            return welcomed + lost >= credentials.count
        }
        return welcomed == credentials.count
    }

    private func add(_ connection: BenchConnection) {
        let index = connections.count
        indexByTag[connection.tag] = index
        connections.append(connection)
        helloSentAt.append(0)
        waiting.append([])
        let close = connection.onClose
        connection.onClose = { [unowned self] connection, reason in
            close?(connection, reason)
            lost += 1
            outstanding -= waiting[index].count
            waiting[index] = []
        }
        let login = credentials[index]
        connection.onOpen = { [unowned self] connection in
            helloSentAt[index] = Monotonic.now()
            connection.sendText(
                #"{"type":"hello","role":"candidate","candidate":"\#(login.candidate)","token":"\#(login.token)","lang":"zh-CN"}"#
            )
        }
        connection.onText = { [unowned self] _, prefix, _, at in received(prefix, at: at, from: index) }
    }

    private func received(_ prefix: [UInt8], at: Int64, from index: Int) {
        if ByteSearch.hasPrefix(prefix, Self.welcomePrefix) {
            welcomed += 1
            logins.add(Monotonic.micros(from: helloSentAt[index], to: at))
        } else if ByteSearch.hasPrefix(prefix, QuizHall.ackPrefix)
            || ByteSearch.hasPrefix(prefix, QuizHall.rejectedPrefix)
        {
            guard !waiting[index].isEmpty else { return refused(prefix) }
            let (sentAt, kind) = waiting[index].removeFirst()
            outstanding -= 1
            guard ByteSearch.hasPrefix(prefix, QuizHall.ackPrefix) else {
                rejected += 1
                return refused(prefix)
            }
            let latency = Monotonic.micros(from: sentAt, to: at)
            switch kind {
            case .save: saves.add(latency)
            case .submit: submits.add(latency)
            }
        } else if ByteSearch.hasPrefix(prefix, Self.errorPrefix) {
            refused(prefix)
        }
    }

    private func refused(_ prefix: [UInt8]) {
        if firstRefusal == nil { firstRefusal = String(decoding: prefix, as: UTF8.self) }
    }

    static let welcomePrefix = Array(#"{"type":"welcome""#.utf8)
    static let errorPrefix = Array(#"{"type":"error""#.utf8)

    /// Sends candidate `index` a request of `type` with extra JSON `fields`, due at `due` (monotonic ns).
    func send(_ kind: Kind, to index: Int, _ type: String, _ fields: String = "", due: Int64) {
        let connection = connections[index]
        guard connection.phase == .open else { return }
        nextID += 1
        let now = Monotonic.now()
        if kind == .save { saveLag.add(Monotonic.micros(from: due, to: now)) }
        waiting[index].append((now, kind))
        outstanding += 1
        connection.sendText(#"{"type":"\#(type)","id":"r\#(nextID)"\#(fields.isEmpty ? "" : "," + fields)}"#)
    }
}
