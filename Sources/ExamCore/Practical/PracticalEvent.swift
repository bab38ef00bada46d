import ContestCore

/// Something that happened on the practical score sheets: the journal keeps these, replay folds them.
public enum PracticalEvent: Sendable, Hashable {
    case itemScored(judge: Int, contestant: String, item: Int, points: Points, at: Micros)
    case sheetSigned(judge: Int, contestant: String, at: Micros)
    case sheetReopened(chief: Int, judge: Int, contestant: String, reason: String, at: Micros)
}
