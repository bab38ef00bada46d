/// `composite` in the rules file: the 泗阳 rule of a weighted total, its prizes, titles and certificate.
///
/// Defaults from the 泗阳 notice: total = theory × 50% + practical × 50%; 一等奖 ×1 (1000 yuan),
/// 二等奖 ×2 (800), 三等奖 ×3 (500); places 1–3 创新能手, 4–6 技术能手; a level-4 (中级工) certificate
/// for whoever passes both parts. The notice names no pass mark: 60 for each part is this tool's choice.
public struct CompositeRules: Codable, Sendable, Hashable {
    /// One prize: its name, how many receive it, and the money in yuan.
    public struct Prize: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
        public var amount: Int

        public init(name: String, count: Int, amount: Int) {
            (self.name, self.count, self.amount) = (name, count, amount)
        }
    }

    /// One title and the places, 1-based and inclusive, that receive it.
    public struct Title: Codable, Sendable, Hashable {
        public var name: String
        public var fromPlace: Int
        public var toPlace: Int

        public init(name: String, fromPlace: Int, toPlace: Int) {
            (self.name, self.fromPlace, self.toPlace) = (name, fromPlace, toPlace)
        }
    }

    public var theoryWeight = 0.5
    public var practicalWeight = 0.5
    public var prizes = [
        Prize(name: "一等奖", count: 1, amount: 1000), Prize(name: "二等奖", count: 2, amount: 800),
        Prize(name: "三等奖", count: 3, amount: 500),
    ]
    public var titles = [
        Title(name: "创新能手", fromPlace: 1, toPlace: 3), Title(name: "技术能手", fromPlace: 4, toPlace: 6),
    ]
    /// A part is passed at this score or above.
    public var theoryPassMark = 60.0
    public var practicalPassMark = 60.0
    /// The level issued to those who pass both parts (4 = 中级工).
    public var certificateLevel = 4
    /// A certificate of `certificateLevel` or higher obtained within this many years means none is issued.
    public var certificateLookbackYears = 4

    public init() {}
}
