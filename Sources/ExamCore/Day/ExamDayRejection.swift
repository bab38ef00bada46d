import ContestCore

/// Why the exam day refused a command: the refusing book's code and its plain words.
public enum ExamDayRejection: Error, Sendable, Hashable {
    case written(ExamRejection)
    case marking(MarkingRejection)
    case practical(PracticalRejection)

    /// The stable code a page or script matches on (`timeUp`, `sheetSigned`).
    public var code: String {
        switch self {
        case .written(let rejection): rejection.code.rawValue
        case .marking(let rejection): rejection.code.rawValue
        case .practical(let rejection): rejection.code.rawValue
        }
    }

    public func message(_ language: Language = .chinese) -> String {
        switch self {
        case .written(let rejection): rejection.message(language)
        case .marking(let rejection): rejection.message(language)
        case .practical(let rejection): rejection.message(language)
        }
    }
}
