import ContestCore

/// `实操成绩.html`: the practical round's scores in performing order, one column per judge.
///
/// A judge's total shows once they signed; the final score once every judge has. The sheets
/// themselves, item by item with the signature lines, are `实操评分表.html` (`PracticalSheetPage`).
public enum PracticalResultsPage {
    public static let fileName = "实操成绩.html"

    public static func html(_ results: ExamResults, language: Language = .chinese) -> String {
        let zh = language == .chinese
        let name = zh ? "实操成绩" : "Practical results"
        var page = ReportPage(
            title: [results.title, name].filter { !$0.isEmpty }.joined(separator: " · "), language: language,
            extraCSS: ReportPage.resultsCSS)
        page.resultsHeader(
            results,
            counts: zh
                ? "\(results.practical.count) 人，\(results.judges.count) 位评委；评委签字后显示其合计，全部签字后得出最终得分"
                : "\(results.practical.count) contestants, \(results.judges.count) judges; a judge's total shows once signed, the score once all signed"
        )
        page.table(
            (zh ? ["出场顺序", "准考证号", "姓名"] : ["Order", "Admission no.", "Name"]) + results.judges.map(\.name)
                + (zh ? ["最终得分", "状态"] : ["Score", "Status"]),
            results.practical.map { line in
                [.number(line.contestant.order), .id(line.contestant.id), .text(line.contestant.name)]
                    + line.totals.map { .number(ExamResultsSheets.text($0)) }
                    + [.number(ExamResultsSheets.text(line.score)), .text(line.status(zh))]
            })
        page.resultsOpenItems(results)
        return page.html
    }
}
