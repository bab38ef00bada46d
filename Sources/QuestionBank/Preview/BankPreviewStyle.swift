/// The preview page's stylesheet: readable on screen, two columns on A4 when printed.
///
/// Added to the reports' shared rules; a problem's box has a border and its printed mark, so a
/// black-and-white print still shows it.
enum BankPreviewStyle {
    static let css =
        PrintedPageStyle.base + """
            h2 { font-size: 12pt; margin: 0 0 2mm; }
            .legend { margin: 0 0 4mm; color: #444; font-size: 9pt; }
            .problems { border: 1.5px solid #b00; padding: 2mm 3mm; margin-bottom: 5mm; }
            .problems ol { margin: 0; padding-left: 6mm; }
            .problems a { color: inherit; text-decoration: none; }
            .where { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 8.5pt; color: #555; }
            .item { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; border: 1px solid #bbb;
              border-left-width: 3px; padding: 2mm 3mm; margin-bottom: 3mm; break-inside: avoid; }
            .item.error { border-color: #b00; border-left-width: 6px; background: #fff5f5; }
            .item.warning { border-color: #e9a100; border-left-width: 6px; background: #fffbef; }
            .source pre { white-space: pre-wrap; word-break: break-word; font-family: inherit; margin: 1mm 0 0;
              padding: 1.5mm 2mm; background: #f4f4f4; border-radius: 1mm; }
            dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 3mm; margin: 0; }
            dt { color: #555; white-space: nowrap; }
            dd { margin: 0; }
            code { font-size: 8.5pt; color: #555; }
            .options { list-style: none; margin: 0; padding: 0; }
            .options .key { font-weight: bold; }
            .answer { font-weight: bold; }
            .dropped { font-weight: bold; color: #b00; margin: 0; }
            .issues { margin: 2mm 0 0; padding-left: 0; list-style: none; }
            .issues li { margin-top: 1mm; }
            @media print {
              .item.error, .item.warning { background: none; }
              .problems a::after { content: ""; }
            }
            """
}
