import Wire

/// Two teams buzz at scheduled instants a known gap apart, while 1,000 screens are connected and the
/// arming's state is still fanning out to them: the share of rounds the host's buzz list puts the
/// earlier team first, per gap, and the smallest gap from which every round was right.
///
/// Each press is busy-waited to its instant and written straight to the socket; which team presses
/// first alternates.
struct FairnessMeasurement {
    let context: BenchContext

    static let gapsMicros = [200, 500, 1000, 2000, 5000]

    func run(report: BenchReport) throws {
        let options = context.options
        let rounds = options.pick(50, quick: 10)
        let crowd = options.pick(1000, quick: 200)
        let hall = try QuizHall(
            context: context, name: "fairness", questions: rounds * Self.gapsMicros.count + 10)
        defer { hall.close() }
        try hall.command("startSegment", #""segment":0"#)
        let fleet = ScreenFleet(loop: hall.loop, port: hall.server.port, sendsHello: true)
        let budget = context.deadline(options.pick(300, quick: 20))
        guard fleet.grow(to: crowd, deadline: budget) else {
            throw BenchFailure("only \(fleet.ready) of \(crowd) screens connected")
        }
        hall.loop.settle(quiet: Monotonic.seconds(0.05), deadline: budget)
        var table = ReportTable(
            "fairness: two teams buzzing a known gap apart, \(crowd) screens, state fanning out",
            columns: ["gap", "rounds", "ordered right", "share"])
        var rows: [[String: Any]] = []
        var alwaysRight: [Int: Bool] = [:]
        var keys = WebSocketMaskingKeyStream(seed: 0xFA1)
        let meter = LoadMeter(loop: hall.loop)
        for gap in Self.gapsMicros {
            var right = 0
            var played = 0
            while played < rounds && Monotonic.now() < budget {
                let firstTeam = played % 2 == 0 ? 1 : 2
                let secondTeam = 3 - firstTeam
                try hall.command("showQuestion")
                try hall.command("armBuzzers")
                let press = { WebSocketFrameEncoder.text(#"{"type":"buzz"}"#, maskingKey: keys.next()) }
                let (first, second) = (press(), press())
                let instant = Monotonic.now() + 300_000
                Monotonic.spin(until: instant)
                hall.teams[firstTeam - 1].write(first)
                Monotonic.spin(until: instant + Int64(gap) * 1000)
                hall.teams[secondTeam - 1].write(second)
                guard hall.loop.run(until: budget, { hall.buzzOrder.count >= 2 }) else { break }
                if hall.buzzOrder.first == firstTeam { right += 1 }
                try hall.command("void")
                played += 1
            }
            alwaysRight[gap] = played > 0 && right == played
            let share = played > 0 ? Double(right) / Double(played) : 0
            table.add([
                String(format: "%.1f ms", Double(gap) / 1000), "\(played)\(played < rounds ? " (budget)" : "")",
                "\(right)", String(format: "%.0f%%", share * 100),
            ])
            rows.append(["gapMicros": gap, "rounds": played, "right": right, "share": share])
        }
        let smallest = Self.gapsMicros.first { gap in
            Self.gapsMicros.filter { $0 >= gap }.allSatisfy { alwaysRight[$0] == true }
        }
        let load = meter.reading()
        table.note(
            "smallest gap always ordered right (and every larger one): "
                + (smallest.map { String(format: "%.1f ms", Double($0) / 1000) } ?? "none"))
        table.note(load.text + " (the presses are busy-waited, so the loop's busy share is high by design)")
        report.add(
            "fairness", table: table,
            json: [
                "screens": crowd, "gaps": rows, "smallestGapAlwaysRightMicros": smallest ?? -1, "load": load.json,
            ])
    }
}
