import ContestCore

/// One event of the exam day's journal: the written round's, the marking's or the practical sheets'.
///
/// The three families' `type` names are distinct (`answerSaved`, `markGiven`, `sheetSigned`), so the
/// journal writes each as its own tagged object and a reader tells them apart by `type` alone.
public enum ExamDayEvent: Sendable, Hashable {
    case written(ExamEvent)
    case marking(MarkingEvent)
    case practical(PracticalEvent)

    public var typeName: String {
        switch self {
        case .written(let event): event.typeName
        case .marking(let event): event.typeName
        case .practical(let event): event.typeName
        }
    }
}
