import ContestCore
import ContestProtocol
import ContestServer
import Foundation
import QuestionBank

/// A finished final's data folder read: its journal replayed through the server's own reader.
///
/// The journal's header names its contest and bank only by digest; they come from the copies the
/// server keeps beside the journal (or from the organisers' files), and the server's
/// `JournalReplay` checks them against the digests and folds the events. Reading
/// takes no lock and opens the journal read-only: a running server is never disturbed, and a
/// record it is writing at that moment shows up as an incomplete last record, left out with a warning.
public struct ContestJournal: Sendable {
    public var path: String
    public var header: JournalHeader
    /// Every accepted command, in journal order (record `index + 2`, the header being record 1).
    public var entries: [JournalEntry]
    /// The contest as the last intact record left it.
    public var state: ContestState
    /// SHA-256 of the file's bytes as they are, `sha256sum journal.qcj`.
    public var digest: String
    public var byteCount: Int
    /// Warnings met on the way (an incomplete last record, bank questions left out).
    public var warnings: [FinalReportProblem]

    public static let fileName = "journal.qcj"

    /// Reads `folder/journal.qcj` for the contest `config` played with `questions`.
    public static func read(folder: String, config: ContestConfig, questions: [Question]) -> Result<
        ContestJournal, FinalReportProblem
    > {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(.missingFolder)
        }
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + fileName
        let bytes: [UInt8]
        do throws(JournalError) {
            guard let read = try JournalFile.read(path: path) else { return .failure(.noJournal) }
            bytes = read
        } catch {
            return .failure(.unreadableFile(reason: error.message(.english)))
        }
        return replay(bytes, path: path, config: config, questions: questions)
    }

    /// The pure half: journal bytes and the contest they were written for, replayed.
    public static func replay(_ bytes: [UInt8], path: String, config: ContestConfig, questions: [Question]) -> Result<
        ContestJournal, FinalReportProblem
    > {
        let fresh = ContestState(config: config, bank: questions)
        let recovered: JournalReplay.Recovered
        switch JournalReplay.replay(
            bytes, path: path, onto: fresh, expecting: JournalReplay.header(for: fresh, createdAt: 0))
        {
        case .success(let result): recovered = result
        case .failure(let error): return .failure(problem(error))
        }
        guard case .success(let scan) = JournalRecordFormat.scan(bytes), !scan.payloads.isEmpty else {
            return .failure(.noJournal)
        }
        var header: JournalHeader?
        var entries: [JournalEntry] = []
        for (index, payload) in scan.payloads.enumerated() {
            switch try? JournalRecord(payload: payload, version: recovered.version) {
            case .header(let found): header = found
            case .entry(let entry): entries.append(entry)
            case nil: return .failure(.unreadableRecord(record: index + 1, reason: "unreadable"))
            }
        }
        guard let header else { return .failure(.unreadableRecord(record: 1, reason: "no header")) }
        var warnings: [FinalReportProblem] = []
        if recovered.tornBytes > 0 {
            warnings.append(.tornTail(record: recovered.intactRecords + 1, bytes: recovered.tornBytes))
        }
        return .success(
            ContestJournal(
                path: path, header: header, entries: entries, state: recovered.state, digest: SHA256.hexDigest(bytes),
                byteCount: bytes.count, warnings: warnings))
    }

    private static func problem(_ error: JournalError) -> FinalReportProblem {
        switch error {
        case .system(_, _, let reason): .unreadableFile(reason: reason)
        case .corrupt(_, let record, let offset, let reason): .damaged(record: record, offset: offset, reason: reason)
        case .unreadable(_, let record, let reason): .unreadableRecord(record: record, reason: reason)
        case .otherContest(_, let what): .otherContest(what: what)
        case .newerVersion(_, let found): .newerVersion(found: found)
        }
    }
}
