/// The columns of a tie-break file: one row per tied entry, grouped by 组, in the order decided.
public enum TieBreakColumn: String, TableColumn {
    case group = "组"
    case residentID = "身份证号码"
    case name = "姓名"
    case unit = "单位"
    case reason = "说明"

    public var englishName: String {
        switch self {
        case .group: "group"
        case .residentID: "id number"
        case .name: "name"
        case .unit: "unit"
        case .reason: "reason"
        }
    }

    public static let headerColumns: [TieBreakColumn] = [.group]

    public var aliases: [String] {
        switch self {
        case .group: ["组号", "并列组"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .name: ["full name"]
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .reason: ["决定", "原因", "决定依据", "decision"]
        }
    }
}
