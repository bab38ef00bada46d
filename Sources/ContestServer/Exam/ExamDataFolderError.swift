import ContestCore
import ExamCore

/// Why a data folder's exam day cannot be read, naming the file.
public enum ExamDataFolderError: Error, Sendable, Hashable {
    case noJournal(String)
    case exam(ExamFileError)
    case journal(JournalError)

    public func message(_ language: Language = .chinese) -> String {
        switch self {
        case .noJournal(let path):
            language == .chinese
                ? "\(path)：没有考试日志。请指定 quiz-server --exam 使用的数据目录（--data）。"
                : "\(path): no exam journal here. Give the data folder quiz-server --exam ran with (--data)."
        case .exam(let error): error.messages(language).joined(separator: "\n")
        case .journal(let error): error.message(language)
        }
    }
}
