import CQuizSys
import Foundation
import Glibc

/// How long one state change takes to reach every screen, and what the server holds meanwhile.
///
/// Starts the release `quiz-server` built beside this program, connects N NDJSON screens that read
/// everything, then has the host pause and resume R times; each change is timed from the host's send
/// until the last screen has its new state line. Build both first:
///
///     $ swift build -c release && .build/release/broadcast-benchmark 10000 20
///     10000 screens, 20 changes, largest read 2081 bytes
///     fan-out to every screen: median 156.7 ms, max 282.2 ms
///     server CPU per change: 68.5 ms
///     server resident memory: 39.0 MiB
///
/// (Measured on the 2-core development machine, client and server sharing it; each change also
/// waits for the journal's fdatasync.)
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let screenCount = arguments.first ?? 10_000
let rounds = arguments.dropFirst().first ?? 20

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("broadcast-benchmark: \(message)\n".utf8))
    exit(1)
}

let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
let binary = folder.appendingPathComponent("quiz-server").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    fail("\(binary) is missing: run `swift build -c release` first")
}
let data = NSTemporaryDirectory() + "broadcast-benchmark-\(getpid())"
let portFile = data + ".port"
let server = Process()
server.executableURL = URL(fileURLWithPath: binary)
server.arguments = ["--host", "127.0.0.1", "--port", "0", "--port-file", portFile, "--data", data, "--quiet"]
server.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
try server.run()
defer { server.terminate() }
var port = 0
for _ in 0..<500 where port == 0 {
    usleep(20_000)
    port =
        Int(
            (try? String(contentsOfFile: portFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
                ?? "") ?? 0
}
guard port > 0 else { fail("the server did not start") }
_ = cqs_raise_open_file_limit()

@MainActor func connectSocket() -> Int32 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    guard result == 0 else { fail("connect: \(String(cString: strerror(errno)))") }
    return descriptor
}

func sendLine(_ descriptor: Int32, _ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
}

let tokens =
    (try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/tokens.json"))))
    as? [String: Any]
let host = connectSocket()
sendLine(host, #"{"type":"hello","role":"host","token":"\#(tokens?["host"] as? String ?? "")"}"#)

/// The screens' side: N sockets read through one epoll, counting lines per screen.
final class ScreenFleet {
    let epoll = cqs_epoll_create()
    var screens: [Int32] = []
    var counts: [Int] = []
    var largestRead = 0

    init(count: Int, connect: () -> Int32) {
        for index in 0..<count {
            let descriptor = connect()
            let hello = Array("{\"type\":\"hello\",\"role\":\"screen\"}\n".utf8)
            _ = hello.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            _ = cqs_set_nonblocking(descriptor)
            _ = cqs_epoll_add(epoll, descriptor, 1, 0, UInt64(index))
            screens.append(descriptor)
        }
        counts = [Int](repeating: 0, count: count)
    }

    /// Reads until every screen has seen `target` lines in total.
    func waitForAll(lines target: Int) {
        var behind = counts.filter { $0 < target }.count
        var tags = [UInt64](repeating: 0, count: 256)
        var flags = [UInt32](repeating: 0, count: 256)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        while behind > 0 {
            let ready = cqs_epoll_wait(epoll, &tags, &flags, 256, 10_000)
            guard ready > 0 else { fail("screens stopped receiving (\(behind) behind)") }
            for index in 0..<Int(ready) {
                let screen = Int(tags[index])
                while true {
                    let count = recv(screens[screen], buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT))
                    if count <= 0 { break }
                    largestRead = max(largestRead, count)
                    let before = counts[screen]
                    for offset in 0..<count where buffer[offset] == 0x0A { counts[screen] += 1 }
                    if before < target && counts[screen] >= target { behind -= 1 }
                }
            }
        }
    }
}

let fleet = ScreenFleet(count: screenCount, connect: connectSocket)

/// The server's CPU time so far (user + system), in milliseconds.
func serverCPU() -> Double {
    let stat = (try? String(contentsOfFile: "/proc/\(server.processIdentifier)/stat", encoding: .utf8)) ?? ""
    let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
    return (user + system) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
}

fleet.waitForAll(lines: 1)
let cpuBefore = serverCPU()
var timings: [Double] = []
for round in 0..<rounds {
    let start = cqs_now_micros()
    sendLine(host, round % 2 == 0 ? #"{"type":"pause"}"# : #"{"type":"resume"}"#)
    fleet.waitForAll(lines: round + 2)
    timings.append(Double(cqs_now_micros() - start) / 1000)
}
let status = (try? String(contentsOfFile: "/proc/\(server.processIdentifier)/status", encoding: .utf8)) ?? ""
let resident =
    status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }.map {
        $0.split(separator: " ").dropFirst().first ?? "?"
    } ?? "?"
let cpuPerChange = (serverCPU() - cpuBefore) / Double(rounds)
timings.sort()
print("\(screenCount) screens, \(rounds) changes, largest read \(fleet.largestRead) bytes")
print(
    String(
        format: "fan-out to every screen: median %.1f ms, max %.1f ms", timings[timings.count / 2], timings.last ?? 0))
print(String(format: "server CPU per change: %.1f ms", cpuPerChange))
print(String(format: "server resident memory: %.1f MiB", (Double(resident) ?? 0) / 1024))
