import Foundation
import Glibc

/// The real `quiz-server` binary, started on a free port with its own data folder.
///
/// The binary sits beside the test bundle in the build folder; it is started with `--port 0` and a
/// port file, so tests never collide on a port, and killed (SIGKILL) when the test is done with it.
final class ServerProcess {
    let process = Process()
    let dataDirectory: String
    let port: Int
    let outputPath: String
    let errorPath: String

    /// The folder every test's data lives under; removed by nobody (it is in /tmp).
    static func scratchDirectory(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "quiz-e2e-\(getpid())-\(name)-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static var binary: String {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        return bundle.appendingPathComponent("quiz-server").path
    }

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    init(dataDirectory: String, arguments: [String] = [], fresh: Bool = false) throws {
        self.dataDirectory = dataDirectory
        let portFile = dataDirectory + "-port-\(UInt32.random(in: 0...UInt32.max))"
        outputPath = portFile + ".out"
        errorPath = portFile + ".err"
        for path in [outputPath, errorPath] where !FileManager.default.createFile(atPath: path, contents: nil) {
            throw TestFailure("cannot create \(path)")
        }
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.currentDirectoryURL = URL(fileURLWithPath: Self.packageRoot)
        process.arguments =
            ["--host", "127.0.0.1", "--port", "0", "--port-file", portFile, "--data", dataDirectory]
            + (fresh ? ["--new"] : []) + arguments
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        var found: Int?
        for _ in 0..<600 {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
                let number = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                found = number
                break
            }
            if !process.isRunning { break }
            usleep(20_000)
        }
        try? FileManager.default.removeItem(atPath: portFile)
        guard let found else {
            process.terminate()
            throw TestFailure("the server did not start: \(Self.read(errorPath))")
        }
        port = found
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Sends `signal` and waits for the process to end; its exit status.
    @discardableResult
    func stop(_ signal: Int32 = SIGKILL) -> Int32 {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    var tokens: [String: Any] {
        guard let data = FileManager.default.contents(atPath: dataDirectory + "/tokens.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object
    }

    var hostToken: String { tokens["host"] as? String ?? "" }

    func teamToken(_ team: Int) -> String {
        let teams = tokens["teams"] as? [[String: Any]] ?? []
        return teams.first { $0["team"] as? Int == team }?["token"] as? String ?? ""
    }

    func judgeToken(_ judge: Int) -> String {
        let judges = tokens["judges"] as? [[String: Any]] ?? []
        return judges.first { $0["judge"] as? Int == judge }?["token"] as? String ?? ""
    }

    var standardOutput: String { Self.read(outputPath) }
    var standardError: String { Self.read(errorPath) }

    static func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
}

/// A failure worth stopping a test for, with what was seen.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
