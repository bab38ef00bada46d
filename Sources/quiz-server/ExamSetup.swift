import ContestCore
import ContestProtocol
import ContestServer
import ExamCore
import Foundation

/// Everything between `quiz-server --exam` and a listening server: the exam file and its paper, the
/// journal replayed, the tokens, the copies. Each failure is a sentence for the organiser and exit status 1.
struct ExamSetup {
    var hub: ExamHub
    var journal: JournalFile
    var entries: Int
    var examPath: String
    /// Held for the server's life: no second server on this data folder.
    var lock: DataFolderLock
    var notes: [String] = []

    /// The exam `quiz-server --exam` runs without a file.
    static let demoExam = "question-banks/demo-exam/exam.json"

    init(_ commandLine: ServerCommandLine, now: Int64) throws(ContestSetup.Failure) {
        examPath = commandLine.examFile ?? BundledFile.locate(Self.demoExam) ?? Self.demoExam
        let data = commandLine.dataDirectory
        let journalPath = data + "/" + ExamDataFolder.journal
        let tokensPath = data + "/" + ExamDataFolder.tokens
        do {
            try FileManager.default.createDirectory(
                atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .init(lines: ["无法创建数据目录 cannot create the data folder \(data): \(error.localizedDescription)"])
        }
        do throws(DataFolderLock.Failure) {
            lock = try DataFolderLock(directory: data)
        } catch {
            throw .init(lines: error.lines)
        }
        if commandLine.fresh {
            let copies = [ExamDataFolder.examCopy, ExamDataFolder.paperCopy].map { data + "/" + $0 }
            notes += try ContestSetup.archive([journalPath, tokensPath] + copies, now: now)
        }
        let loaded: (file: ExamFile, paper: WrittenPaper)
        switch ExamFile.load(path: examPath) {
        case .success(let value): loaded = value
        case .failure(let error): throw .init(lines: error.messages(.chinese) + error.messages(.english))
        }
        let bytes: [UInt8]
        do throws(JournalError) {
            bytes = try JournalFile.read(path: journalPath) ?? []
        } catch {
            throw Self.failure(error)
        }
        // An exam that opens when the server starts keeps the first run's start, a whole second, so the
        // data folder's copy of the exam file (which writes it to the second) names the same exam.
        let opened = ExamJournalReplay.header(bytes)?.start ?? now - now % 1_000_000
        let exam: Exam
        switch loaded.file.resolve(paper: loaded.paper, file: examPath, now: opened) {
        case .success(let value): exam = value
        case .failure(let error): throw .init(lines: error.messages(.chinese) + error.messages(.english))
        }
        let recovered: ExamJournalReplay.Recovered
        switch ExamJournalReplay.replay(bytes, path: journalPath, exam: exam) {
        case .success(let value): recovered = value
        case .failure(let error): throw Self.failure(error)
        }
        if recovered.tornBytes > 0 {
            notes.append(
                "警告：考试日志末尾有一条记录未写完整（上次异常退出），已截去 \(recovered.tornBytes) 字节；之前的 \(recovered.entries) 条操作完好。"
                    + " Warning: the exam journal's last record was torn (\(recovered.tornBytes) bytes, cut off);"
                    + " the \(recovered.entries) requests before it are intact.")
        }
        do throws(JournalError) {
            journal = try JournalFile(
                path: journalPath, existing: bytes, truncatingTo: recovered.tornBytes > 0 ? recovered.validLength : nil)
            if recovered.needsHeader {
                let header = ExamJournalReplay.header(for: exam, createdAt: now)
                journal.append(JSONWriter.encode(ExamJournalRecord.header(header)))
                try journal.sync()
            }
        } catch {
            throw Self.failure(error)
        }
        entries = recovered.entries
        if entries > 0 { notes.append("已从考试日志恢复 \(entries) 条操作 Replayed \(entries) requests from the exam journal") }
        for copy in ExamDataFolder.copies(of: loaded.file, paper: loaded.paper, start: exam.start) {
            guard ContestSetup.writePrivately(copy.bytes, to: data + "/" + copy.name) else {
                throw .init(lines: ["无法写入 cannot write \(data)/\(copy.name)"])
            }
        }
        hub = ExamHub(day: recovered.day, tokens: try Self.tokens(at: tokensPath, for: exam, notes: &notes))
    }

    private static func failure(_ error: JournalError) -> ContestSetup.Failure {
        .init(lines: [error.message(), error.message(.english)])
    }

    /// The exam's tokens: read from `tokens.json` and completed for anyone the roster added, or made and
    /// written (mode 0600) the first time; a token once given never changes.
    static func tokens(at path: String, for exam: Exam, notes: inout [String]) throws(ContestSetup.Failure)
        -> ExamTokens
    {
        var existing = ExamTokens(candidates: [])
        if let data = FileManager.default.contents(atPath: path) {
            guard let read = ExamTokens.decode(Array(data)) else {
                throw .init(lines: ["\(path): 令牌文件无法读取 the tokens file cannot be read"])
            }
            existing = read
        }
        var generator = SystemRandomNumberGenerator()
        let given = Dictionary(
            existing.candidates.map { ($0.candidate, $0.token) }, uniquingKeysWith: { first, _ in first })
        func token(_ old: String?) -> String { old ?? AccessTokens.token(using: &generator) }
        let tokens = ExamTokens(
            candidates: exam.candidates.map {
                ExamTokens.Candidate(candidate: $0.candidate, name: $0.name, token: token(given[$0.candidate]))
            },
            proctors: (1...max(1, exam.tokens.proctors)).map { number in
                ExamTokens.Proctor(
                    proctor: number, name: "监考 \(number)",
                    token: token(existing.proctors.first { $0.proctor == number }?.token))
            },
            markers: (0..<exam.tokens.markers).map { index in
                ExamTokens.Marker(
                    marker: index + 1, name: "阅卷 \(index + 1)",
                    token: token(existing.markers.first { $0.marker == index + 1 }?.token))
            },
            judges: ExamDay.judges(exam).map { judge in
                ExamTokens.Judge(
                    judge: judge.number, name: judge.name,
                    token: token(existing.judges.first { $0.judge == judge.number }?.token))
            })
        guard tokens != existing else { return tokens }
        let temporary = path + ".tmp"
        guard ContestSetup.writePrivately(tokens.encoded(), to: temporary), rename(temporary, path) == 0 else {
            throw .init(lines: ["无法写入令牌文件 cannot write the tokens file: \(path)"])
        }
        notes.append("令牌已写入 tokens written to \(path)（仅本机可读 mode 0600）")
        return tokens
    }
}
