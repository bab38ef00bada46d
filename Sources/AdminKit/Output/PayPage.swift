import ContestCore
import QuestionBank

/// `补贴发放表.html`: the month's subsidies per centre with subtotals, the grand total and the signatures, on A4.
public enum PayPage {
    public static let fileName = "补贴发放表.html"

    static let extraCSS = """
        .basis { font-size: 9pt; }
        td:nth-child(2) { white-space: nowrap; }
        h2 { break-after: avoid; }
        table { margin-bottom: 3mm; }
        .signature { margin-top: 12mm; display: flex; justify-content: space-between; font-size: 11pt; }
        .held { font-weight: bold; }

        """

    public static func html(_ sheet: PaySheet, rules: LedgerRules, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: zh
                ? "\(sheet.month.year) 年 \(sheet.month.month) 月综合窗口人员补贴发放表"
                : "Window clerks' subsidies, \(sheet.month)",
            language: language, extraCSS: extraCSS)
        page.meta("\(sheet.file) · \(countsText(sheet, zh))")
        page.meta(rulesText(rules, zh))
        let headers =
            zh
            ? ["序号", "姓名", "技能补贴", "年限补贴", "学历补贴", "合计", "依据"]
            : ["No.", "Name", "Skill", "Tenure", "Education", "Total", "Basis"]
        for (centre, pays) in sheet.centres {
            page.heading(centre.isEmpty ? (zh ? "（未填中心）" : "(no centre)") : centre)
            let rows = pays.enumerated().map { index, pay -> [ReportPage.Cell] in
                let basis = HTMLText.escape(pay.basis(language))
                return [.number(index + 1), .text(pay.clerk.name)] + LedgerSheets.amounts([pay]).map { .number($0) }
                    + [.markup("<span class=\"basis\(pay.heldBack.isEmpty ? "" : " held")\">\(basis)</span>")]
            }
            let footer: [ReportPage.Cell] =
                [.text(""), .text(zh ? "小计" : "Subtotal")] + LedgerSheets.amounts(pays).map { .number($0) }
                + [.text(LedgerSheets.headcount(pays.count, zh))]
            page.table(headers, rows, footer: footer)
        }
        page.heading(zh ? "汇总" : "Totals")
        page.table(
            zh
                ? ["中心", "人数", "技能补贴", "年限补贴", "学历补贴", "合计"]
                : ["Centre", "Clerks", "Skill", "Tenure", "Education", "Total"],
            sheet.centres.map { centre, pays in
                [.text(centre), .number(pays.count)] + LedgerSheets.amounts(pays).map { .number($0) }
            },
            footer: [.text(zh ? "合计" : "Total"), .number(sheet.pays.count)]
                + LedgerSheets.amounts(sheet.pays).map { .number($0) })
        page.raw(
            zh
                ? "<div class=\"signature\"><span>制表：＿＿＿＿＿＿</span><span>审核：＿＿＿＿＿＿</span><span>日期：＿＿＿＿年＿＿月＿＿日</span></div>\n"
                : "<div class=\"signature\"><span>Prepared by (制表): ______</span><span>Checked by (审核): ______</span><span>Date: ______</span></div>\n"
        )
        return page.html
    }

    /// `5 人，合计 1,230 元；1 人暂未计发；1 人月底前未入职，未列入`.
    static func countsText(_ sheet: PaySheet, _ zh: Bool) -> String {
        var parts = [
            zh ? "\(sheet.pays.count) 人，合计 \(sheet.total) 元" : "\(sheet.pays.count) clerks, \(sheet.total) yuan in all"
        ]
        if sheet.heldBackCount > 0 {
            parts.append(
                zh ? "\(sheet.heldBackCount) 人因花名册有误暂未计发" : "\(sheet.heldBackCount) held back by errors in the roster")
        }
        if sheet.notYetHired > 0 {
            parts.append(
                zh ? "\(sheet.notYetHired) 人月底前未入职，未列入" : "\(sheet.notYetHired) not hired by the month's end, left out")
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }

    /// The amounts applied, so the printed sheet says what it was computed with.
    static func rulesText(_ rules: LedgerRules, _ zh: Bool) -> String {
        let separator = zh ? "、" : ", "
        let skill = rules.skillSubsidies.sorted { $0.level > $1.level }.map {
            "\(ConditionText.level($0.level, zh).split(separator: "/").first ?? "") \($0.amount)"
        }.joined(separator: separator)
        let tenure = rules.tenureSubsidies.sorted { $0.minimumYears < $1.minimumYears }.map {
            zh ? "满 \($0.minimumYears) 年 \($0.amount)" : "≥ \($0.minimumYears) years \($0.amount)"
        }.joined(separator: separator)
        let education = rules.educationSubsidies.map { "\($0.education) \($0.amount)" }.joined(separator: separator)
        let probation =
            rules.probationSkillSubsidyOnly
            ? (zh ? "；试用期只发技能补贴" : "; on probation: skill subsidy only") : ""
        return zh
            ? "技能补贴（取最高等级）：\(skill)；年限补贴（取证后）：\(tenure)；学历补贴：\(education)\(probation)（元/月）"
            : "Skill (highest level only): \(skill); tenure (once certified): \(tenure); education: \(education)\(probation) (yuan a month)"
    }
}
