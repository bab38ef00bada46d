/// The preview page's stylesheet: readable on screen, two columns on A4 when printed.
///
/// Problems are marked by a printed word and a border as well as by colour, so a black-and-white
/// print still shows them.
enum BankPreviewStyle {
    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
        h1 { font-size: 16pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 0 0 2mm; }
        .meta { margin: 0 0 1mm; font-weight: bold; }
        .legend { margin: 0 0 4mm; color: #444; font-size: 9pt; }
        .clean { padding: 2mm 3mm; border: 1px solid #7a7; }
        .problems { border: 1.5px solid #b00; padding: 2mm 3mm; margin-bottom: 5mm; }
        .problems ol { margin: 0; padding-left: 6mm; }
        .problems a { color: inherit; text-decoration: none; }
        .mark { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-size: 8.5pt; font-weight: bold; }
        .mark.error { background: #b00; color: #fff; }
        .mark.warning { background: #e9a100; color: #000; }
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
          body { padding: 0; max-width: none; }
          .item.error, .item.warning { background: none; }
          .problems a::after { content: ""; }
        }
        """
}
