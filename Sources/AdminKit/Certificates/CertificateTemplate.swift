import QuestionBank

/// A certificate's HTML with `{{姓名}}`-style placeholders, filled once per certificate with escaped values.
///
/// The template is either a fragment (one certificate's markup, repeated inside the built-in page)
/// or a whole document: then its `<body>` content is repeated and its `<head>` kept. A placeholder
/// it does not know is an error naming it and its line, never printed as written on 50 certificates.
public struct CertificateTemplate: Sendable {
    public static let placeholders = ["姓名", "单位", "奖项", "称号", "名次", "队员", "比赛", "日期", "主办单位", "正文", "证书", "获奖者", "附注"]

    enum Piece: Sendable {
        case text(String)
        case field(String)
    }

    /// The document before and after the repeated part; nil for a fragment.
    let head: String?
    let tail: String?
    let pieces: [Piece]

    /// Reads a template, or says which placeholder it does not know and where.
    public static func parse(_ text: String, file: String) -> Result<
        CertificateTemplate, AdminDiagnostic<CertificateProblem>
    > {
        var head: String?
        var tail: String?
        var repeated = Substring(text)
        if let open = text.range(of: "<body"), let close = text[open.upperBound...].firstIndex(of: ">"),
            let end = text.range(of: "</body>", options: .backwards)
        {
            head = String(text[..<text.index(after: close)])
            tail = String(text[end.lowerBound...])
            repeated = text[text.index(after: close)..<end.lowerBound]
        }
        var pieces: [Piece] = []
        var rest = repeated
        while let open = rest.range(of: "{{") {
            pieces.append(.text(String(rest[..<open.lowerBound])))
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                pieces.append(.text(String(rest[open.lowerBound...])))
                rest = ""
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard placeholders.contains(name) else {
                return .failure(
                    AdminDiagnostic(
                        file: file, location: .text(position(of: open.lowerBound, in: text)),
                        problem: .unknownPlaceholder(name)))
            }
            pieces.append(.field(name))
            rest = rest[close.upperBound...]
        }
        pieces.append(.text(String(rest)))
        return .success(CertificateTemplate(head: head, tail: tail, pieces: pieces))
    }

    /// One certificate: every placeholder replaced by its value, HTML-escaped.
    func render(_ values: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .field(let name): HTMLText.escape(values[name] ?? "").replacingOccurrences(of: "\n", with: "<br>")
            }
        }.joined()
    }

    private static func position(of index: String.Index, in text: String) -> SourcePosition {
        let before = text[..<index]
        let line = before.filter { $0 == "\n" }.count + 1
        let column =
            before.distance(
                from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                to: before.endIndex) + 1
        return SourcePosition(line: line, column: column)
    }

    /// The built-in certificate: landscape A4, the heading large, the recipient, the wording, then
    /// organisers and date at the bottom right.
    public static let standard: CertificateTemplate = {
        let markup = """
            <section class="certificate">
            <div class="frame">
            <h1 class="heading">{{证书}}</h1>
            <p class="recipient">{{获奖者}}</p>
            <p class="unit">{{附注}}</p>
            <p class="wording">{{正文}}</p>
            <div class="seal"><p>{{主办单位}}</p><p>{{日期}}</p></div>
            </div>
            </section>

            """
        guard case .success(let template) = parse(markup, file: "") else { preconditionFailure("built-in template") }
        return template
    }()
}

/// A diagnostic can be the failure of a `Result`, as a template's unknown placeholder is.
extension AdminDiagnostic: Error {}
