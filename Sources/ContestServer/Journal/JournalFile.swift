import Glibc
import Wire

/// The journal on disk: appends framed records and makes them durable with one fdatasync per batch.
///
/// The event loop appends every record of a loop pass, then calls `sync()` once before it tells any
/// client the result, so a crash can lose only what nobody was told.
public final class JournalFile {
    public let path: String
    private let descriptor: Int32
    private var pending: [UInt8] = []
    /// SHA-1 of every byte the file holds (pending appends included): `sha1sum journal.qcj` after a
    /// sync, so anyone can check that a restart came back to the same record.
    private var contents: SHA1

    /// The hex digest of the file's bytes, kept as records are appended: nothing is re-read or re-encoded.
    public var digest: String { contents.hexDigest }

    /// Opens (creating if needed) the journal for appending, first cutting it to `validLength` when
    /// a torn record follows; `existing` is what the file holds up to there. A newly created file has
    /// its directory fsynced so the name survives a power cut.
    public init(path: String, existing: [UInt8] = [], truncatingTo validLength: Int? = nil) throws(JournalError) {
        self.path = path
        contents = SHA1()
        contents.update(validLength.map { Array(existing.prefix($0)) } ?? existing)
        let existed = access(path, F_OK) == 0
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path, "打开 open") }
        self.descriptor = descriptor
        if let validLength {
            guard ftruncate(descriptor, off_t(validLength)) == 0, fsync(descriptor) == 0 else {
                close(descriptor)
                throw Self.failure(path, "截断 truncate")
            }
        }
        if !existed { try Self.syncDirectory(of: path) }
    }

    deinit { close(descriptor) }

    /// Queues one record; nothing is on disk until `sync()`.
    public func append(_ payload: [UInt8]) {
        let framed = JournalRecordFormat.frame(payload)
        contents.update(framed)
        pending.append(contentsOf: framed)
    }

    /// Whether records are waiting for `sync()`.
    public var hasPending: Bool { !pending.isEmpty }

    /// Writes the queued records and waits until the disk has them.
    public func sync() throws(JournalError) {
        guard !pending.isEmpty else { return }
        var written = 0
        while written < pending.count {
            let result = pending.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Self.failure(path, "写入 write")
            }
            written += result
        }
        pending.removeAll(keepingCapacity: true)
        guard fdatasync(descriptor) == 0 else { throw Self.failure(path, "落盘 fdatasync") }
    }

    /// The whole file, or `nil` when there is none yet.
    public static func read(path: String) throws(JournalError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, "读取 read")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "读取 read")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Fsyncs the directory holding `path`, so a created or renamed entry is durable.
    public static func syncDirectory(of path: String) throws(JournalError) {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let descriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(directory, "打开目录 open directory") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(directory, "目录落盘 fsync directory") }
    }

    static func failure(_ path: String, _ operation: String) -> JournalError {
        .system(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }
}
