import ContestCore

/// The printable proofreading page of `bank preview`: every question's source text beside what the
/// import made of it, problems first and highlighted.
///
/// One self-contained HTML file (inline CSS, no script), A4 when printed, so the 命题组 can open it
/// in any browser on the contest laptop, mark it up on paper and fix the document before the day.
public enum BankPreviewPage {
    public static func render(_ result: BankLoadResult, items: [BankPreviewItem], language: Language) -> String {
        let zh = language == .chinese
        let title = result.bank.title.isEmpty ? result.file : result.bank.title
        var html = """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escape((zh ? "题库导入校对：" : "Bank import proof: ") + title))</title>
            <style>\(BankPreviewStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTMLText.escape(title))</h1>
            <p class="meta">\(HTMLText.escape(result.summary(language)))</p>
            <p class="legend">\(zh ? legendZH : legendEN)</p>
            </header>

            """
        html += problemList(result, items: items, zh)
        for (index, item) in items.enumerated() { html += section(item, number: index + 1, zh) }
        html += "</body>\n</html>\n"
        return html
    }

    private static let legendZH =
        "左栏是文件中的原文，右栏是导入后的题目；<span class=\"mark error\">错误</span>的题目未导入，<span class=\"mark warning\">警告</span>的题目已导入但请核对。"
    private static let legendEN =
        "Left: the text as it is in the file; right: the question it became. Questions with an <span class=\"mark error\">error</span> were left out; those with a <span class=\"mark warning\">warning</span> were imported but need a check."

    /// Every diagnostic in one list at the top, each linked to its question when it has one.
    private static func problemList(_ result: BankLoadResult, items: [BankPreviewItem], _ zh: Bool) -> String {
        guard !result.diagnostics.isEmpty else {
            return "<p class=\"clean\">\(zh ? "没有发现问题。" : "No problems found.")</p>\n"
        }
        var anchors: [Diagnostic: Int] = [:]
        for (index, item) in items.enumerated() {
            for diagnostic in item.diagnostics where anchors[diagnostic] == nil { anchors[diagnostic] = index + 1 }
        }
        var html = "<section class=\"problems\"><h2>\(zh ? "需要处理的问题" : "Problems to resolve")</h2><ol>\n"
        for diagnostic in result.diagnostics {
            let place = diagnostic.location.map { HTMLText.escape($0.description) } ?? ""
            let text =
                "<span class=\"mark \(diagnostic.severity.rawValue)\">\(label(diagnostic.severity, zh))</span> "
                + "<span class=\"where\">\(place)</span> \(HTMLText.escape(diagnostic.message(zh ? .chinese : .english)))"
            let linked = anchors[diagnostic].map { "<a href=\"#q\($0)\">\(text)</a>" } ?? text
            html += "<li>\(linked)</li>\n"
        }
        return html + "</ol></section>\n"
    }

    private static func label(_ severity: Severity, _ zh: Bool) -> String {
        switch severity {
        case .error: zh ? "错误" : "error"
        case .warning: zh ? "警告" : "warning"
        }
    }

    private static func section(_ item: BankPreviewItem, number: Int, _ zh: Bool) -> String {
        let state = item.severity?.rawValue ?? "ok"
        let place = item.location.map { HTMLText.escape($0.description) } ?? ""
        var html = "<section class=\"item \(state)\" id=\"q\(number)\">\n"
        html += "<div class=\"source\"><div class=\"where\">\(number) · \(place)</div>"
        html += "<pre>\(HTMLText.escape(item.sourceText))</pre></div>\n"
        html += "<div class=\"result\">"
        if let question = item.question {
            html += QuestionRendering.html(question, zh)
        } else {
            html += "<p class=\"dropped\">\(zh ? "未导入" : "Not imported")</p>"
        }
        if !item.diagnostics.isEmpty {
            html += "<ul class=\"issues\">"
            for diagnostic in item.diagnostics {
                html +=
                    "<li class=\"\(diagnostic.severity.rawValue)\"><span class=\"mark \(diagnostic.severity.rawValue)\">"
                html +=
                    "\(label(diagnostic.severity, zh))</span> \(HTMLText.escape(diagnostic.message(zh ? .chinese : .english)))"
                html += " <code>\(diagnostic.code)</code></li>"
            }
            html += "</ul>"
        }
        return html + "</div>\n</section>\n"
    }
}
