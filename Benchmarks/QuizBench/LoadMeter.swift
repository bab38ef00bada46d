import Glibc

/// Whether the bench itself kept up during a measurement: its CPU time against the wall clock, and
/// how much of the time its loop was working rather than waiting for the server.
struct LoadMeter {
    /// The share of time the loop was busy above which a figure is the bench's, not the server's.
    static let boundShare = 0.85

    private let loop: EventLoop
    private let wallStart = Monotonic.now()
    private let cpuStart = LoadMeter.ownCPUSeconds()
    private let waitedStart: Int64

    init(loop: EventLoop) {
        self.loop = loop
        waitedStart = loop.waitedNanos
    }

    /// What the span since `init` looked like.
    func reading() -> LoadReading {
        let wall = Double(Monotonic.now() - wallStart) / 1e9
        let waited = Double(loop.waitedNanos - waitedStart) / 1e9
        return LoadReading(
            wallSeconds: wall, cpuSeconds: Self.ownCPUSeconds() - cpuStart,
            busyShare: wall > 0 ? max(0, 1 - waited / wall) : 0)
    }

    /// This process's user + system CPU time in seconds (getrusage).
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// One measurement's load on the bench.
struct LoadReading {
    var wallSeconds: Double
    var cpuSeconds: Double
    var busyShare: Double

    var benchBound: Bool { busyShare > LoadMeter.boundShare }

    /// ` (bench-bound)` for a row the bench could not drive at full speed, else nothing.
    var mark: String { benchBound ? " (bench-bound)" : "" }

    var json: [String: Any] {
        [
            "wallSeconds": wallSeconds, "benchCPUSeconds": cpuSeconds, "benchBusyShare": busyShare,
            "benchBound": benchBound,
        ]
    }

    var text: String {
        String(format: "bench CPU %.1f s of %.1f s wall, loop busy %.0f%%", cpuSeconds, wallSeconds, busyShare * 100)
    }
}
