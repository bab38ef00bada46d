/// The server's resident memory (`VmRSS`) before and after a crowd of idle screens joins: what one
/// connected screen costs the server.
struct MemoryMeasurement {
    let context: BenchContext

    func run(report: BenchReport) throws {
        let crowd = context.options.pick(10_000, quick: 1000)
        let hall = try QuizHall(context: context, name: "memory", questions: 10, withTeams: false)
        defer { hall.close() }
        hall.loop.settle(quiet: Monotonic.seconds(0.2), deadline: context.deadline(5))
        guard let before = hall.server.residentKiB() else { throw BenchFailure("cannot read the server's VmRSS") }
        let fleet = ScreenFleet(loop: hall.loop, port: hall.server.port, sendsHello: true)
        let meter = LoadMeter(loop: hall.loop)
        let joined = fleet.grow(to: crowd, deadline: context.deadline(context.options.pick(180, quick: 20)))
        hall.loop.settle(quiet: Monotonic.seconds(0.5), deadline: context.deadline(10))
        let load = meter.reading()
        guard let after = hall.server.residentKiB() else { throw BenchFailure("cannot read the server's VmRSS") }
        let perScreen = Double(after - before) / Double(max(1, fleet.ready))
        var table = ReportTable(
            "memory: server VmRSS with idle screens", columns: ["screens", "RSS before", "RSS after", "per screen"])
        table.add([
            "\(fleet.ready)\(load.mark)", "\(before) KiB", "\(after) KiB", String(format: "%.2f KiB", perScreen),
        ])
        if !joined { table.note("only \(fleet.ready) of \(crowd) screens joined before the budget ran out") }
        report.add(
            "memory", table: table,
            json: [
                "screens": fleet.ready, "rssBeforeKiB": before, "rssAfterKiB": after, "kibPerScreen": perScreen,
                "load": load.json,
            ])
    }
}
