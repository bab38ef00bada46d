import ContestCore
import QuestionBank

/// Every reason `final report` cannot read a contest's data folder, or reads it with a caveat.
///
/// The journal is the contest record: a damaged one is named by record and byte offset and no
/// report is made from it, rather than a report quietly missing the commands after the damage.
public enum FinalReportProblem: AdminProblem, Error {
    /// A bank problem: that question is left out, as the server left it out.
    case reading(Problem)
    case missingFolder
    case noJournal
    case unreadableFile(reason: String)
    case badContestFile(reason: String)
    case damaged(record: Int, offset: Int, reason: String)
    case unreadableRecord(record: Int, reason: String)
    case otherContest(what: String)
    case newerVersion(found: Int)
    /// The last record was being written (the server is running, or died mid-append).
    case tornTail(record: Int, bytes: Int)
    case notFinished
    case awaitingTieBreak(teams: [String])

    public var severity: Severity {
        switch self {
        case .reading, .tornTail, .notFinished, .awaitingTieBreak: .warning
        case .missingFolder, .noJournal, .unreadableFile, .badContestFile, .damaged, .unreadableRecord,
            .otherContest, .newerVersion:
            .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .missingFolder: "missing-folder"
        case .noJournal: "no-journal"
        case .unreadableFile: "unreadable-file"
        case .badContestFile: "bad-contest-file"
        case .damaged: "journal-damaged"
        case .unreadableRecord: "journal-unreadable-record"
        case .otherContest: "journal-other-contest"
        case .newerVersion: "journal-newer-version"
        case .tornTail: "journal-torn-tail"
        case .notFinished: "contest-not-finished"
        case .awaitingTieBreak: "awaiting-tie-break"
        }
    }
}
