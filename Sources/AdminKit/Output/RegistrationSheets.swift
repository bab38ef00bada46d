import ContestCore

/// The two CSV files of `registration check --out`: the unit summary and the problem list.
///
/// Headers stay in Chinese whatever `--lang` says, since the organisers' templates use them; the
/// problem text follows `--lang`. ID numbers are masked, as the lists are printed and passed round.
public enum RegistrationSheets {
    public static let summaryFileName = "报名汇总表.csv"
    public static let problemsFileName = "问题清单.csv"

    /// 报名汇总表: one row per unit in the order units first appear, then a total.
    public static func summary(_ report: RegistrationReport) -> [UInt8] {
        var rows = [["单位", "人数", "村社区/窗口前台", "问题数"]]
        for unit in report.units {
            rows.append([unit.unit, "\(unit.members)", "\(unit.frontline)", "\(unit.problems)"])
        }
        let total = report.total
        rows.append(["合计", "\(total.members)", "\(total.frontline)", "\(total.problems)"])
        return CSVDocument.bytes(rows)
    }

    /// 问题清单: every problem with its row, the entrant's name and masked ID, and the message.
    public static func problems(_ report: RegistrationReport, language: Language = .chinese) -> [UInt8] {
        var rows = [["行", "姓名", "身份证号码", "问题"]]
        for diagnostic in report.diagnostics {
            rows.append(problemRow(diagnostic, in: report, language: language))
        }
        return CSVDocument.bytes(rows)
    }

    /// The cells a problem is listed with: its row, the entrant's name and masked ID, the message.
    private static func problemRow(
        _ diagnostic: RegistrationDiagnostic, in report: RegistrationReport, language: Language
    )
        -> [String]
    {
        let entrant = report.entrant(for: diagnostic)
        let row = diagnostic.location.map { "\($0.row)" } ?? ""
        let label = diagnostic.severity == .warning ? (language == .chinese ? "警告：" : "warning: ") : ""
        return [
            row, entrant?[.name] ?? "", entrant.map { ResidentID.masked($0[.residentID]) } ?? "",
            label + diagnostic.message(language),
        ]
    }
}
