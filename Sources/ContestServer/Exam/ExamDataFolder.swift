import ContestCore
import ExamCore
import Foundation

/// The exam's files in the data folder: the journal, the tokens, and copies of the exam file and its paper.
///
/// The copies make the folder whole: `quiz-admin exam results DATA` rebuilds the day from it alone,
/// even after the organisers have moved or edited the files the server was started with.
public enum ExamDataFolder {
    public static let journal = "exam.qcj"
    public static let tokens = "tokens.json"
    public static let examCopy = "exam-file.json"
    public static let paperCopy = "exam-paper.json"

    /// The copies' bytes: the exam file naming the paper copy beside it, with the start it opened at
    /// written in (an exam that opens "when the server starts" opened at one instant), and the paper.
    public static func copies(of file: ExamFile, paper: WrittenPaper, start: Micros) -> [(name: String, bytes: [UInt8])]
    {
        var copy = file
        copy.paper = paperCopy
        copy.start = ExamTime.beijing(start)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let exam = (try? encoder.encode(copy)).map(Array.init) ?? []
        return [(examCopy, exam + [0x0A]), (paperCopy, paper.encoded())]
    }

    /// The exam day a data folder holds: its exam copy resolved at the journal's start, its journal replayed.
    public static func read(_ directory: String) -> Result<ExamDay, ExamDataFolderError> {
        let journalPath = directory + "/" + journal
        let bytes: [UInt8]
        do throws(JournalError) {
            guard let read = try JournalFile.read(path: journalPath) else { return .failure(.noJournal(journalPath)) }
            bytes = read
        } catch {
            return .failure(.journal(error))
        }
        guard let header = ExamJournalReplay.header(bytes) else {
            return .failure(.journal(.unreadable(path: journalPath, record: 1, reason: "no exam header")))
        }
        let exam: Exam
        switch ExamFile.read(path: directory + "/" + examCopy, now: header.start) {
        case .success(let read): exam = read
        case .failure(let error): return .failure(.exam(error))
        }
        return ExamJournalReplay.replay(bytes, path: journalPath, exam: exam).map(\.day).mapError(
            ExamDataFolderError.journal)
    }
}
