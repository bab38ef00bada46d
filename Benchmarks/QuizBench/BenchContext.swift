import Foundation

/// What every measurement shares: the options, the scratch folder, the loop, the binaries and the
/// overall deadline, and how to start a `quiz-server` for one measurement.
final class BenchContext {
    let options: BenchOptions
    let folder: String
    let loop = EventLoop()
    let overallDeadline: Int64
    let serverBinary: String
    private var serial = 0

    init(options: BenchOptions) throws {
        self.options = options
        overallDeadline = Monotonic.now() + Monotonic.seconds(options.timeoutSeconds)
        folder = NSTemporaryDirectory() + "quiz-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        serverBinary = options.serverPath ?? beside.appendingPathComponent("quiz-server").path
    }

    /// The deadline of a step given `seconds`, never past the overall one.
    func deadline(_ seconds: Double) -> Int64 { min(Monotonic.now() + Monotonic.seconds(seconds), overallDeadline) }

    var outOfTime: Bool { Monotonic.now() >= overallDeadline }

    /// A fresh data folder for one server.
    func dataFolder(_ name: String) -> String {
        serial += 1
        return folder + "/\(serial)-\(name)"
    }

    /// Starts `quiz-server` on `data` with a contest of `questions` buzz questions.
    func startQuizServer(data: String, questions: Int) throws -> ServerUnderTest {
        let fixture = try ContestFixture(folder: data + "-fixture", questions: questions)
        return try startQuizServer(data: data, contest: fixture.contestPath)
    }

    /// Starts `quiz-server` on `data` with `contest`, timeouts long enough for a silent crowd.
    func startQuizServer(data: String, contest: String, timeout: Double = 60) throws -> ServerUnderTest {
        try ServerUnderTest(
            binary: serverBinary,
            arguments: [
                "--host", "127.0.0.1", "--data", data, "--contest", contest, "--quiet", "--hello-timeout", "600",
                "--idle-timeout", "3600",
            ], portFile: data + ".port", core: options.serverCore, timeout: timeout)
    }

    /// Removes what a measurement left in the scratch folder.
    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }
}
