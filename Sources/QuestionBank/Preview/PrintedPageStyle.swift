/// The rules every printable report shares: A4 pages, the Chinese font stack, headings, and the
/// 错误/警告 marks, so the bank preview and the admin tool's pages look like one product.
///
/// Each page adds its own rules after these. Problems are marked by a printed word as well as by
/// colour, so a black-and-white print still shows them.
public enum PrintedPageStyle {
    public static let base = """
        @page { size: A4; margin: 14mm 12mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
          font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
        h1 { font-size: 16pt; margin: 0 0 2mm; }
        .meta { margin: 0 0 1mm; font-weight: bold; }
        .clean { padding: 2mm 3mm; border: 1px solid #7a7; }
        .mark { display: inline-block; padding: 0 1.5mm; border-radius: 1mm; font-size: 8.5pt; font-weight: bold; }
        .mark.error { background: #b00; color: #fff; }
        .mark.warning { background: #e9a100; color: #000; }
        @media print {
          body { padding: 0; max-width: none; }
        }

        """
}
