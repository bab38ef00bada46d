import ContestCore

/// What someone asks of the exam day, already tied to who asked it by the server's token check.
public enum ExamDayCommand: Sendable, Hashable {
    case written(ExamCommand)
    case marking(MarkingCommand)
    case practical(PracticalCommand)
}
