/// The columns a results list may have for certificates, as the ranking commands write them.
///
/// 姓名 absent (awards.csv, teams.csv) means each row is a unit's certificate.
public enum CertificateColumn: String, TableColumn {
    case rank = "名次"
    case name = "姓名"
    case unit = "单位"
    case award = "奖项"
    case title = "称号"
    case members = "队员"

    public var englishName: String {
        switch self {
        case .rank: "rank"
        case .name: "name"
        case .unit: "unit"
        case .award: "award"
        case .title: "title"
        case .members: "members"
        }
    }

    public static let headerColumns: [CertificateColumn] = [.unit, .award]

    public var aliases: [String] {
        switch self {
        case .rank: ["排名", "place"]
        case .name: ["full name"]
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .award: ["获奖等次", "奖次", "prize"]
        case .title: ["荣誉称号", "honour", "honor"]
        case .members: ["成员", "选手", "players"]
        }
    }
}
