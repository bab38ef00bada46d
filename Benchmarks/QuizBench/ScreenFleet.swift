/// Many screens on one server, connected a few hundred at a time, each timed to the first frame of
/// a round: the crowd in a hall's projectors and phones.
///
/// A quiz-server screen says hello and counts as ready at its `welcome`; a peer's screen is ready
/// once upgraded. A round starts at an instant and ends when every screen has a frame that
/// `matches`; each screen's latency from the start is one sample.
final class ScreenFleet {
    private let loop: EventLoop
    private let port: Int
    private let sendsHello: Bool
    private(set) var screens: [BenchConnection] = []
    private var indexByTag: [Int: Int] = [:]
    private(set) var ready = 0
    private var reachedRound: [Bool] = []
    private(set) var reached = 0
    private var roundStart: Int64 = 0
    private var matches: (([UInt8]) -> Bool)?
    private(set) var samples = LatencySamples()
    /// The largest `state` payload a screen received (the frame size screens really get).
    private(set) var largestStatePayload = 0

    /// Connections allowed to be between `connect` and ready at once.
    static let inFlight = 200

    init(loop: EventLoop, port: Int, sendsHello: Bool) {
        self.loop = loop
        self.port = port
        self.sendsHello = sendsHello
    }

    /// Screens the server closed (or that failed to connect).
    private(set) var lost = 0

    /// Connects screens until `count` are ready, or `deadline`; whether they all are.
    @discardableResult
    func grow(to count: Int, deadline: Int64) -> Bool {
        loop.run(until: deadline) {
            while screens.count < count && screens.count - ready < Self.inFlight {
                guard let screen = loop.connect(port: port, reading: .light) else { return true }
                add(screen)
            }
            return ready >= count
        }
        return ready >= count
    }

    private func add(_ screen: BenchConnection) {
        indexByTag[screen.tag] = screens.count
        screens.append(screen)
        reachedRound.append(false)
        let close = screen.onClose
        screen.onClose = { [unowned self] screen, reason in
            close?(screen, reason)
            lost += 1
        }
        screen.onOpen = { [unowned self] screen in
            if sendsHello { screen.sendText(#"{"type":"hello","role":"screen"}"#) } else { ready += 1 }
        }
        screen.onText = { [unowned self] screen, prefix, length, at in
            if sendsHello && screen.framesReceived == 1 { ready += 1 }
            if ByteSearch.hasPrefix(prefix, Self.statePrefix) { largestStatePayload = max(largestStatePayload, length) }
            guard let matches, let index = indexByTag[screen.tag], !reachedRound[index], matches(prefix) else {
                return
            }
            reachedRound[index] = true
            reached += 1
            samples.add(Monotonic.micros(from: roundStart, to: at))
        }
    }

    static let statePrefix = Array(#"{"type":"state""#.utf8)

    /// Starts a round at `start` (monotonic ns): from now on the first matching frame of each screen counts.
    func beginRound(at start: Int64, matching: @escaping ([UInt8]) -> Bool) {
        roundStart = start
        matches = matching
        reached = 0
        for index in reachedRound.indices { reachedRound[index] = false }
    }

    /// Runs the loop until every open screen has the round's frame, or `deadline`; whether they all did.
    @discardableResult
    func finishRound(deadline: Int64) -> Bool {
        let done = loop.run(until: deadline) { reached >= screens.count - lost }
        matches = nil
        return done
    }

    /// Forgets the samples gathered so far (between the sizes of one measurement).
    func resetSamples() { samples = LatencySamples() }
}
