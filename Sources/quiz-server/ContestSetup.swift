import ContestCore
import ContestProtocol
import ContestServer
import Foundation
import QuestionBank

/// Everything between the command line and a listening server: the contest file, its banks, the
/// journal replayed, the tokens. Each failure is a sentence for the organiser and exit status 1.
struct ContestSetup {
    var hub: ContestHub
    var journal: JournalFile
    var entries: Int
    var journalPath: String
    /// Held for the server's life: no second server on this data folder.
    var lock: DataFolderLock
    var tokensPath: String
    var notes: [String] = []
    /// What the organiser must see at start without it stopping the hall: unknown keys in the contest
    /// file, and every problem in the banks (questions with errors are left out).
    var warnings: [String] = []

    struct Failure: Error {
        var lines: [String]
    }

    init(_ commandLine: ServerCommandLine, now: Int64) throws(Failure) {
        let file = try Self.contestFile(commandLine.contestFile)
        let config = file.config
        warnings = file.warnings.map { "\(commandLine.contestFile ?? "")：\($0.message)" }
        let banks = Self.questions(commandLine, config: config)
        warnings += banks.diagnostics
        let shortfalls = BankCoverage.shortfalls(of: config, in: banks.questions)
        let refusals = shortfalls.filter(\.blocking).map(\.line)
        guard refusals.isEmpty else {
            throw Failure(
                lines: banks.diagnostics + refusals + ["题库不够进行以上环节 the banks cannot play the segments above"])
        }
        warnings += shortfalls.filter { !$0.blocking }.map {
            "\($0.line)；可能不够用 it may run short"
        }
        let state = ContestState(config: config, bank: banks.questions)
        let data = commandLine.dataDirectory
        journalPath = data + "/journal.qcj"
        tokensPath = data + "/tokens.json"
        do {
            try FileManager.default.createDirectory(
                atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(lines: ["无法创建数据目录 cannot create the data folder \(data): \(error.localizedDescription)"])
        }
        do throws(DataFolderLock.Failure) {
            lock = try DataFolderLock(directory: data)
        } catch {
            throw Failure(lines: error.lines)
        }
        if commandLine.fresh {
            let copies = [DataFolderCopies.contest, DataFolderCopies.bank].map { data + "/" + $0 }
            notes += try Self.archive([journalPath, tokensPath] + copies, now: now)
        }
        let expected = JournalReplay.header(for: state, createdAt: now)
        let recovered: JournalReplay.Recovered
        do throws(JournalError) {
            let bytes = try JournalFile.read(path: journalPath) ?? []
            switch JournalReplay.replay(bytes, path: journalPath, onto: state, expecting: expected) {
            case .success(let result): recovered = result
            case .failure(let error): throw error
            }
            if recovered.tornBytes > 0 {
                notes.append(
                    "警告：日志末尾的第 \(recovered.intactRecords + 1) 条记录未写完整（上次异常退出），已截去 \(recovered.tornBytes) 字节；"
                        + "之前的 \(recovered.intactRecords) 条记录（第 1 条为文件头，其后 \(recovered.entries) 条操作）完好。"
                        + " Warning: record \(recovered.intactRecords + 1) at the journal's end was torn (\(recovered.tornBytes) bytes, cut off);"
                        + " the \(recovered.intactRecords) records before it (record 1 is the header) are intact."
                )
            }
            journal = try JournalFile(
                path: journalPath, existing: bytes, truncatingTo: recovered.tornBytes > 0 ? recovered.validLength : nil)
            if recovered.needsHeader {
                journal.append(JournalCoding.encode(.header(expected)))
                try journal.sync()
            }
        } catch {
            throw Failure(lines: [error.message(), error.message(.english)])
        }
        entries = recovered.entries
        if let warning = ContestSnapshot.write(state, to: data) { warnings.append(warning) }
        if entries > 0 { notes.append("已从日志恢复 \(entries) 条操作 Replayed \(entries) commands from the journal") }
        hub = ContestHub(state: recovered.state, tokens: try Self.tokens(at: tokensPath, for: config, notes: &notes))
    }

    /// The contest file (or the demo contest) with a warning for each key it does not know.
    static func contestFile(_ path: String?) throws(Failure) -> ContestFile {
        guard let path else { return ContestFile(config: DemoContest.config) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(lines: ["无法读取比赛文件 cannot read the contest file: \(path)"])
        }
        let file: ContestFile
        do {
            file = try JSONDecoder().decode(ContestFile.self, from: data)
        } catch {
            throw Failure(lines: ["\(path): 比赛文件有误 the contest file is wrong: \(DecodingProblem.describe(error))"])
        }
        let problems = file.config.problems()
        guard problems.isEmpty else { throw Failure(lines: problems.map { "\(path): \($0)" }) }
        return file
    }

    /// Every usable question of the banks, and a line for each problem found: a question with an
    /// error is left out and the rest load, as `bank check` reports them.
    static func questions(_ commandLine: ServerCommandLine, config: ContestConfig) -> (
        questions: [Question], diagnostics: [String]
    ) {
        var paths = commandLine.bankFiles
        if paths.isEmpty, let contest = commandLine.contestFile {
            let folder = URL(fileURLWithPath: contest).deletingLastPathComponent()
            paths = config.banks.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path }
        }
        if paths.isEmpty { paths = [BundledFile.locate(DemoContest.bankPath) ?? DemoContest.bankPath] }
        var questions: [Question] = []
        var lines: [String] = []
        for path in paths {
            let loaded = BankLoader.load(path: path)
            lines += loaded.diagnostics.map { $0.formatted() }
            questions += loaded.bank.questions
            if !loaded.isValid {
                let count = loaded.bank.questions.count
                lines.append(
                    "\(path)：有错误的题已略去，载入 \(count) 道题 questions with errors were left out; \(count) loaded")
            }
        }
        return (questions, lines)
    }

    /// Renames the old journal, tokens and contest copies aside (`journal-20261121-093000.qcj`); never deletes.
    static func archive(_ paths: [String], now: Int64) throws(Failure) -> [String] {
        var time = time_t(now / 1_000_000)
        var parts = tm()
        localtime_r(&time, &parts)
        let stamp = String(
            format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour,
            parts.tm_min, parts.tm_sec)
        var notes: [String] = []
        for path in paths where FileManager.default.fileExists(atPath: path) {
            let url = URL(fileURLWithPath: path)
            let base = url.deletingPathExtension().lastPathComponent
            var target = url.deletingLastPathComponent().appendingPathComponent("\(base)-\(stamp).\(url.pathExtension)")
                .path
            var suffix = 2
            while FileManager.default.fileExists(atPath: target) {
                target =
                    url.deletingLastPathComponent().appendingPathComponent(
                        "\(base)-\(stamp)-\(suffix).\(url.pathExtension)"
                    ).path
                suffix += 1
            }
            guard rename(path, target) == 0 else {
                throw Failure(lines: ["无法改名保留 cannot move aside \(path): \(String(cString: strerror(errno)))"])
            }
            notes.append("旧文件已保留为 kept the old file as \(target)")
        }
        if !notes.isEmpty { try? JournalFile.syncDirectory(of: paths[0]) }
        return notes
    }

    /// The contest's tokens: read from `tokens.json`, or made and written (mode 0600) the first time.
    static func tokens(at path: String, for config: ContestConfig, notes: inout [String]) throws(Failure)
        -> AccessTokens
    {
        var generator = SystemRandomNumberGenerator()
        var tokens: AccessTokens
        if let data = FileManager.default.contents(atPath: path) {
            do throws(ProtocolDecodingError) {
                tokens = try AccessTokens(jsonText: Array(data))
            } catch {
                throw Failure(lines: ["\(path): 令牌文件无法读取 the tokens file cannot be read: \(error.message(.chinese))"])
            }
            let completed = tokens.completed(for: config, using: &generator)
            guard completed != tokens else { return tokens }
            tokens = completed
        } else {
            tokens = AccessTokens(for: config, using: &generator)
        }
        let temporary = path + ".tmp"
        guard Self.writePrivately(JSONWriter.encode(tokens) + [0x0A], to: temporary),
            rename(temporary, path) == 0
        else { throw Failure(lines: ["无法写入令牌文件 cannot write the tokens file: \(path)"]) }
        try? JournalFile.syncDirectory(of: path)
        notes.append("令牌已写入 tokens written to \(path)（仅本机可读 mode 0600）")
        return tokens
    }

    /// Writes a file only its owner can read, created that way (no moment of wider permissions).
    static func writePrivately(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        return written == bytes.count && fsync(descriptor) == 0
    }
}
