import ContestCore

/// The CSV files of `ledger pay` and `ledger annual`: `pay.csv` and `annual.csv`.
///
/// Headers stay in Chinese whatever `--lang` says; 依据 follows `--lang`. In `pay.csv` the clerks'
/// rows come first as one block, then an empty row, then each centre's 小计 and the 合计, so a
/// sum over the clerks' block (or Excel's table made from it) never counts a subtotal twice.
public enum LedgerSheets {
    public static let payFileName = "pay.csv"
    public static let annualFileName = "annual.csv"
    static let payHeader = ["姓名", "技能补贴", "年限补贴", "学历补贴", "合计", "中心", "依据"]
    static let annualHeader = ["姓名", "年度等次", "依据", "中心", "好", "一般", "差", "建议调岗"]

    /// 姓名, 技能补贴, 年限补贴, 学历补贴, 合计, 中心, 依据: clerks, an empty row, 小计 per centre, 合计.
    public static func pay(_ sheet: PaySheet, language: Language = .chinese) -> [UInt8] {
        let zh = language == .chinese
        var rows = [payHeader]
        for pay in sheet.pays {
            rows.append(
                [pay.clerk.name] + amounts([pay]).map(String.init) + [pay.clerk.centre, pay.basis(language)])
        }
        rows.append([])
        for (centre, pays) in sheet.centres {
            rows.append(["小计"] + amounts(pays).map(String.init) + [centre, headcount(pays.count, zh)])
        }
        var note = headcount(sheet.pays.count, zh)
        if sheet.heldBackCount > 0 {
            note += zh ? "，\(sheet.heldBackCount) 人暂未计发" : ", \(sheet.heldBackCount) held back"
        }
        if sheet.notYetHired > 0 {
            note += zh ? "，\(sheet.notYetHired) 人月底前未入职未列入" : ", \(sheet.notYetHired) not yet hired left out"
        }
        rows.append(["合计"] + amounts(sheet.pays).map(String.init) + ["", note])
        return CSVDocument.bytes(rows)
    }

    /// 技能补贴, 年限补贴, 学历补贴, 合计 summed over `pays`.
    static func amounts(_ pays: [MonthlyPay]) -> [Int] {
        let skill = pays.reduce(0) { $0 + $1.skill }
        let tenure = pays.reduce(0) { $0 + $1.tenure }
        let education = pays.reduce(0) { $0 + $1.education }
        return [skill, tenure, education, skill + tenure + education]
    }

    static func headcount(_ count: Int, _ zh: Bool) -> String { zh ? "\(count) 人" : "\(count) clerks" }

    /// 姓名, 年度等次, 依据, 中心, 好, 一般, 差, 建议调岗: one row per clerk hired by the year's end.
    public static func annual(_ grading: AnnualGrading, language: Language = .chinese) -> [UInt8] {
        var rows = [annualHeader]
        for assessment in grading.assessments {
            rows.append([
                assessment.clerk.name, assessment.grade.chinese, assessment.basis(language), assessment.clerk.centre,
                "\(assessment.good)", "\(assessment.fair)", "\(assessment.poor)", assessment.changeOfPost(language),
            ])
        }
        return CSVDocument.bytes(rows)
    }
}
