import ContestCore
import QuestionBank

/// A printable report being built: the A4 scaffold every admin page shares, with headings, notes and tables.
///
/// Every text given is HTML-escaped here, so a name typed as `<b>` shows as written, and no page
/// builds its own `<head>` or table markup.
///
/// ```swift
/// var page = ReportPage(title: "综合成绩", language: .chinese)
/// page.meta("成绩.csv · 12 人")
/// page.table(["名次", "姓名"], [[.number(1), .text("王小明")]])
/// let html = page.html
/// ```
struct ReportPage {
    /// One table cell: text, a right-aligned number, an ID in a monospace face, or markup already escaped.
    enum Cell {
        case text(String)
        case number(String)
        case id(String)
        case markup(String)

        static func number(_ value: Int) -> Cell { .number("\(value)") }

        var html: String {
            switch self {
            case .text(let text): "<td>\(HTMLText.escape(text))</td>"
            case .number(let text): "<td class=\"number\">\(HTMLText.escape(text))</td>"
            case .id(let text): "<td class=\"id\">\(HTMLText.escape(text))</td>"
            case .markup(let markup): "<td>\(markup)</td>"
            }
        }
    }

    let title: String
    let language: Language
    let extraCSS: String
    private var body = ""

    init(title: String, language: Language, extraCSS: String = "") {
        (self.title, self.language, self.extraCSS) = (title, language, extraCSS)
        body = "<h1>\(HTMLText.escape(title))</h1>\n"
    }

    var isChinese: Bool { language == .chinese }

    /// A bold line under the title: the file read, the rules applied, the counts.
    mutating func meta(_ text: String) { body += "<p class=\"meta\">\(HTMLText.escape(text))</p>\n" }

    mutating func heading(_ text: String) { body += "<h2>\(HTMLText.escape(text))</h2>\n" }

    mutating func paragraph(_ text: String, class name: String? = nil) {
        body += "<p\(name.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(text))</p>\n"
    }

    /// Markup built by the page itself (a certificate, a question); the caller escapes its text.
    mutating func raw(_ markup: String) { body += markup }

    /// A table whose header repeats on every printed page; a row of `footer` closes it (合计).
    mutating func table(_ headers: [String], _ rows: [[Cell]], footer: [Cell]? = nil) {
        body += "<table>\n<thead><tr>" + headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        body += "</tr></thead>\n<tbody>\n"
        for row in rows { body += "<tr>" + row.map(\.html).joined() + "</tr>\n" }
        if let footer { body += "<tr class=\"total\">" + footer.map(\.html).joined() + "</tr>\n" }
        body += "</tbody>\n</table>\n"
    }

    /// The 错误/警告 mark a problem row starts with, printed as a word so black-and-white shows it.
    func mark(_ severity: Severity) -> String {
        switch severity {
        case .error: "<span class=\"mark error\">\(isChinese ? "错误" : "error")</span>"
        case .warning: "<span class=\"mark warning\">\(isChinese ? "警告" : "warning")</span>"
        }
    }

    var html: String {
        """
        <!DOCTYPE html>
        <html lang="\(isChinese ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(AdminPageStyle.css)\(extraCSS)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
