import ContestServer
import Foundation

/// The journal: durable host commands per second (closed-loop, then 32 in flight), and how long the
/// server takes to start on a journal of 100,000 entries against a fresh start, the difference being
/// the replay. The long journal is the run's own, its last `correctScore` record repeated with the
/// server's own framing (`JournalRecordFormat`).
struct JournalMeasurement {
    let context: BenchContext

    static let replayEntries = 100_000
    static let inFlight = 32

    func run(report: BenchReport) throws {
        let seconds = context.options.pick(4.0, quick: 1.0)
        let meter = LoadMeter(loop: context.loop)
        let closedLoop = try commandsPerSecond(inFlight: 1, seconds: seconds).rate
        let (pipelined, hall) = try commandsPerSecond(inFlight: Self.inFlight, seconds: seconds)
        let load = meter.reading()
        let journalPath = hall.dataFolder + "/journal.qcj"
        let contest = hall.dataFolder + "-fixture/contest.json"
        let fresh = try context.startQuizServer(data: context.dataFolder("journal-fresh"), contest: contest)
        let freshSeconds = fresh.startupSeconds
        fresh.stop()
        var table = ReportTable("journal: durable commands and replay", columns: ["figure", "value"])
        table.add(["correctScore closed-loop\(load.mark)", String(format: "%.0f commands/s", closedLoop)])
        table.add([
            "correctScore, \(Self.inFlight) in flight\(load.mark)", String(format: "%.0f commands/s", pipelined),
        ])
        table.add(["start-up on a fresh journal, to port file", String(format: "%.3f s", freshSeconds)])
        var replays: [[String: Any]] = []
        for entries in context.options.pick([10_000, 30_000, Self.replayEntries], quick: [2_000, 10_000]) {
            let written = try lengthen(journalPath, to: entries)
            let limit = context.options.pick(120.0, quick: 15.0)
            do {
                let replayed = try context.startQuizServer(data: hall.dataFolder, contest: contest, timeout: limit)
                let seconds = replayed.startupSeconds
                replayed.stop()
                table.add([
                    "start-up on \(written) entries (replay = minus fresh)",
                    String(format: "%.3f s (replay %.3f s)", seconds, max(0, seconds - freshSeconds)),
                ])
                replays.append([
                    "entries": written, "startupSeconds": seconds, "replaySeconds": max(0, seconds - freshSeconds),
                ])
            } catch {
                table.add(["start-up on \(written) entries", "not within \(Int(limit)) s"])
                table.note("\(written) entries: \(error)")
                replays.append(["entries": written, "error": "no port file within \(Int(limit)) s"])
                break
            }
        }
        report.add(
            "journal", table: table,
            json: [
                "closedLoopCommandsPerSecond": closedLoop, "pipelinedCommandsPerSecond": pipelined,
                "pipelinedInFlight": Self.inFlight, "startupFreshSeconds": freshSeconds, "replays": replays,
                "load": load.json,
            ])
    }

    /// Sends `correctScore` commands to a fresh server (each adds to the state, so every figure starts
    /// from the same state) keeping `inFlight` unanswered for `seconds`; acks per second, and the
    /// closed hall whose journal holds them.
    private func commandsPerSecond(inFlight: Int, seconds: Double) throws -> (rate: Double, hall: QuizHall) {
        let hall = try QuizHall(context: context, name: "journal", questions: 10, withTeams: false)
        defer { hall.close() }
        try hall.command("startSegment", #""segment":0"#)
        var waiting: [String] = []
        var acked = 0
        let start = Monotonic.now()
        let end = start + Monotonic.seconds(seconds)
        while Monotonic.now() < end {
            while waiting.count < inFlight {
                waiting.append(hall.send("correctScore", #""team":2,"delta":1,"reason":"bench""#))
            }
            hall.loop.pass(timeoutMillis: 100)
            waiting.removeAll { id in
                guard let reply = hall.reply(id) else { return false }
                if reply == "ack" { acked += 1 }
                hall.forget(id)
                return true
            }
            guard !context.outOfTime else { break }
        }
        hall.loop.run(until: context.deadline(10)) { waiting.allSatisfy { hall.reply($0) != nil } }
        return (Double(acked) / (Double(Monotonic.now() - start) / 1e9), hall)
    }

    /// Appends copies of the journal's last record until it holds `entries` entries; how many it holds.
    private func lengthen(_ path: String, to entries: Int) throws -> Int {
        guard let bytes = try JournalFile.read(path: path) else { throw BenchFailure("no journal at \(path)") }
        guard case .success(let scan) = JournalRecordFormat.scan(bytes), scan.payloads.count > 1,
            let last = scan.payloads.last
        else { throw BenchFailure("the journal at \(path) has no entries to repeat") }
        let existing = scan.payloads.count - 1
        guard existing < entries else { return existing }
        let frame = JournalRecordFormat.frame(last)
        var extra: [UInt8] = []
        extra.reserveCapacity(frame.count * (entries - existing))
        for _ in existing..<entries { extra.append(contentsOf: frame) }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchFailure("cannot open \(path)") }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(scan.validLength))
        try handle.write(contentsOf: Data(extra))
        try handle.truncate(atOffset: UInt64(scan.validLength + extra.count))
        return entries
    }
}
