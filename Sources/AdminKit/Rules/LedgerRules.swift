/// The `ledger` section of the rules file: every number of the clerks' ledger, 宿城区's values as defaults.
///
/// From the 宿城区 notice on integrated management of comprehensive-window clerks (2024) and the
/// 乌审旗 certification notice (2024): monthly subsidies by level, tenure and education, the hiring
/// conditions, the monthly 好 quota, the annual grades, staffing minimums and the certified-on-post
/// target. Levels are numbered as the standard numbers them: 5 五级/初级工 … 1 一级/高级技师.
public struct LedgerRules: Codable, Sendable, Hashable {
    /// One level's monthly skill subsidy, in yuan; only a clerk's highest level is paid.
    public struct LevelAmount: Codable, Sendable, Hashable {
        public var level: Int
        public var amount: Int
    }

    /// The monthly tenure subsidy once certified and continuously employed at least `minimumYears`.
    public struct TenureAmount: Codable, Sendable, Hashable {
        public var minimumYears: Int
        public var amount: Int
    }

    /// The monthly education subsidy for a diploma of at least `education` (本科, 研究生).
    public struct EducationAmount: Codable, Sendable, Hashable {
        public var education: String
        public var amount: Int
    }

    /// The fewest comprehensive windows a kind of centre must have (county centre ≥ 20, …).
    public struct WindowMinimum: Codable, Sendable, Hashable {
        public var kind: String
        public var windows: Int
    }

    public var skillSubsidies: [LevelAmount] = [
        LevelAmount(level: 5, amount: 100), LevelAmount(level: 4, amount: 150), LevelAmount(level: 3, amount: 200),
        LevelAmount(level: 2, amount: 400), LevelAmount(level: 1, amount: 600),
    ]
    public var tenureSubsidies: [TenureAmount] = [
        TenureAmount(minimumYears: 1, amount: 20), TenureAmount(minimumYears: 5, amount: 50),
        TenureAmount(minimumYears: 10, amount: 100),
    ]
    public var educationSubsidies: [EducationAmount] = [
        EducationAmount(education: "本科", amount: 100), EducationAmount(education: "研究生", amount: 200),
    ]
    /// A clerk on probation gets base pay and the skill subsidy only.
    public var probationSkillSubsidyOnly = true

    /// Age and diploma are checked for clerks hired on or after this date (`2024-01-01`); "" checks everyone.
    ///
    /// Clerks taken on before the conditions were adopted are not in breach of them; the missing
    /// certificate is checked for everyone, as it still matters for the certified-on-post rate.
    public var hiringRulesFrom = ""
    /// Hired under this age (years, at the hiring date).
    public var hiringMaximumAge = 35
    /// The lowest diploma a new clerk holds: 高中, 中职, 大专, 本科 or 研究生.
    public var hiringMinimumEducation = "大专"
    /// A certificate of `requiredLevel` or higher within this many months of taking the post.
    public var certificateWithinMonths = 12
    public var requiredLevel = 5

    /// At most this share of a centre's window staff rated 好 in one month.
    public var monthlyGoodShare = 0.2
    /// How the share's quota is rounded for a small centre: `round` (四舍五入), `floor` or `ceil`.
    public var goodShareRounding = "round"

    /// 优秀: 好 at least this often in the year, and never 差.
    public var excellentMinimumGood = 4
    /// 称职: 好 at least this often, and never 差.
    public var competentMinimumGood = 2
    /// 基本称职: 差 at most this often.
    public var basicMaximumPoor = 2
    /// 不称职: 差 in this many months running, or this many times in the year.
    public var incompetentPoorInARow = 2
    public var incompetentPoorInYear = 3
    /// Nobody employed for fewer months than this by the year's end is 优秀.
    public var excellentMinimumMonthsEmployed = 12

    /// Clerks per comprehensive window, at least (1:1).
    public var clerksPerWindow = 1
    public var windowMinimums: [WindowMinimum] = [
        WindowMinimum(kind: "县级", windows: 20), WindowMinimum(kind: "乡镇", windows: 4),
        WindowMinimum(kind: "街道", windows: 6),
    ]

    /// The certified-on-post rate to reach (乌审旗: 80% by December).
    public var rateTarget = 0.8

    public init() {}
}
