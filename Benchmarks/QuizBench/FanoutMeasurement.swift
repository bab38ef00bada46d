/// One scoreboard change (`correctScore`) until each of N screens has its `state`, N growing on
/// one server; with `--peers`, the same fan-out from the SwiftNIO and C peers, with the ratios.
struct FanoutMeasurement {
    let context: BenchContext

    func run(report: BenchReport) throws {
        let options = context.options
        let sizes = options.pick([100, 1000, 5000, 10_000], quick: [100, 1000])
        let rounds = options.pick(20, quick: 5)
        var quiz: [Int: LatencySummary] = [:]
        var table = ReportTable(
            "fanout: one correctScore until each screen has its state (per-screen latency)",
            columns: ["screens", "rounds", "p50", "p99", "max", "server CPU/change"])
        var rows: [[String: Any]] = []
        var frameBytes = 2048
        do {
            let hall = try QuizHall(context: context, name: "fanout", questions: 10, withTeams: false)
            defer { hall.close() }
            try hall.command("startSegment", #""segment":0"#)
            let fleet = ScreenFleet(loop: hall.loop, port: hall.server.port, sendsHello: true)
            for size in sizes {
                let budget = context.deadline(options.pick(180, quick: 15))
                guard fleet.grow(to: size, deadline: budget) else {
                    table.note("\(size) screens: only \(fleet.ready) connected before the budget ran out")
                    break
                }
                hall.loop.settle(quiet: Monotonic.seconds(0.05), deadline: budget)
                fleet.resetSamples()
                let meter = LoadMeter(loop: hall.loop)
                let cpuBefore = hall.server.cpuSeconds()
                var done = 0
                while done < rounds && Monotonic.now() < budget {
                    let start = Monotonic.now()
                    fleet.beginRound(at: start) { ByteSearch.hasPrefix($0, ScreenFleet.statePrefix) }
                    let id = hall.send("correctScore", #""team":1,"delta":1,"reason":"bench""#)
                    guard fleet.finishRound(deadline: budget) else { break }
                    hall.loop.run(until: budget) { hall.reply(id) != nil }
                    hall.forget(id)
                    done += 1
                }
                let cpu = (hall.server.cpuSeconds() - cpuBefore) / Double(max(1, done))
                let load = meter.reading()
                var samples = fleet.samples
                let summary = samples.summary()
                quiz[size] = summary
                table.add([
                    "\(size)\(load.mark)", "\(done)\(done < rounds ? " (budget)" : "")",
                    LatencySummary.milliseconds(summary.p50, samples: summary.count),
                    LatencySummary.milliseconds(summary.p99, samples: summary.count),
                    LatencySummary.milliseconds(summary.max, samples: summary.count),
                    String(format: "%.1f ms", cpu * 1000),
                ])
                rows.append([
                    "screens": size, "rounds": done, "latency": summary.json, "serverCPUSecondsPerChange": cpu,
                    "load": load.json, "screensLost": fleet.lost,
                ])
                if load.benchBound { table.note("(bench-bound) at \(size): the loop was busy > 85% of the time") }
            }
            frameBytes = fleet.largestStatePayload
            table.note("screens' state payload: \(frameBytes) bytes (used as the peers' --frame-bytes)")
        }
        report.add("fanout", table: table, json: ["quiz": rows, "statePayloadBytes": frameBytes])
        guard options.peers else { return }
        PeerFanout(context: context, sizes: sizes, rounds: rounds, frameBytes: frameBytes).run(
            quiz: quiz, report: report)
    }
}
