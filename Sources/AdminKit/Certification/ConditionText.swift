/// The words a verdict is printed with: a condition described from its numbers, a gap, a level's name.
///
/// Made from the rules rather than written beside them, so a condition an organiser edits in the
/// rules file is printed as it now reads.
enum ConditionText {
    /// `四级/中级工`, `level 4 (中级工)`.
    static func level(_ number: Int, _ zh: Bool) -> String {
        let names = [1: ("一级", "高级技师"), 2: ("二级", "技师"), 3: ("三级", "高级工"), 4: ("四级", "中级工"), 5: ("五级", "初级工")]
        guard let (grade, worker) = names[number] else { return zh ? "\(number)级" : "level \(number)" }
        return zh ? "\(grade)/\(worker)" : "level \(number) (\(worker))"
    }

    /// `条件一：取得五级/初级工证书后从事本职业满 4 年`.
    static func describe(_ condition: CertificationCondition, _ zh: Bool) -> String {
        var parts: [String] = []
        if condition.certificateLevel > 0 {
            let name = level(condition.certificateLevel, zh)
            let years = condition.yearsSinceCertificate
            parts.append(
                zh
                    ? "取得\(name)及以上证书" + (years > 0 ? "后从事本职业满 \(number(years)) 年" : "")
                    : "a \(name) or higher certificate"
                        + (years > 0 ? " and \(number(years)) years in the occupation since" : ""))
        }
        if let education = EducationLevel(ruleName: condition.education) {
            let relevant = condition.relevantMajor ? (zh ? "本专业或相关专业" : " in a relevant subject") : ""
            let enrolment = condition.enrolmentCounts ? (zh ? "（含在读）" : " (current enrolment counts)") : ""
            parts.append(
                zh
                    ? "具有\(education.name(true))及以上\(relevant)毕业证书\(enrolment)"
                    : "a \(education.name(false)) or higher diploma\(relevant)\(enrolment)")
        }
        if condition.occupationYears > 0 {
            let years = number(condition.occupationYears)
            parts.append(zh ? "累计从事本职业满 \(years) 年" : "\(years) years in the occupation")
        }
        if let title = ProfessionalTitle(ruleName: condition.title) {
            let years = condition.yearsSinceTitle
            parts.append(
                zh
                    ? "取得\(title.name(true))及以上职称" + (years > 0 ? "后从事本职业满 \(number(years)) 年" : "")
                    : "a \(title.name(false)) or higher title"
                        + (years > 0 ? " and \(number(years)) years in the occupation since" : ""))
        }
        if condition.apprenticeship {
            parts.append(zh ? "本职业学徒期满或经本职业正规培训" : "a finished apprenticeship or the occupation's formal training")
        }
        if parts.isEmpty { parts.append(zh ? "无其他要求" : "no requirement") }
        return condition.name + (zh ? "：" : ": ") + parts.joined(separator: zh ? "，" : ", ")
    }

    static func gap(_ gap: CertificationGap, _ zh: Bool) -> String {
        switch gap {
        case .occupationYears(nil, let need):
            return zh ? "本职业工龄未填（需满 \(number(need)) 年）" : "years in the occupation not given (\(number(need)) needed)"
        case .occupationYears(let have?, let need):
            return zh
                ? "本职业工龄 \(held(have)) 年，还差 \(short(need - have)) 年"
                : "\(held(have)) years in the occupation, \(short(need - have)) short"
        case .certificate(let need, let have):
            let holds = heldLevel(have, zh)
            return zh
                ? "没有\(level(need, true))及以上证书（现有等级：\(holds)）"
                : "no \(level(need, false)) or higher certificate (holds: \(holds))"
        case .certificateDate:
            return zh ? "取证时间未填，无法计算取证后的年限" : "no certificate date, so the years since cannot be counted"
        case .yearsSinceCertificate(let have, let need):
            return zh
                ? "取证后从事本职业 \(held(have)) 年，还差 \(short(need - have)) 年"
                : "\(held(have)) years in the occupation since the certificate, \(short(need - have)) short"
        case .education(let need, let have):
            let holds = have.map { $0.name(zh) } ?? (zh ? "未填" : "not given")
            return zh
                ? "文化程度为\(holds)，需\(need.name(true))及以上" : "education \(holds), \(need.name(false)) or higher needed"
        case .enrolmentNotCounted:
            return zh ? "此条件不计在读，需已取得毕业证书" : "current enrolment does not count here: the diploma is needed"
        case .major(""):
            return zh ? "所学专业未填，需本专业或相关专业" : "no subject given; a relevant one is needed"
        case .major(let major):
            return zh ? "所学专业「\(major)」不是本专业或相关专业" : "the subject \(major) is not a relevant one"
        case .title(let need, let have):
            return zh
                ? "没有\(need.name(true))及以上职称（现有：\(have.name(true))）"
                : "no \(need.name(false)) or higher title (holds: \(have.name(false)))"
        case .titleDate:
            return zh ? "职称取得时间未填，无法计算取得职称后的年限" : "no title date, so the years since cannot be counted"
        case .yearsSinceTitle(let have, let need):
            return zh
                ? "取得职称后从事本职业 \(held(have)) 年，还差 \(short(need - have)) 年"
                : "\(held(have)) years in the occupation since the title, \(short(need - have)) short"
        case .apprenticeship:
            return zh ? "未写明学徒期满或经本职业培训" : "no finished apprenticeship or formal training given"
        }
    }

    static func heldLevel(_ level: SkillLevel, _ zh: Bool) -> String {
        switch level {
        case .none: zh ? "无" : "none"
        case .level(let number): Self.level(number, zh)
        }
    }

    /// `4`, `1.5`: a rule's number as written.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))" : "\(value)"
    }

    /// Years held, rounded down to a tenth, so 3 years 11 months never reads as 4.
    static func held(_ value: Double) -> String { number((value * 10 + 1e-9).rounded(.down) / 10) }

    /// Years short, rounded up to a tenth, so a month short never reads as 0.
    static func short(_ value: Double) -> String { number((value * 10 - 1e-9).rounded(.up) / 10) }
}
