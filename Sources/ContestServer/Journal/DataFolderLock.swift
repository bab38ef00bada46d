import Glibc

/// An exclusive lock on the data folder for the server's whole life, so no second server appends to
/// the same journal (two histories mixed in one file would replay without complaint, and wrongly).
///
/// `flock` on `DATA/server.lock`: the kernel lets it go when the process ends, however it ends, so a
/// crash never leaves a stale lock. The holder writes its pid and port into the file, so the second
/// server can say which one is running.
public final class DataFolderLock {
    public let path: String
    private let descriptor: Int32

    /// Why the folder cannot be locked.
    public enum Failure: Error, Sendable, Hashable {
        /// Another server holds it; what it wrote of itself (`pid 1234 port 7700`), if anything.
        case held(path: String, holder: String)
        case system(path: String, reason: String)

        public var lines: [String] {
            switch self {
            case .held(let path, let holder):
                let who = holder.isEmpty ? "" : "（\(holder)）"
                let whoEnglish = holder.isEmpty ? "" : " (\(holder))"
                return [
                    "数据目录已被另一个正在运行的 quiz-server 使用\(who)：\(path)。同一场比赛只能有一个服务器；请用那个服务器，或先将它停止。",
                    "another quiz-server is running on this data folder\(whoEnglish): \(path). One contest has one server: use that one, or stop it first.",
                ]
            case .system(let path, let reason):
                return ["无法锁定数据目录 cannot lock the data folder \(path): \(reason)"]
            }
        }
    }

    /// Takes the lock on `directory`, or says who holds it; never waits.
    public init(directory: String) throws(Failure) {
        path = directory + "/server.lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .system(path: path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            var bytes = [UInt8](repeating: 0, count: 256)
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
            close(descriptor)
            let holder = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            throw busy ? .held(path: path, holder: holder) : .system(path: path, reason: reason)
        }
    }

    deinit { close(descriptor) }

    /// Writes who holds the lock, once the port is known.
    public func record(port: Int) {
        let text = Array("pid \(getpid()) port \(port)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }
}
