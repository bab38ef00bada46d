/// The admin pages' stylesheet: the bank preview's look, tables that fit A4 portrait when printed.
///
/// Problems are marked by a printed word as well as by colour, so a black-and-white print still
/// shows them; table headers repeat on every printed page.
enum AdminPageStyle {
    static let css = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
        h1 { font-size: 16pt; margin: 0 0 2mm; }
        h2 { font-size: 12pt; margin: 5mm 0 2mm; }
        .meta { margin: 0 0 1mm; font-weight: bold; }
        .clean { padding: 2mm 3mm; border: 1px solid #7a7; }
        table { border-collapse: collapse; width: 100%; }
        thead { display: table-header-group; }
        th, td { border: 1px solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
        th { background: #eee; white-space: nowrap; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr { break-inside: avoid; }
        .id { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 9pt; white-space: nowrap; }
        .mark { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-size: 8.5pt; font-weight: bold; }
        .mark.error { background: #b00; color: #fff; }
        .mark.warning { background: #e9a100; color: #000; }
        @media print {
          body { padding: 0; max-width: none; }
          th { background: none; }
        }
        """
}
