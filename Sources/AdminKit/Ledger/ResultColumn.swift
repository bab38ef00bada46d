/// The columns `ledger import-results` reads from a results list: `composite.csv` or a certification round's list.
///
/// A list with 发证 (是/否) is a contest's: each 是 is a certificate of `composite.certificateLevel`.
/// A list with 等级 is a certification round's: each row is a certificate of its level.
public enum ResultColumn: String, TableColumn {
    case name = "姓名"
    case residentID = "身份证号码"
    case unit = "单位"
    case issued = "发证"
    case level = "等级"
    case date = "取证日期"

    public var englishName: String {
        switch self {
        case .name: "name"
        case .residentID: "id number"
        case .unit: "unit"
        case .issued: "certificate issued"
        case .level: "level"
        case .date: "certificate date"
        }
    }

    public var aliases: [String] {
        switch self {
        case .name: ["full name"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .unit: ["中心", "工作单位", "centre", "center"]
        case .issued: ["是否发证", "颁证", "issued"]
        case .level: ["证书等级", "认定等级", "技能等级", "技术等级", "申报等级", "certificate level"]
        case .date: ["取证时间", "发证日期", "发证时间", "date"]
        }
    }

    public static let headerColumns: [ResultColumn] = [.name]
}
