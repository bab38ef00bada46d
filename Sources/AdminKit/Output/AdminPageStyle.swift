import QuestionBank

/// The admin pages' stylesheet: the bank preview's look, tables that fit A4 portrait when printed.
///
/// Problems are marked by a printed word as well as by colour, so a black-and-white print still
/// shows them; table headers repeat on every printed page.
enum AdminPageStyle {
    static let css =
        PrintedPageStyle.base + """
            h2 { font-size: 12pt; margin: 5mm 0 2mm; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            th, td { border: 1px solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eee; white-space: nowrap; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: bold; }
            tr { break-inside: avoid; }
            .id { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 9pt; white-space: nowrap; }
            @media print {
              th { background: none; }
            }
            """
}
