import ContestCore

/// The practical-skills (实操) score sheet: the items every judge scores, each with its maximum.
///
/// Part of the exam file (`practical`). The default items are the window clerk's service steps the
/// notices name; the contestant's score is each judge's sheet total, trimmed and averaged by the
/// essay rule (`docs/rules.md`: from `trimFromJudges` judges on, one highest and one lowest dropped).
public struct PracticalRubric: Codable, Sendable, Hashable {
    /// One line of the sheet: 受理审核, at most 30 points.
    public struct Item: Codable, Sendable, Hashable {
        public var name: String
        public var max: Points

        public init(name: String, max: Points) {
            (self.name, self.max) = (name, max)
        }
    }

    public var items = [
        Item(name: "仪容仪表", max: 10),
        Item(name: "服务用语", max: 15),
        Item(name: "受理审核", max: 30),
        Item(name: "一次性告知", max: 25),
        Item(name: "应急处置", max: 20),
    ]
    public var trimFromJudges = 5

    public init() {}

    /// The sheet's full marks: the sum of the items' maximums.
    public var maximum: Points { items.reduce(.zero) { $0 + $1.max } }
}
