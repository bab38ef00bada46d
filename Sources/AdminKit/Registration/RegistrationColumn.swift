/// The columns of the entry list (报名表), named as the notices' forms name them, with English aliases.
public enum RegistrationColumn: String, TableColumn {
    case unit = "单位"
    case name = "姓名"
    case sex = "性别"
    case ethnicity = "民族"
    case birth = "出生年月"
    case education = "文化程度"
    case residentID = "身份证号码"
    case phone = "联系电话"
    case category = "人员类别"
    case employment = "用工性质"
    case jobYears = "本工种工龄"
    case pensionYears = "养老保险年限"
    case skillLevel = "技术等级"
    case certificateDate = "取证时间"

    /// The English header a bilingual form may use instead.
    public var englishName: String {
        switch self {
        case .unit: "unit"
        case .name: "name"
        case .sex: "sex"
        case .ethnicity: "ethnicity"
        case .birth: "birth"
        case .education: "education"
        case .residentID: "id number"
        case .phone: "phone"
        case .category: "category"
        case .employment: "employment"
        case .jobYears: "job years"
        case .pensionYears: "pension years"
        case .skillLevel: "skill level"
        case .certificateDate: "certificate date"
        }
    }

    public static let headerColumns: [RegistrationColumn] = [.name, .residentID]

    public var aliases: [String] {
        switch self {
        case .unit: ["工作单位", "单位名称", "organisation", "organization"]
        case .name: ["full name"]
        case .sex: ["gender"]
        case .ethnicity: ["nation"]
        case .birth: ["出生日期", "出生年月日", "birth date", "date of birth"]
        case .education: ["学历"]
        case .residentID: ["身份证号", "公民身份号码", "证件号码", "id", "resident id"]
        case .phone: ["电话", "手机", "手机号码", "联系方式", "telephone", "mobile"]
        case .category: ["staff category"]
        case .employment: ["employment type"]
        case .jobYears: ["工龄", "years in job"]
        case .pensionYears: ["养老保险缴纳年限", "pension"]
        case .skillLevel: ["职业资格等级", "技能等级", "level"]
        case .certificateDate: ["发证时间", "发证日期"]
        }
    }
}
