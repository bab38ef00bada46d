import ContestCore
import QuestionBank

/// `certification check`'s logic: an applicant list in, each applicant's verdict for a level and every problem out.
///
/// Pure: the table and the materials listing are already read, today's date is a parameter.
///
/// ```swift
/// let table = TableReader.read(path: "申报名单.csv")
/// let report = CertificationCheck.run(table, file: "申报名单.csv", level: 4, rules: .init(), today: today)
/// for verdict in report.verdicts { print(verdict.isEligible) }
/// ```
public enum CertificationCheck {
    static let requiredColumns: [CertificationColumn] = [.name, .residentID]

    public static func run(
        _ table: TableReader.Result, file: String, level: Int, rules: CertificationRules,
        materials: MaterialsListing? = nil, materialsPath: String = "", today: CalendarDate
    ) -> CertificationReport {
        var report = CertificationReport(file: file, level: level)
        let opened = RecordSheet.open(table, file: file, required: requiredColumns, into: &report.diagnostics)
        guard let sheet = opened.sheet, opened.isComplete else { return report }
        let conditions = rules.levels.first { $0.level == level }?.conditions ?? []
        report.diagnostics += sheet.missing(columnsRead(by: conditions)).map {
            CertificationDiagnostic(file: file, location: sheet.headerLocation, problem: .absentColumn($0))
        }
        var found: [(CertificationProblem, SourceLocation)] = []
        var firstID: [String: SourceLocation] = [:]
        for applicant in sheet.records {
            for column in requiredColumns where applicant[column].isEmpty {
                found.append((.missingValue(column), applicant.place(column)))
            }
            let id = applicant[.residentID]
            if !id.isEmpty {
                let place = applicant.place(.residentID)
                found += ResidentID.check(id, today: today).problems.map { (.residentID($0), place) }
                if let first = firstID[id.uppercased()] {
                    found.append((.duplicateID(first: first), place))
                } else {
                    firstID[id.uppercased()] = place
                }
            }
            let (facts, problems) = ApplicantFacts.read(applicant, today: today)
            found += problems
            if case .level(let held) = facts.level, held <= level {
                found.append((.alreadyHolds(held: held, applying: level), applicant.place(.skillLevel)))
            }
            let eligibility = Eligibility.verdict(
                facts, conditions: conditions, relevantMajors: rules.relevantMajors, today: today)
            if let eligibility, !eligibility.isEligible {
                found.append((.notEligible(level: level, closest: eligibility), applicant.location))
            }
            report.verdicts.append(CertificationReport.Verdict(applicant: applicant, eligibility: eligibility))
        }
        if let materials {
            report.materialsChecked = true
            let (findings, folders) = MaterialsCheck.run(materials, applicants: sheet.records, rules: rules)
            report.folderOfRow = folders
            found += findings.compactMap { finding in finding.location.map { (finding.problem, $0) } }
            report.diagnostics += sorted(found, file: file)
            report.diagnostics += findings.filter { $0.location == nil }.map {
                CertificationDiagnostic(file: materialsPath, location: nil, problem: $0.problem)
            }
        } else {
            report.diagnostics += sorted(found, file: file)
        }
        return report
    }

    /// Row order, a row's problems left to right, the order found kept for problems in one cell.
    private static func sorted(_ found: [(CertificationProblem, SourceLocation)], file: String)
        -> [CertificationDiagnostic]
    {
        found.enumerated().sorted { lhs, rhs in
            let left = lhs.element.1.rowAndColumn
            let right = rhs.element.1.rowAndColumn
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map { CertificationDiagnostic(file: file, location: $0.element.1, problem: $0.element.0) }
    }

    /// The columns some condition reads: a list without them cannot meet those conditions.
    static func columnsRead(by conditions: [CertificationCondition]) -> [CertificationColumn] {
        var columns: [CertificationColumn] = []
        func add(_ more: CertificationColumn...) { columns += more.filter { !columns.contains($0) } }
        for condition in conditions {
            if condition.certificateLevel > 0 { add(.skillLevel) }
            if condition.certificateLevel > 0 && condition.yearsSinceCertificate > 0 { add(.certificateDate) }
            if condition.occupationYears > 0 { add(.occupationYears) }
            if !condition.education.isEmpty { add(.education) }
            if !condition.education.isEmpty && condition.relevantMajor { add(.major) }
            if !condition.title.isEmpty { add(.title) }
            if !condition.title.isEmpty && condition.yearsSinceTitle > 0 { add(.titleDate) }
            if condition.apprenticeship { add(.apprenticeship) }
        }
        return columns
    }

    /// Why the rules file's conditions for `level` cannot be applied, or nil: none given, or a name
    /// for an education or title the tool does not know, which would otherwise be silently ignored.
    static func rulesProblem(_ rules: CertificationRules, level: Int, language: Language) -> String? {
        let zh = language == .chinese
        guard let conditions = rules.levels.first(where: { $0.level == level })?.conditions, !conditions.isEmpty else {
            return zh
                ? "规则文件中没有 \(level) 级的申报条件（certification.levels）"
                : "the rules give no conditions for level \(level) (certification.levels)"
        }
        for condition in conditions {
            if !condition.education.isEmpty && EducationLevel(ruleName: condition.education) == nil {
                return zh
                    ? "\(condition.name) 的 education「\(condition.education)」应为 高中、中职、大专、本科 或 研究生"
                    : "\(condition.name): education \(condition.education) should be 高中, 中职, 大专, 本科 or 研究生"
            }
            if !condition.title.isEmpty && ProfessionalTitle(ruleName: condition.title) == nil {
                return zh
                    ? "\(condition.name) 的 title「\(condition.title)」应为 初级、中级 或 高级"
                    : "\(condition.name): title \(condition.title) should be 初级, 中级 or 高级"
            }
        }
        return nil
    }
}
