/// The columns of the preliminary round's score sheet (初赛成绩), as the marking office exports them.
public enum ScoreColumn: String, TableColumn {
    case unit = "单位"
    case name = "姓名"
    case residentID = "身份证号码"
    case written = "笔试成绩"
    /// Accepted and carried; the ranking does not use it.
    case category = "人员类别"
    /// Accepted and carried: a written-exam tie is decided by the organisers, not by the time.
    case time = "用时"

    public var englishName: String {
        switch self {
        case .unit: "unit"
        case .name: "name"
        case .residentID: "id number"
        case .written: "written score"
        case .category: "category"
        case .time: "time"
        }
    }

    public static let headerColumns: [ScoreColumn] = [.name, .written]

    public var aliases: [String] {
        switch self {
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .name: ["full name"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .written: ["笔试", "成绩", "笔试得分", "score"]
        case .category: ["staff category"]
        case .time: ["答题用时", "time taken"]
        }
    }
}
