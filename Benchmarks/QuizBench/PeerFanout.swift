import Foundation

/// The fan-out of the two peers (a minimal SwiftNIO broadcast server and the C floor) measured as
/// the quiz-server's was, and a table with all three and the ratios.
///
/// Peer contract: `--port 0 --port-file FILE --frame-bytes B`; a text frame from any connection is
/// answered by one text frame to every connection, the received payload padded with spaces to B.
struct PeerFanout {
    let context: BenchContext
    let sizes: [Int]
    let rounds: Int
    let frameBytes: Int

    static let buildCommands =
        "swift build -c release --package-path Benchmarks/peers\n"
        + "cc -O2 -o Benchmarks/peers/c-floor/floor Benchmarks/peers/c-floor/floor.c"

    func run(quiz: [Int: LatencySummary], report: BenchReport) {
        let options = context.options
        var results: [String: [Int: LatencySummary]] = [:]
        var json: [String: Any] = [:]
        for (name, path) in [("nio", options.nioPath), ("floor", options.floorPath)] {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                print("peer \(name): \(path) is missing; build the peers with:\n\(Self.buildCommands)\n")
                json[name] = ["error": "missing \(path)"]
                continue
            }
            do {
                results[name] = try measure(binary: path, name: name)
                json[name] = results[name]?.map { ["screens": $0.key, "latency": $0.value.json] } ?? []
            } catch {
                print("peer \(name): \(error)\n")
                json[name] = ["error": "\(error)"]
            }
        }
        var table = ReportTable(
            "fanout against the peers: per-screen p99 (p50), frame \(frameBytes) bytes",
            columns: ["screens", "quiz-server", "SwiftNIO", "C floor", "quiz/C-floor", "quiz/NIO"])
        func cell(_ summary: LatencySummary?) -> String {
            guard let summary, summary.count > 0 else { return "-" }
            return "\(LatencySummary.milliseconds(summary.p99)) (\(LatencySummary.milliseconds(summary.p50)))"
        }
        func ratio(_ mine: LatencySummary?, _ theirs: LatencySummary?) -> String {
            guard let mine, let theirs, theirs.p99 > 0 else { return "-" }
            return String(format: "%.2f×", mine.p99 / theirs.p99)
        }
        var ratios: [[String: Any]] = []
        for size in sizes {
            let nio = results["nio"]?[size]
            let floor = results["floor"]?[size]
            table.add([
                "\(size)", cell(quiz[size]), cell(nio), cell(floor), ratio(quiz[size], floor), ratio(quiz[size], nio),
            ])
            var row: [String: Any] = ["screens": size]
            if let mine = quiz[size], let floor, floor.p99 > 0 { row["quizOverFloorP99"] = mine.p99 / floor.p99 }
            if let mine = quiz[size], let nio, nio.p99 > 0 { row["quizOverNIOP99"] = mine.p99 / nio.p99 }
            ratios.append(row)
        }
        table.note("quiz-server's figure includes deciding the command and its journal fdatasync; the peers only echo")
        json["ratios"] = ratios
        json["frameBytes"] = frameBytes
        report.add("peers", table: table, json: json)
    }

    private func measure(binary: String, name: String) throws -> [Int: LatencySummary] {
        let portFile = context.dataFolder("peer-\(name)") + ".port"
        let server = try ServerUnderTest(
            binary: binary, arguments: ["--frame-bytes", "\(frameBytes)"], portFile: portFile,
            core: context.options.serverCore)
        let loop = context.loop
        defer {
            loop.closeAll()
            server.stop()
        }
        guard let trigger = loop.connect(port: server.port, reading: .light),
            loop.run(until: context.deadline(10), { trigger.phase == .open })
        else { throw BenchFailure("cannot open the trigger connection: \(loop.firstFailure ?? "timeout")") }
        let fleet = ScreenFleet(loop: loop, port: server.port, sendsHello: false)
        var results: [Int: LatencySummary] = [:]
        var round = 0
        for size in sizes {
            let budget = context.deadline(context.options.pick(120, quick: 15))
            guard fleet.grow(to: size, deadline: budget) else { break }
            loop.settle(quiet: Monotonic.seconds(0.05), deadline: budget)
            fleet.resetSamples()
            for _ in 0..<rounds where Monotonic.now() < budget {
                round += 1
                let marker = Array(#"{"round":\#(round)}"#.utf8)
                fleet.beginRound(at: Monotonic.now()) { ByteSearch.hasPrefix($0, marker) }
                trigger.sendText(#"{"round":\#(round)}"#)
                guard fleet.finishRound(deadline: budget) else { break }
            }
            var samples = fleet.samples
            results[size] = samples.summary()
        }
        return results
    }
}
