import ContestCore
import QuestionBank

extension ReportPage {
    /// The lines every `exam results` page opens with: the sitting and, while anything is missing, that the results are provisional.
    mutating func resultsHeader(_ results: ExamResults, counts: String) {
        let zh = isChinese
        meta(
            zh
                ? "\(BeijingTime.day(results.start, language)) \(BeijingTime.clock(results.start)) 开考 · \(counts)"
                : "Opened \(BeijingTime.day(results.start, language)) \(BeijingTime.clock(results.start)) · \(counts)")
        guard !results.isFinal else { return }
        let count = results.diagnostics.count
        paragraph(
            zh
                ? "暂定成绩：还有 \(count) 项未完成（见文末「尚未完成」），空白处待评卷、签字完成后补齐，以最终打印的版本为准。"
                : "Provisional: \(count) item\(count == 1 ? "" : "s") still open (see \"Still open\" at the end); blanks are filled in once marking and signing are done, and the final print is what counts.",
            class: "provisional")
    }

    /// The closing list of what keeps the results provisional, each line marked as a warning.
    mutating func resultsOpenItems(_ results: ExamResults) {
        guard !results.isFinal else { return }
        heading(isChinese ? "尚未完成" : "Still open")
        for diagnostic in results.diagnostics {
            raw(
                "<p class=\"open-item\">\(mark(diagnostic.severity)) \(HTMLText.escape(diagnostic.message(language)))</p>\n"
            )
        }
    }

    /// The pages' shared additions to the admin style: the provisional note boxed, small dense tables.
    static let resultsCSS = """
        p.provisional { border: 1.5px solid #111; padding: 2mm 3mm; font-weight: bold; }
        p.open-item { margin: 1mm 0; break-inside: avoid; }
        table { font-size: 9pt; }
        td.nowrap { white-space: nowrap; }

        """
}
