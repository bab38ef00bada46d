import ContestCore
import ContestProtocol

/// Why the journal cannot be opened or written, said so an organiser knows what to do next.
public enum JournalError: Error, Sendable, Hashable {
    /// A system call failed; `errno` text included.
    case system(path: String, operation: String, reason: String)
    /// A damaged record with data after it: cutting it off would lose acknowledged results.
    case corrupt(path: String, record: Int, offset: Int, reason: String)
    /// A record whose checksum is right but whose content cannot be read by this version.
    case unreadable(path: String, record: Int, reason: String)
    /// The journal belongs to another contest file or question bank.
    case otherContest(path: String, what: String)
    /// The journal was written by a newer server in a format this one cannot read.
    case newerVersion(path: String, found: Int)

    /// The message for the operator's console.
    public func message(_ language: Language = .chinese) -> String {
        let chinese = language == .chinese
        switch self {
        case .system(let path, let operation, let reason):
            return chinese ? "\(path)：\(operation)失败（\(reason)）" : "\(path): \(operation) failed (\(reason))"
        case .corrupt(let path, let record, let offset, let reason):
            return chinese
                ? "\(path)：第 \(record) 条记录（第 1 条为文件头；字节偏移 \(offset)）已损坏（\(reason)），不是未写完的末尾，截去会丢掉已确认的结果，拒绝启动，文件未作任何改动。请保留该文件并联系技术人员；如需另起一场比赛，用 --new（旧日志会保留）。"
                : "\(path): record \(record) (record 1 is the header) at byte offset \(offset) is damaged (\(reason)); it is not a torn end, and cutting it would lose acknowledged results, so the server refuses to start and leaves the file as it is. Keep the file; use --new to start a fresh contest (the old journal is kept)."
        case .unreadable(let path, let record, let reason):
            return chinese
                ? "\(path)：第 \(record) 条记录（第 1 条为文件头）无法读取（\(reason)）"
                : "\(path): record \(record) (record 1 is the header) cannot be read (\(reason))"
        case .newerVersion(let path, let found):
            let known = ProtocolVersion.current
            return chinese
                ? "\(path) 是较新版本的服务器写的（日志格式第 \(found) 版，本程序只认识到第 \(known) 版）。请用写这份日志的服务器版本或更新的版本继续比赛；日志保持原样。"
                : "\(path) was written by a newer server (journal format \(found); this one reads up to format \(known)). Continue with that server version or a later one; the journal is left as it is."
        case .otherContest(let path, let what):
            return chinese
                ? "\(path) 属于另一场比赛（\(what)不同）。继续这场比赛请使用当时的比赛文件和题库；另起一场请加 --new（旧日志会保留）。"
                : "\(path) belongs to another contest (its \(what) differs). Use the same contest file and bank to continue it, or --new to start afresh (the old journal is kept)."
        }
    }
}
