import ContestCore
import ExamCore
import QuestionBank

/// `试卷.html`: the paper as candidates get it on A4, without a single answer on it.
///
/// Name and admission-number boxes and a score row at the top, the instructions, then each section
/// as Chinese papers head it (一、单选题（每题 1 分，共 20 分）) with questions numbered through the
/// paper, options A–D, a bracket for the letter, and ruled lines for written answers.
public enum WrittenPaperPage {
    public static let fileName = "试卷.html"

    /// Ruled lines under a question that is answered in writing; fill-ins get one when the stem has no blank.
    static func answerLines(_ type: QuestionType) -> Int {
        switch type {
        case .single, .multiple, .trueFalse, .fill: 1
        case .short: 8
        case .essay: 22
        }
    }

    public static func html(_ paper: WrittenPaper, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(title: paper.title, language: language, extraCSS: PaperPageStyle.css)
        page.meta(
            zh
                ? "考试时间 \(paper.timeLimitMinutes) 分钟 · 满分 \(paper.totalPoints) 分 · 闭卷"
                : "Time: \(paper.timeLimitMinutes) minutes · \(paper.totalPoints) points · closed book")
        page.raw(candidateBox(zh))
        page.raw(scoreRow(paper, zh))
        if !paper.blueprint.instructions.isEmpty {
            page.raw(
                "<ol class=\"instructions\">"
                    + paper.blueprint.instructions.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ol>\n")
        }
        for (index, section) in paper.sections.enumerated() {
            page.heading(heading(section, index: index, zh))
            for item in section.questions { page.raw(question(item)) }
        }
        return page.html
    }

    /// 一、单选题（每题 1 分，共 20 分）
    static func heading(_ section: WrittenPaper.Section, index: Int, _ zh: Bool) -> String {
        let total = Points(hundredths: section.pointsEach.hundredths * section.questions.count)
        return zh
            ? "\(PaperNumerals.text(for: index + 1))、\(section.name)（每题 \(section.pointsEach) 分，共 \(total) 分）"
            : "\(index + 1). \(section.name) (\(section.pointsEach) points each, \(total) in all)"
    }

    private static func candidateBox(_ zh: Bool) -> String {
        let labels = zh ? ["姓名", "准考证号", "单位", "座位号"] : ["Name", "Admission no.", "Unit", "Seat"]
        return "<table class=\"candidate\"><tbody><tr><th>\(labels[0])</th><td></td><th>\(labels[1])</th><td></td></tr>"
            + "<tr><th>\(labels[2])</th><td></td><th>\(labels[3])</th><td></td></tr></tbody></table>\n"
    }

    /// 题号 一 二 … 总分 / 得分 / 阅卷人, for the markers to fill in.
    private static func scoreRow(_ paper: WrittenPaper, _ zh: Bool) -> String {
        let numbers = paper.sections.indices.map { zh ? PaperNumerals.text(for: $0 + 1) : "\($0 + 1)" }
        let head = ([zh ? "题号" : "Part"] + numbers + [zh ? "总分" : "Total"]).map { "<th>\($0)</th>" }.joined()
        let row = { (label: String) in
            "<tr><th>\(label)</th>" + String(repeating: "<td></td>", count: numbers.count + 1)
        }
        return "<table class=\"scores\"><thead><tr>\(head)</tr></thead><tbody>"
            + row(zh ? "得分" : "Score") + "</tr>" + row(zh ? "阅卷人" : "Marker") + "</tr></tbody></table>\n"
    }

    private static func question(_ item: WrittenPaper.Item) -> String {
        var stem = HTMLText.escape(item.stem).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "<br>")
        switch item.type {
        case .single, .multiple, .trueFalse:
            if !hasBlank(item.stem) { stem += "（　　）" }
        case .fill:
            stem = widenedBlanks(stem)
        case .short, .essay:
            break
        }
        let open = item.type == .short || item.type == .essay
        var html = "<div class=\"question\(open ? " open" : "")\"><p class=\"stem\">\(item.number)．\(stem)</p>"
        if !item.options.isEmpty {
            let isShort = item.options.allSatisfy { $0.count <= 14 }
            html += "<ol class=\"choices\(isShort ? " short" : "")\">"
            for (index, option) in item.options.enumerated() {
                html += "<li>\(OptionLetter.letter(for: index))．\(HTMLText.escape(option))</li>"
            }
            html += "</ol>"
        }
        if open || (item.type == .fill && !hasBlank(item.stem)) {
            html += "<div class=\"lines\">" + String(repeating: "<div></div>", count: answerLines(item.type)) + "</div>"
        }
        return html + "</div>\n"
    }

    /// A fill-in's `（）` made wide enough to write in by hand: the bank writes it narrow, as typed.
    static func widenedBlanks(_ escaped: String) -> String {
        var text = ""
        var rest = Substring(escaped)
        while let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }) {
            text += rest[..<open]
            let close: Character = rest[open] == "（" ? "）" : ")"
            let inside = rest[rest.index(after: open)...].prefix { $0.isWhitespace }
            if inside.endIndex < rest.endIndex, rest[inside.endIndex] == close {
                text += "<span class=\"blank\">（<span></span>）</span>"
                rest = rest[rest.index(after: inside.endIndex)...]
            } else {
                text.append(rest[open])
                rest = rest[rest.index(after: open)...]
            }
        }
        return text + rest
    }

    /// Whether the stem already has a place to write in: `（  ）`, `(  )` or `____`.
    static func hasBlank(_ stem: String) -> Bool {
        if stem.contains("__") || stem.contains("＿＿") { return true }
        for (open, close) in [("（", "）"), ("(", ")")] {
            var rest = Substring(stem)
            while let start = rest.range(of: open) {
                rest = rest[start.upperBound...]
                guard let end = rest.range(of: close) else { break }
                if rest[..<end.lowerBound].allSatisfy({ $0.isWhitespace }) { return true }
                rest = rest[end.upperBound...]
            }
        }
        return false
    }
}
