import ContestCore

/// The CSV files of `certification check --out`: every applicant's verdict, and the materials found wanting.
///
/// Headers stay in Chinese whatever `--lang` says; the verdict's words follow `--lang`. ID numbers
/// are masked, as the lists are printed and passed round.
public enum CertificationSheets {
    public static let verdictsFileName = "资格审核.csv"
    public static let materialsFileName = "材料检查.csv"

    /// 资格审核: 行, 姓名, 单位, 身份证号码, 申报等级, 结论, 依据/缺少, one row per applicant.
    public static func verdicts(_ report: CertificationReport, rules: CertificationRules, language: Language = .chinese)
        -> [UInt8]
    {
        var rows = [["行", "姓名", "单位", "身份证号码", "申报等级", "结论", "依据/缺少"]]
        for verdict in report.verdicts {
            let applicant = verdict.applicant
            rows.append([
                "\(applicant.rowNumber)", applicant[.name], applicant[.unit], ResidentID.masked(applicant[.residentID]),
                ConditionText.level(report.level, true), conclusion(verdict, language),
                basis(verdict, report, language),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// 材料检查: 行, 姓名, 身份证号码, 文件夹, 结论, 问题; then the folder's own problems, without a row.
    public static func materials(_ report: CertificationReport, language: Language = .chinese) -> [UInt8] {
        var rows = [["行", "姓名", "身份证号码", "文件夹", "结论", "问题"]]
        let zh = language == .chinese
        for verdict in report.verdicts {
            let applicant = verdict.applicant
            let problems = report.problems(of: applicant, materials: true)
            rows.append([
                "\(applicant.rowNumber)", applicant[.name], ResidentID.masked(applicant[.residentID]),
                report.folderOfRow[applicant.rowNumber] ?? "",
                problems.isEmpty ? (zh ? "齐全" : "complete") : (zh ? "有问题" : "problems"),
                problems.map { $0.message(language) }.joined(separator: zh ? "；" : "; "),
            ])
        }
        for diagnostic in report.materialsProblems where diagnostic.location == nil {
            rows.append([
                "", "", "", folderCell(diagnostic.problem), zh ? "有问题" : "problems", diagnostic.message(language),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// 可以申报 or 不符合, whatever the other problems on the row.
    static func conclusion(_ verdict: CertificationReport.Verdict, _ language: Language) -> String {
        let zh = language == .chinese
        return verdict.isEligible ? (zh ? "可以申报" : "eligible") : (zh ? "不符合" : "not eligible")
    }

    /// The qualifying condition, or the closest one and what it lacks.
    static func basis(_ verdict: CertificationReport.Verdict, _ report: CertificationReport, _ language: Language)
        -> String
    {
        let zh = language == .chinese
        guard let eligibility = verdict.eligibility else {
            return zh ? "规则中没有此等级的申报条件" : "the rules have no conditions for this level"
        }
        let condition = ConditionText.describe(eligibility.condition, zh)
        if eligibility.isEligible { return condition }
        let gaps = eligibility.gaps.map { ConditionText.gap($0, zh) }.joined(separator: zh ? "；" : "; ")
        return zh ? "最接近\(condition)；缺少：\(gaps)" : "nearest \(condition); missing: \(gaps)"
    }

    /// The folder a whole-folder problem is about: the stray folder's name, or the top level.
    static func folderCell(_ problem: CertificationProblem) -> String {
        if case .strayFolder(let name) = problem { return name }
        return "（顶层）"
    }
}
