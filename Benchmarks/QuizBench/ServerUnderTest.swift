import CQuizSys
import Foundation
import Glibc

/// A server process the bench measures (`quiz-server` or a peer): started on a free loopback port,
/// found through its port file, pinned to its core, read from `/proc` for memory and CPU, stopped.
final class ServerUnderTest {
    let process = Process()
    let port: Int
    /// Seconds from launch until the port file held the bound port.
    let startupSeconds: Double

    var pid: Int32 { process.processIdentifier }

    /// Starts `binary` with `arguments` plus `--port 0 --port-file …`, waiting up to `timeout` seconds.
    init(binary: String, arguments: [String], portFile: String, core: Int?, timeout: Double = 60) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchFailure("\(binary) is missing")
        }
        try? FileManager.default.removeItem(atPath: portFile)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--port", "0", "--port-file", portFile]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let errorPath = portFile + ".err"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        let start = Monotonic.now()
        try process.run()
        var found: Int?
        while found == nil, process.isRunning, Monotonic.now() - start < Monotonic.seconds(timeout) {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
                let number = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), number > 0
            {
                found = number
            } else {
                usleep(500)
            }
        }
        startupSeconds = Double(Monotonic.now() - start) / 1e9
        guard let found else {
            let said = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            guard process.isRunning else {
                throw BenchFailure("\(binary) exited (\(process.terminationStatus)) before listening: \(said)")
            }
            process.terminate()
            throw BenchFailure("\(binary) did not write its port within \(Int(timeout)) s \(said)")
        }
        port = found
        if let core { _ = cqs_pin_process(process.processIdentifier, Int32(core)) }
    }

    deinit { stop() }

    /// The server's resident memory in KiB (`VmRSS` in `/proc/PID/status`).
    func residentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
    }

    /// The server's CPU time so far (user + system) in seconds, from `/proc/PID/stat`.
    func cpuSeconds() -> Double {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Asks the server to stop (SIGTERM) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
