import ContestCore

/// `理论成绩.html`: every candidate's written score in roster order, with place, pass, times and status.
///
/// The same lines as `理论成绩.csv`, for printing and posting; while anything is missing the page says
/// it is provisional at the top and lists what is missing at the end.
public enum TheoryResultsPage {
    public static let fileName = "理论成绩.html"

    public static func html(_ results: ExamResults, language: Language = .chinese) -> String {
        let zh = language == .chinese
        let name = zh ? "理论成绩" : "Theory results"
        var page = ReportPage(
            title: [results.title, name].filter { !$0.isEmpty }.joined(separator: " · "), language: language,
            extraCSS: ReportPage.resultsCSS + css + (zh ? "" : "th { white-space: normal; }\n"))
        page.resultsHeader(
            results,
            counts: results.countsText(zh)
                + (zh
                    ? " · 及格线 \(results.passMark) 分；同分按答题用时短者在前"
                    : " · pass mark \(results.passMark); equal totals ranked by the shorter answering time"))
        page.table(
            zh
                ? ["准考证号", "姓名", "单位", "客观", "主观", "总分", "合格", "交卷", "用时", "状态", "名次", "备注"]
                : [
                    "No.", "Name", "Unit", "Obj.", "Subj.", "Theory", "Pass", "In at", "Time", "Status", "Place",
                    "Note",
                ],
            results.theory.map { line in
                [
                    .id(line.candidate.candidate), .text(line.candidate.name), .text(line.candidate.unit),
                    .number("\(line.objective)"), .number(ExamResultsSheets.text(line.subjective)),
                    .number(ExamResultsSheets.text(line.total)),
                    .text(ExamResultsSheets.passText(line, results.passMark, zh)),
                    .number(line.finishedAt.map { BeijingTime.clock($0, seconds: true) } ?? ""),
                    .number(line.seconds.map(AnsweringTime.text) ?? ""), .text(line.status.text(zh)),
                    .number(line.rank.map(String.init) ?? ""), .text(ExamResultsSheets.note(line, zh)),
                ]
            })
        page.resultsOpenItems(results)
        return page.html
    }

    static let css = """
        td:nth-child(3) { min-width: 30mm; }
        td:nth-child(12) { min-width: 22mm; }
        td:nth-child(2), td:nth-child(7), td:nth-child(10) { white-space: nowrap; }

        """
}
