/// The columns of the clerks' roster (花名册), as the 宿城区 ledger names them, with English aliases.
///
/// Month columns (`2025-03`) are not listed here: any header that reads as a month holds ratings.
public enum LedgerColumn: String, TableColumn {
    case centre = "中心"
    case name = "姓名"
    case residentID = "身份证号码"
    case hired = "入职日期"
    case education = "学历"
    case levels = "证书等级"
    case certificateDates = "取证日期"
    case probation = "试用期"

    public var englishName: String {
        switch self {
        case .centre: "centre"
        case .name: "name"
        case .residentID: "id number"
        case .hired: "hired"
        case .education: "education"
        case .levels: "certificate level"
        case .certificateDates: "certificate date"
        case .probation: "probation"
        }
    }

    public var aliases: [String] {
        switch self {
        case .centre: ["服务中心", "所在中心", "单位", "center", "unit"]
        case .name: ["full name"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .hired: ["入职时间", "上岗日期", "上岗时间", "hire date", "date hired"]
        case .education: ["文化程度", "最高学历"]
        case .levels: ["技能等级", "职业技能等级", "技术等级", "certificate levels", "level", "levels"]
        case .certificateDates: ["取证时间", "发证日期", "certificate dates"]
        case .probation: ["是否试用期", "试用"]
        }
    }

    public static let headerColumns: [LedgerColumn] = [.name, .residentID]
}
