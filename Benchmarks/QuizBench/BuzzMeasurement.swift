/// Buzz → the buzzing team's `answerRightGranted`, and → the lock (`answering`) at all eight teams,
/// with more and more screens connected, against the floor measured in the same run.
///
/// A round: the host shows a question and arms the buzzers, one team buzzes, and the host voids the
/// question; after each step the bench waits until every screen has the new state, so the buzz
/// meets an idle server (in a hall it comes seconds after the arming). The team that buzzes goes
/// round all eight.
struct BuzzMeasurement {
    let context: BenchContext

    func run(report: BenchReport) throws {
        let options = context.options
        let rounds = options.buzzRounds ?? options.pick(1000, quick: 100)
        let crowds = options.pick([0, 1000, 10_000], quick: [0, 200])
        let floor = try FloorMeasurement(context: context, samples: options.pick(2000, quick: 300))
        let hall = try QuizHall(context: context, name: "buzz", questions: rounds * crowds.count + 10)
        defer { hall.close() }
        try hall.command("startSegment", #""segment":0"#)
        let fleet = ScreenFleet(loop: hall.loop, port: hall.server.port, sendsHello: true)
        var grantAt: Int64?
        var lockedAt: [Int: Int64] = [:]
        hall.onTeamText = { team, payload, at in
            if grantAt == nil, ByteSearch.hasPrefix(payload, QuizHall.ackPrefix),
                ByteSearch.contains(payload, "answerRightGranted")
            {
                grantAt = at
            }
            if lockedAt[team] == nil, ByteSearch.hasPrefix(payload, ScreenFleet.statePrefix),
                ByteSearch.contains(payload, #""answering":"#)
            {
                lockedAt[team] = at
            }
        }
        var floorCopy = floor
        let floorSummary = floorCopy.floor.summary()
        var table = ReportTable(
            "buzz: buzz → grant at the buzzing team, and the lock at all 8 teams",
            columns: [
                "screens", "rounds", "grant p50", "grant p99", "grant max", "lock p50", "lock p99", "lock max",
                "grant p99 / floor p99",
            ])
        var rows: [[String: Any]] = []
        var benchBound = false
        for crowd in crowds {
            let budget = context.deadline(options.pick(crowd >= 10_000 ? 420 : 150, quick: 15))
            guard fleet.grow(to: crowd, deadline: budget) else {
                table.note("\(crowd) screens: only \(fleet.ready) connected before the budget ran out")
                break
            }
            hall.loop.settle(quiet: Monotonic.seconds(0.05), deadline: budget)
            var grants = LatencySamples()
            var locks = LatencySamples()
            let meter = LoadMeter(loop: hall.loop)
            var round = 0
            let anyState = { (prefix: [UInt8]) in ByteSearch.hasPrefix(prefix, ScreenFleet.statePrefix) }
            /// Runs `step`, then waits until every screen has a newer state: the server is idle again.
            func drained(_ step: () throws -> Void) throws -> Bool {
                fleet.beginRound(at: Monotonic.now(), matching: anyState)
                try step()
                return fleet.finishRound(deadline: budget)
            }
            while round < rounds && Monotonic.now() < budget {
                guard try drained({ try hall.command("showQuestion") }), try drained({ try hall.command("armBuzzers") })
                else { break }
                let team = hall.teams[round % 8]
                grantAt = nil
                lockedAt = [:]
                let start = Monotonic.now()
                let locked = try drained {
                    team.sendText(#"{"type":"buzz","id":"z\#(round)"}"#)
                    hall.loop.run(until: budget) { grantAt != nil && lockedAt.count == 8 }
                }
                guard locked, grantAt != nil, lockedAt.count == 8 else { break }
                grants.add(Monotonic.micros(from: start, to: grantAt ?? start))
                locks.add(Monotonic.micros(from: start, to: lockedAt.values.max() ?? start))
                guard try drained({ try hall.command("void") }) else { break }
                round += 1
            }
            let load = meter.reading()
            benchBound = benchBound || load.benchBound
            let grant = grants.summary()
            let lock = locks.summary()
            let ratio = floorSummary.p99 > 0 ? grant.p99 / floorSummary.p99 : 0
            table.add([
                "\(crowd)\(load.mark)", "\(round)\(round < rounds ? " (budget)" : "")",
                LatencySummary.milliseconds(grant.p50, samples: grant.count),
                LatencySummary.milliseconds(grant.p99, samples: grant.count),
                LatencySummary.milliseconds(grant.max, samples: grant.count),
                LatencySummary.milliseconds(lock.p50, samples: lock.count),
                LatencySummary.milliseconds(lock.p99, samples: lock.count),
                LatencySummary.milliseconds(lock.max, samples: lock.count), String(format: "%.2f×", ratio),
            ])
            rows.append([
                "screens": crowd, "rounds": round, "grant": grant.json, "lockAtAllTeams": lock.json,
                "grantP99OverFloorP99": ratio, "load": load.json, "screensLost": fleet.lost,
            ])
        }
        var trip = floor.roundTrip
        var sync = floor.sync
        let tripSummary = trip.summary()
        let syncSummary = sync.summary()
        table.note(
            "floor (same run): loopback round trip p50 \(LatencySummary.milliseconds(tripSummary.p50)), p99 "
                + "\(LatencySummary.milliseconds(tripSummary.p99)); 100-byte append + fdatasync p50 "
                + "\(LatencySummary.milliseconds(syncSummary.p50)), p99 \(LatencySummary.milliseconds(syncSummary.p99)); "
                + "round trip + sync p50 \(LatencySummary.milliseconds(floorSummary.p50)), p99 "
                + "\(LatencySummary.milliseconds(floorSummary.p99))")
        if benchBound {
            table.note("(bench-bound): the bench's loop was busy > 85% of the time; that row measures the bench")
        }
        report.add(
            "buzz", table: table,
            json: [
                "rows": rows,
                "floor": [
                    "roundTrip": tripSummary.json, "appendAndFdatasync": syncSummary.json, "sum": floorSummary.json,
                ],
            ])
    }
}
