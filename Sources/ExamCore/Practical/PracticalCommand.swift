import ContestCore

/// What the practical judges ask of the book; the time comes beside it in `PracticalBook.handle(_:at:)`.
///
/// `item` is the rubric line's index (0 = the first item), so renaming a line never orphans its scores.
public enum PracticalCommand: Sendable, Hashable {
    /// A judge's points for one item of one contestant's sheet, from 0 to the item's maximum.
    case score(judge: Int, contestant: String, item: Int, points: Points)
    /// The judge confirms (签字) their sheet for the contestant, every item scored; it is then locked.
    case sign(judge: Int, contestant: String)
    /// The chief judge unlocks a signed sheet, with the reason the record keeps.
    case reopen(chief: Int, judge: Int, contestant: String, reason: String)
}
