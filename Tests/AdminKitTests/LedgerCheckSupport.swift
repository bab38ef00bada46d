import QuestionBank

@testable import AdminKit

/// Rosters and centres files for the `ledger check` and `ledger rate` tests, read from CSV text as the commands read them.
enum LedgerCheckSupport {
    static let header = ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期", "2026-01", "2026-02"]
    static let centre = "耿车镇便民服务中心"

    /// A clerk who meets every condition unless told otherwise; `number` keeps the invented IDs apart.
    static func clerk(
        _ number: Int, centre: String = centre, born: String = "19950101", hired: String = "2020-01-01",
        education: String = "大专", levels: String = "五级", dates: String = "2020-06-01", january: String = "一般",
        february: String = "一般"
    ) -> [String] {
        let sequence = String(number + 100).suffix(3)
        return [
            centre, "办事员\(number)", residentID("321302\(born)\(sequence)"), hired, education, levels, dates, "否",
            january, february,
        ]
    }

    static func roster(_ rows: [[String]]) -> ClerkRoster {
        let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "花名册.csv")
        return ClerkRoster.read(table, file: "花名册.csv", today: today)
    }

    static func centres(_ rows: [[String]], header: [String] = ["中心", "类型", "综合窗口数"]) -> CentreList {
        let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "中心.csv")
        return CentreList.read(table, file: "中心.csv", kinds: LedgerRules().windowMinimums.map(\.kind))
    }

    /// The codes `ledger check` finds, roster problems first.
    static func codes(_ rows: [[String]], centres: CentreList? = nil, rules: LedgerRules = LedgerRules()) -> [String] {
        let roster = roster(rows)
        let report = LedgerCheck.run(roster, centres: centres, rules: rules, today: today)
        return roster.diagnostics.map(\.problem.code) + report.entries.map(\.diagnostic.problem.code)
    }
}
