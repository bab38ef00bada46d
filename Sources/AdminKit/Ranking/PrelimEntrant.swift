import QuestionBank

/// One row of the preliminary score sheet, read.
public struct PrelimEntrant: Sendable, Hashable {
    public var name: String
    public var unit: String
    public var residentID: String
    public var score: Score
    public var location: SourceLocation

    /// The keys a tie-break file may name this person by: the ID, or name and unit.
    var identities: Set<String> {
        [TieBreakFile.personKey(id: residentID), TieBreakFile.personKey(name: name, unit: unit)]
    }
}

/// A unit's team in the preliminary round: its members and the sum of their written scores.
public struct PrelimUnit: Sendable, Hashable {
    public var unit: String
    public var total: Score
    public var members: [PrelimEntrant]

    var identities: Set<String> { [TieBreakFile.unitKey(unit)] }
}
