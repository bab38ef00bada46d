/// What a host console receives while a crowd of screens joins: with presence batched and screens
/// only counted, its bytes grow with the joins, not with their square.
struct PresenceMeasurement {
    let context: BenchContext

    func run(report: BenchReport) throws {
        let crowd = context.options.pick(10_000, quick: 1000)
        let hall = try QuizHall(context: context, name: "presence", questions: 10, withTeams: false)
        defer { hall.close() }
        hall.loop.settle(quiet: Monotonic.seconds(0.4), deadline: context.deadline(5))
        var bytes = 0
        var messages = 0
        let presencePrefix = Array(#"{"type":"presence""#.utf8)
        hall.onHostText = { payload, length in
            guard ByteSearch.hasPrefix(payload, presencePrefix) else { return }
            bytes += length
            messages += 1
        }
        let wireBefore = hall.host.bytesReceived
        let fleet = ScreenFleet(loop: hall.loop, port: hall.server.port, sendsHello: true)
        let start = Monotonic.now()
        let meter = LoadMeter(loop: hall.loop)
        let joined = fleet.grow(to: crowd, deadline: context.deadline(context.options.pick(180, quick: 20)))
        let joinSeconds = Double(Monotonic.now() - start) / 1e9
        hall.loop.run(for: Monotonic.seconds(0.6))
        let load = meter.reading()
        let wire = hall.host.bytesReceived - wireBefore
        let perJoin = Double(wire) / Double(max(1, fleet.ready))
        var table = ReportTable(
            "presence: what one host console receives while screens join",
            columns: ["joins", "join time", "presence msgs", "presence bytes", "all bytes", "bytes/join"])
        table.add([
            "\(fleet.ready)\(load.mark)", String(format: "%.1f s", joinSeconds), "\(messages)", "\(bytes)", "\(wire)",
            String(format: "%.1f", perJoin),
        ])
        if !joined { table.note("only \(fleet.ready) of \(crowd) screens joined before the budget ran out") }
        report.add(
            "presence", table: table,
            json: [
                "joins": fleet.ready, "joinSeconds": joinSeconds, "presenceMessages": messages,
                "presencePayloadBytes": bytes, "hostWireBytes": wire, "bytesPerJoin": perJoin, "load": load.json,
            ])
    }
}
