import ContestCore
import ExamCore
import QuestionBank

/// `实操评分表.html`: each practical contestant's score sheet on its own A4 page, signed on paper by the panel.
///
/// The notices require printable score sheets with the judges' names: the rubric's items down the
/// side, one column per judge, each judge's total and signing time (Beijing time), the score by the
/// essay rule and whether it is final, every reopening with its reason, and lines for every judge's
/// and the chief judge's signature. The page's heading is hidden: each sheet repeats the title, so a
/// sheet separated from the others still says which round it belongs to.
public enum PracticalSheetPage {
    public static let fileName = "实操评分表.html"

    static let css = """
        body > h1 { display: none; }
        section.sheet .meta { font-size: 14pt; }
        section.sheet { page-break-after: always; break-after: page; }
        @media screen { section.sheet { border-bottom: 1px dashed #999; padding-bottom: 6mm; margin-bottom: 6mm; } }
        section.sheet:last-child { page-break-after: auto; break-after: auto; }
        section.sheet h2 { font-size: 14pt; margin-top: 3mm; }
        section.sheet > table:first-of-type tr:nth-last-child(2) td { font-weight: bold; }
        .score-line { font-size: 12pt; font-weight: bold; margin: 3mm 0; }
        .signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm 10mm; margin-top: 8mm; }
        .signatures p { margin: 0; }
        .signatures span { display: inline-block; min-width: 35mm; border-bottom: 1px solid #111; }
        .signatures .chief { grid-column: 1 / -1; font-weight: bold; }

        """

    /// Every contestant's sheet of `book` in performing order, under `title` (the exam's or the contest's name).
    public static func html(_ book: PracticalBook, title: String, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: [title, zh ? "实操评分表" : "Practical score sheets"].filter { !$0.isEmpty }.joined(separator: " · "),
            language: language, extraCSS: css)
        let judges = Dictionary(book.judges.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        for sheet in book.scoreSheets {
            page.raw("<section class=\"sheet\">\n")
            page.meta(page.title)
            page.heading(heading(sheet.contestant, zh))
            page.table(headers(sheet, zh), rows(sheet, zh))
            page.paragraph(scoreLine(sheet, book.rubric, zh), class: "score-line")
            reopens(sheet.reopens, judges, on: &page)
            page.raw(signatures(book, judges, zh) + "</section>\n")
        }
        return page.html
    }

    static func judgeLabel(_ judge: PracticalJudge?, number: Int, _ zh: Bool) -> String {
        let name = judge?.name ?? ""
        return zh ? "\(number) 号 \(name)" : "Judge \(number) \(name)"
    }

    private static func heading(_ contestant: PracticalContestant, _ zh: Bool) -> String {
        zh
            ? "第 \(contestant.order) 位出场　\(contestant.name)（\(contestant.id)）"
            : "No. \(contestant.order) on stage: \(contestant.name) (\(contestant.id))"
    }

    private static func headers(_ sheet: PracticalScoreSheet, _ zh: Bool) -> [String] {
        [zh ? "评分项目" : "Item", zh ? "满分" : "Max"]
            + sheet.rows.map { judgeLabel($0.judge, number: $0.judge.number, zh) } + [zh ? "平均" : "Mean"]
    }

    /// One row per item, then each judge's total, then when each signed.
    private static func rows(_ sheet: PracticalScoreSheet, _ zh: Bool) -> [[ReportPage.Cell]] {
        let points = { (value: Points?) in ReportPage.Cell.number(value?.description ?? "—") }
        var rows = sheet.items.enumerated().map { index, item in
            [.text(item.name), .number(item.max.description)] + sheet.rows.map { points($0.points[index]) }
                + [points(sheet.itemMeans[index])]
        }
        let maximum = sheet.items.reduce(Points.zero) { $0 + $1.max }
        rows.append(
            [.text(zh ? "合计" : "Total"), .number(maximum.description)]
                + sheet.rows.map { .number($0.total.description) }
                + [.text("")])
        rows.append(
            [.text(zh ? "签字时间" : "Signed"), .text("")]
                + sheet.rows.map { .text($0.signedAt.map(BeijingTime.stamp) ?? (zh ? "未签字" : "not signed")) }
                + [.text("")])
        return rows
    }

    /// `实操成绩：84.5 分（满分 100 分）…最终成绩`, or why the score is not final yet.
    static func scoreLine(_ sheet: PracticalScoreSheet, _ rubric: PracticalRubric, _ zh: Bool) -> String {
        let signed = sheet.rows.count { $0.signedAt != nil }
        guard let score = sheet.score else {
            return zh ? "实操成绩：尚无评委签字，暂无成绩" : "Score: no judge has signed yet"
        }
        let trimmed = signed >= max(3, rubric.trimFromJudges)
        let rule =
            zh
            ? (trimmed ? "去掉一个最高分和一个最低分后取平均" : "各评委合计取平均")
            : (trimmed ? "the mean after dropping one highest and one lowest total" : "the mean of the judges' totals")
        let state =
            sheet.final
            ? (zh ? "全部 \(signed) 位评委已签字，为最终成绩" : "all \(signed) judges signed: final")
            : (zh
                ? "\(signed)/\(sheet.rows.count) 位评委已签字，暂定成绩"
                : "\(signed) of \(sheet.rows.count) judges signed: provisional")
        return zh
            ? "实操成绩：\(score) 分（满分 \(rubric.maximum) 分，\(rule)）；\(state)"
            : "Score: \(score) of \(rubric.maximum) (\(rule)); \(state)"
    }

    private static func reopens(
        _ record: [PracticalReopen], _ judges: [Int: PracticalJudge], on page: inout ReportPage
    ) {
        let zh = page.isChinese
        page.heading(zh ? "退回记录" : "Reopened sheets")
        guard !record.isEmpty else { return page.paragraph(zh ? "无" : "none") }
        page.table(
            zh ? ["时间", "评委", "裁判长", "理由"] : ["Time", "Judge", "Chief judge", "Reason"],
            record.map { reopen in
                [
                    .text(BeijingTime.stamp(reopen.at)),
                    .text(judgeLabel(judges[reopen.judge], number: reopen.judge, zh)),
                    .text(judgeLabel(judges[reopen.chief], number: reopen.chief, zh)), .text(reopen.reason),
                ]
            })
    }

    private static func signatures(_ book: PracticalBook, _ judges: [Int: PracticalJudge], _ zh: Bool) -> String {
        let colon = zh ? "：" : ": "
        var html = "<div class=\"signatures\">\n"
        for judge in book.judges {
            html += "<p>\(zh ? "评委 " : "")\(HTMLText.escape(judgeLabel(judge, number: judge.number, zh)))"
            html += "\(zh ? " 签字" : " signature")\(colon)<span></span></p>\n"
        }
        let chief = HTMLText.escape(judges[book.chief]?.name ?? "")
        html +=
            "<p class=\"chief\">\(zh ? "裁判长" : "Chief judge") \(chief) \(zh ? "签字" : "signature")\(colon)<span></span>"
        html += "　\(zh ? "日期" : "Date")\(colon)<span></span></p>\n</div>\n"
        return html
    }
}
