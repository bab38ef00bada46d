import ExamCore
import Foundation

/// The written exam online: 10,000 candidates log in over WebSocket, then save 1,000 answers a second
/// between them (open loop, paced by the bench's clock), then every paper is submitted and the whole
/// exam graded in-process. Figures: save→ack and login latency, the rate achieved, the server's memory
/// per connected candidate, and the time to grade.
struct ExamMeasurement {
    let context: BenchContext

    static let savesPerSecond = 1000
    /// Consecutive saves go to candidates this far apart in the roster (prime, so every candidate comes round).
    static let stride = 7919

    func run(report: BenchReport) throws {
        let options = context.options
        let count = options.pick(10_000, quick: 1000)
        let saveSeconds = options.pick(20, quick: 5)
        let data = context.dataFolder("exam")
        let fixture = try ExamFixture(folder: data + "-fixture", candidates: count)
        let server = try ServerUnderTest(
            binary: context.serverBinary,
            arguments: [
                "--host", "127.0.0.1", "--exam", fixture.examPath, "--data", data, "--quiet", "--hello-timeout", "600",
                "--idle-timeout", "3600",
            ], portFile: data + ".port", core: options.serverCore)
        let loop = context.loop
        defer {
            loop.closeAll()
            server.stop()
        }
        guard let tokensFile = FileManager.default.contents(atPath: data + "/tokens.json"),
            let tokens = ExamTokens.decode(Array(tokensFile)), tokens.candidates.count == count
        else { throw BenchFailure("no tokens.json with \(count) candidates in \(data)") }
        loop.settle(quiet: Monotonic.seconds(0.2), deadline: context.deadline(5))
        guard let idle = server.residentKiB() else { throw BenchFailure("cannot read the server's VmRSS") }

        let fleet = ExamCandidateFleet(
            loop: loop, port: server.port, credentials: tokens.candidates.map { ($0.candidate, $0.token) })
        let connectMeter = LoadMeter(loop: loop)
        let connectCPUBefore = server.cpuSeconds()
        let connectStart = Monotonic.now()
        let allIn = fleet.connectAll(deadline: context.deadline(options.pick(300, quick: 60)))
        let connectSeconds = Double(Monotonic.now() - connectStart) / 1e9
        let connectLoad = connectMeter.reading()
        let connectCPU = server.cpuSeconds() - connectCPUBefore
        loop.settle(quiet: Monotonic.seconds(0.5), deadline: context.deadline(10))
        guard let connected = server.residentKiB() else { throw BenchFailure("cannot read the server's VmRSS") }
        guard fleet.welcomed > 0 else {
            throw BenchFailure("no candidate got a welcome: \(fleet.firstRefusal ?? loop.firstFailure ?? "no reply")")
        }

        let saveMeter = LoadMeter(loop: loop)
        let serverCPUBefore = server.cpuSeconds()
        let runQueueBefore = Self.runQueueSeconds(server.pid)
        let (sent, saveWall) = save(fleet, count: count, questions: fixture.questions, seconds: saveSeconds)
        let saveLoad = saveMeter.reading()
        let serverCPU = server.cpuSeconds() - serverCPUBefore
        let runQueue = Self.runQueueSeconds(server.pid) - runQueueBefore
        guard let afterSaves = server.residentKiB() else { throw BenchFailure("cannot read the server's VmRSS") }

        let submitStart = Monotonic.now()
        for index in fleet.connections.indices { fleet.send(.submit, to: index, "submitPaper", due: submitStart) }
        loop.run(until: context.deadline(120)) { fleet.outstanding == 0 }
        let submitSeconds = Double(Monotonic.now() - submitStart) / 1e9
        loop.closeAll()
        server.stop()
        let grading = try ExamGradingTime(dataFolder: data)

        var loginSamples = fleet.logins
        let logins = loginSamples.summary()
        var saves = fleet.saves
        var submitSamples = fleet.submits
        let submits = submitSamples.summary()
        let perCandidate = Double(connected - idle) / Double(max(1, fleet.welcomed))
        let wholeProcess = Double(connected) / Double(max(1, fleet.welcomed))
        var lagSamples = fleet.saveLag
        let lag = lagSamples.summary()
        let achieved = Double(saves.count) / saveWall
        let p90 = saves.percentile(90)
        let saveSummary = saves.summary()
        func ms(_ micros: Double) -> String { LatencySummary.milliseconds(micros) }
        var table = ReportTable(
            "exam: \(count) candidates, \(Self.savesPerSecond) saves/s", columns: ["figure", "value"])
        table.add([
            "candidates logged in\(connectLoad.mark)",
            String(
                format: "%d of %d in %.1f s (%.0f logins/s, %d in flight)", fleet.welcomed, count, connectSeconds,
                Double(fleet.welcomed) / connectSeconds, ExamCandidateFleet.inFlight),
        ])
        table.add(["login hello→welcome p50 / p99", "\(ms(logins.p50)) / \(ms(logins.p99))"])
        table.add(["server CPU while logging in", String(format: "%.1f s", connectCPU)])
        table.add([
            "server RSS idle / connected / per candidate",
            String(format: "%d KiB / %d KiB / %.2f KiB", idle, connected, perCandidate),
        ])
        table.add(["server RSS connected / candidates (whole process)", String(format: "%.2f KiB", wholeProcess)])
        table.add([
            "saves sent / acked / rejected", "\(sent) / \(saveSummary.count) / \(fleet.rejected)",
        ])
        table.add([
            "save→ack p50 / p90 / p99 / max\(saveLoad.mark)",
            "\(ms(saveSummary.p50)) / \(ms(p90)) / \(ms(saveSummary.p99)) / \(ms(saveSummary.max))",
        ])
        table.add(["saves acked per second", String(format: "%.0f over %.1f s", achieved, saveWall)])
        table.add([
            "server CPU while saving",
            String(
                format: "%.1f s = %.0f%% of a core; waited %.2f s for a CPU", serverCPU, serverCPU / saveWall * 100,
                runQueue),
        ])
        table.add(["server RSS after the saves", "\(afterSaves) KiB"])
        table.add([
            "submit all papers at once (submit→ack p50 / p99)",
            String(format: "%.2f s (%@ / %@)", submitSeconds, ms(submits.p50), ms(submits.p99)),
        ])
        table.add(["rebuild the day from DATA (ExamDataFolder.read)", String(format: "%.3f s", grading.rebuildSeconds)])
        table.add([
            "grade \(grading.papers) papers (ExamState.grade, best of \(ExamGradingTime.rounds))",
            String(
                format: "%.3f s (%d submitted, %d answers)", grading.gradeSeconds, grading.submitted, grading.answers),
        ])
        table.note("connect: \(connectLoad.text)")
        table.note("saves: \(saveLoad.text); sent after their due instant by p50 \(ms(lag.p50)), p99 \(ms(lag.p99))")
        if !allIn { table.note("only \(fleet.welcomed) of \(count) candidates got a welcome; \(fleet.lost) lost") }
        if let refusal = fleet.firstRefusal { table.note("first refusal: \(refusal)…") }
        report.add(
            "exam", table: table,
            json: [
                "candidates": count, "welcomed": fleet.welcomed, "lost": fleet.lost, "connectSeconds": connectSeconds,
                "loginsInFlight": ExamCandidateFleet.inFlight, "login": logins.json, "rssIdleKiB": idle,
                "rssConnectedKiB": connected, "kibPerCandidate": perCandidate,
                "kibPerCandidateWholeProcess": wholeProcess,
                "serverLoginCPUSeconds": connectCPU, "saveLag": lag.json, "rssAfterSavesKiB": afterSaves,
                "savesSent": sent, "rejected": fleet.rejected, "save": saveSummary.json, "saveP90Micros": p90,
                "savesPerSecondAchieved": achieved, "saveWallSeconds": saveWall, "serverCPUSeconds": serverCPU,
                "serverRunQueueSeconds": runQueue,
                "submitAllSeconds": submitSeconds, "submit": submits.json, "rebuildSeconds": grading.rebuildSeconds,
                "gradeSeconds": grading.gradeSeconds, "papersGraded": grading.papers, "submitted": grading.submitted,
                "answers": grading.answers, "connectLoad": connectLoad.json, "saveLoad": saveLoad.json,
            ])
    }

    /// Sends `savesPerSecond` saves for `seconds`, each due at its own instant of the bench's clock
    /// whatever came back, then waits for the last answers; how many went out and the seconds from the
    /// first due instant to the last answer.
    private func save(
        _ fleet: ExamCandidateFleet, count: Int, questions: [ExamFixture.Question], seconds: Int
    ) -> (sent: Int, wall: Double) {
        let total = Self.savesPerSecond * seconds
        let gap = 1_000_000_000 / Int64(Self.savesPerSecond)
        var savesOf = [Int](repeating: 0, count: count)
        let start = Monotonic.now()
        var next = 0
        while next < total && !context.outOfTime {
            let now = Monotonic.now()
            while next < total && start + Int64(next) * gap <= now {
                let candidate = next * Self.stride % count
                let question = questions[(candidate + savesOf[candidate]) % questions.count]
                let fields =
                    #""question":"\#(question.id)","#
                    + ExamFixture.answerFields(question, variant: savesOf[candidate])
                fleet.send(.save, to: candidate, "saveAnswer", fields, due: start + Int64(next) * gap)
                savesOf[candidate] += 1
                next += 1
            }
            context.loop.pass(timeoutMillis: 1)
        }
        context.loop.run(until: context.deadline(30)) { fleet.outstanding == 0 }
        return (next, Double(Monotonic.now() - start) / 1e9)
    }

    /// How long the server's main thread (its loop) has waited runnable for a CPU, from `/proc/PID/schedstat`:
    /// time another process held its core, which no change to the server can win back.
    private static func runQueueSeconds(_ pid: Int32) -> Double {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8)) ?? ""
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Double(fields[1]) ?? 0) / 1e9 : 0
    }
}
