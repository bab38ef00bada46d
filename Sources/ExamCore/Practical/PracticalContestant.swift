/// One contestant of the practical-skills round (实操), in the order they perform.
///
/// `id` is what every score is keyed by: the admission number when the round follows the written
/// exam, a team or seat code otherwise.
public struct PracticalContestant: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    /// The performing order (出场顺序), from 1; the score sheets print in it.
    public var order: Int

    public init(id: String, name: String, order: Int) {
        (self.id, self.name, self.order) = (id, name, order)
    }
}
