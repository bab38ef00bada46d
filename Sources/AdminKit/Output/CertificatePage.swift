import ContestCore
import QuestionBank

/// `证书.html`: every certificate, one landscape A4 page each, ready to print on certificate paper.
///
/// Landscape is the usual 荣誉证书 layout; the body face is a Chinese serif (宋体) when installed.
/// A whole-document template keeps its own `<head>` and styles; a fragment gets these.
public enum CertificatePage {
    public static let fileName = "证书.html"

    static let css = """
        @page { size: A4 landscape; margin: 0; }
        * { box-sizing: border-box; }
        body { margin: 0; color: #111;
          font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif; }
        section.certificate { width: 297mm; height: 210mm; padding: 14mm; page-break-after: always;
          break-after: page; break-inside: avoid; overflow: hidden; }
        .frame { position: relative; height: 100%; border: 3mm double #a00; padding: 18mm 28mm; }
        .heading { text-align: center; font-size: 40pt; letter-spacing: 12mm; margin: 4mm 0 12mm; color: #a00; }
        .recipient { font-size: 24pt; font-weight: bold; margin: 0 0 2mm; }
        .unit { font-size: 13pt; margin: 0 0 8mm; color: #333; }
        .wording { font-size: 18pt; line-height: 2; text-indent: 2em; margin: 0; }
        .seal { position: absolute; right: 28mm; bottom: 18mm; text-align: center; font-size: 15pt; }
        .seal p { margin: 1mm 0; }
        @media print { .heading { color: #a00; } }
        """

    public static func html(
        _ certificates: [Certificate], issue: CertificateIssue, template: CertificateTemplate = .standard
    )
        -> String
    {
        let pages = certificates.map { template.render(issue.values(for: $0)) }.joined()
        if let head = template.head, let tail = template.tail { return head + pages + tail }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escape(issue.contest)) · \(HTMLText.escape(issue.rules.heading))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            \(pages)</body>
            </html>

            """
    }
}
