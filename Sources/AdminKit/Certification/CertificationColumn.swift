/// The columns of a certification applicant list (申报人员名单), as the forms write them, with English aliases.
public enum CertificationColumn: String, TableColumn {
    case name = "姓名"
    case residentID = "身份证号码"
    case unit = "单位"
    case education = "文化程度"
    case major = "所学专业"
    case enrolled = "在读"
    case occupationYears = "本职业工龄"
    case skillLevel = "现有等级"
    case certificateDate = "取证时间"
    case title = "职称"
    case titleDate = "职称取得时间"
    case apprenticeship = "学徒期满"

    public var englishName: String {
        switch self {
        case .name: "name"
        case .residentID: "id number"
        case .unit: "unit"
        case .education: "education"
        case .major: "major"
        case .enrolled: "enrolled"
        case .occupationYears: "years in occupation"
        case .skillLevel: "skill level"
        case .certificateDate: "certificate date"
        case .title: "title"
        case .titleDate: "title date"
        case .apprenticeship: "apprenticeship"
        }
    }

    public static let headerColumns: [CertificationColumn] = [.name, .residentID]

    public var aliases: [String] {
        switch self {
        case .name: ["full name"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "证件号", "id", "resident id"]
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .education: ["学历", "最高学历"]
        case .major: ["专业", "毕业专业", "所学专业名称"]
        case .enrolled: ["是否在读", "在校", "在读情况", "enrolment", "enrollment"]
        case .occupationYears: ["本工种工龄", "从事本职业年限", "本职业年限", "工龄", "years in job"]
        case .skillLevel: ["技术等级", "技能等级", "职业资格等级", "现有技能等级", "原等级", "level"]
        case .certificateDate: ["发证时间", "发证日期", "取证日期", "取得证书时间"]
        case .title: ["专业技术职称", "专业技术职务"]
        case .titleDate: ["取得职称时间", "职称时间", "职称取得日期"]
        case .apprenticeship: ["学徒或培训", "学徒期满或培训", "本职业培训", "培训", "training"]
        }
    }
}
