import ContestCore
import ExamCore
import QuestionBank

/// `答案.html`: the answer key for the markers, kept apart from the paper.
///
/// First a table of every key at a glance (the objective items are marked from it), then each
/// question as the bank preview shows it (`QuestionRendering`: key marked on the options, reference
/// answer, explanation), headed by its number, points and source, with the marking points listed.
public enum AnswerKeyPage {
    public static let fileName = "答案.html"

    public static func html(_ paper: WrittenPaper, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: paper.title + (zh ? " · 答案" : " · answer key"), language: language, extraCSS: PaperPageStyle.css)
        let own = paper.items.count(where: { $0.source == .own })
        page.meta(
            zh
                ? "种子 \(paper.seed) · \(paper.items.count) 题，满分 \(paper.totalPoints) 分 · 题库 \(paper.items.count - own) 题，自有题 \(own) 题"
                : "Seed \(paper.seed) · \(paper.items.count) questions, \(paper.totalPoints) points · \(paper.items.count - own) from the bank, \(own) own"
        )
        page.paragraph(zh ? "阅卷用，考试结束前不得外传。" : "For the markers; not to be shown before the exam ends.")
        page.heading(zh ? "答案一览" : "Keys at a glance")
        page.table(
            zh ? ["题号", "题型", "答案", "分值", "编号", "来源"] : ["No.", "Type", "Key", "Points", "ID", "Source"],
            paper.items.map { item in
                let key = item.type.isObjective ? item.answer.answer.display : (zh ? "见下文" : "see below")
                return [
                    .number(item.number), .text(item.type.chineseName), .text(key), .number(item.points.description),
                    .id(item.id), .text(sourceText(item, zh)),
                ]
            })
        for (index, section) in paper.sections.enumerated() {
            page.heading(WrittenPaperPage.heading(section, index: index, zh))
            for item in section.questions { page.raw(keyed(item, zh)) }
        }
        return page.html
    }

    private static func sourceText(_ item: WrittenPaper.Item, _ zh: Bool) -> String {
        switch item.source {
        case .bank: zh ? "题库" : "bank"
        case .own: zh ? "自有题" : "own"
        }
    }

    private static func keyed(_ item: WrittenPaper.Item, _ zh: Bool) -> String {
        let question = Question(
            id: item.id, type: item.type, stem: item.stem, options: item.options, answer: item.answer.answer,
            category: item.category, difficulty: item.difficulty, explanation: item.explanation, source: item.origin)
        let title =
            zh
            ? "\(item.number)．（\(item.points) 分 · \(sourceText(item, zh)) \(item.file)）"
            : "\(item.number). (\(item.points) points · \(sourceText(item, zh)) \(item.file))"
        var html = "<div class=\"keyed\"><h3>\(HTMLText.escape(title))</h3>" + QuestionRendering.html(question, zh)
        if case .reference(let text) = item.answer.answer, case let points = PaperAnswer.markingPoints(text),
            !points.isEmpty
        {
            html += "<p class=\"answer\">\(zh ? "评分要点" : "Marking points")</p><ol class=\"points\">"
            html += points.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ol>"
        }
        return html + "</div>\n"
    }
}
