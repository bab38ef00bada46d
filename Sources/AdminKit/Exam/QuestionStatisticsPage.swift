import ContestCore

/// `每题统计.html`: how each question of the paper fared, for the 命题组 that wrote it.
///
/// Rates and means count every candidate who logged in (参考人数); a short answer's or essay's mean
/// waits until all its scripts are final. Stems are printed whole: the 命题组 reads them with the figures.
public enum QuestionStatisticsPage {
    public static let fileName = "每题统计.html"

    public static func html(_ results: ExamResults, language: Language = .chinese) -> String {
        let zh = language == .chinese
        let name = zh ? "每题统计" : "Question statistics"
        var page = ReportPage(
            title: [results.title, name].filter { !$0.isEmpty }.joined(separator: " · "), language: language,
            extraCSS: ReportPage.resultsCSS + css)
        let sat = results.questions.first?.sat ?? results.theory.count { $0.status != .absent }
        page.resultsHeader(
            results,
            counts: zh
                ? "\(results.questions.count) 题，参考 \(sat) 人；正确率 = 答对人数 ÷ 参考人数"
                : "\(results.questions.count) questions, \(sat) candidates sat; rate = right ÷ sat")
        page.table(
            zh
                ? ["题号", "题型", "题干", "满分", "参考", "作答", "答对", "正确率", "平均得分", "平均用时", "备注"]
                : [
                    "No.", "Type", "Question", "Points", "Sat", "Answered", "Right", "Rate", "Mean", "Mean time",
                    "Note",
                ],
            results.questions.map { line in
                [
                    .number(line.item.number), .text(zh ? line.item.type.chineseName : line.item.type.rawValue),
                    .text(line.item.stem), .number("\(line.item.points)"), .number(line.sat), .number(line.answered),
                    .number(line.right.map(String.init) ?? ""), .number(line.correctRate ?? ""),
                    .number(ExamResultsSheets.text(line.meanPoints)), .number(AnsweringTime.text(line.meanSeconds)),
                    .text(ExamResultsSheets.note(line, zh)),
                ]
            })
        page.resultsOpenItems(results)
        return page.html
    }

    static let css = """
        td:nth-child(2) { white-space: nowrap; }
        td:nth-child(3) { min-width: 55mm; }

        """
}
