/// The columns of the 泗阳-style result sheet: both parts' scores, the answering time, the certificate held.
public enum CompositeColumn: String, TableColumn {
    case name = "姓名"
    case unit = "单位"
    case residentID = "身份证号码"
    case theory = "理论成绩"
    case practical = "实操成绩"
    case time = "答题用时"
    /// Optional: the certificate of this occupation already held; absent means none.
    case skillLevel = "技术等级"
    case certificateDate = "取证时间"
    /// Optional: 符合/不符合 from the eligibility review; absent means eligible.
    case eligibility = "资格审核"

    public var englishName: String {
        switch self {
        case .name: "name"
        case .unit: "unit"
        case .residentID: "id number"
        case .theory: "theory score"
        case .practical: "practical score"
        case .time: "answering time"
        case .skillLevel: "skill level"
        case .certificateDate: "certificate date"
        case .eligibility: "eligibility"
        }
    }

    public static let headerColumns: [CompositeColumn] = [.name, .theory, .practical]

    public var aliases: [String] {
        switch self {
        case .name: ["full name"]
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .theory: ["理论", "理论考试成绩", "theory"]
        case .practical: ["实操", "实际操作成绩", "practical"]
        case .time: ["用时", "time", "time taken"]
        case .skillLevel: ["职业资格等级", "技能等级", "level"]
        case .certificateDate: ["发证时间", "发证日期"]
        case .eligibility: ["资格", "是否符合条件", "eligible"]
        }
    }
}
