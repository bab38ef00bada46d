import ContestCore

/// Loads a bank for `bank preview`: the usual result plus, for every question read, its source text.
///
/// A question's source runs from its start to the next question's start; diagnostics inside that
/// span belong to it. Everything else (a missing column, a stray heading) stays in the page's list of
/// problems at the top.
public enum BankPreview {
    public static func load(path: String) -> (result: BankLoadResult, items: [BankPreviewItem]) {
        var collector = DiagnosticCollector(file: path)
        collector.draftRecords = []
        let result = BankLoader.load(path: path, collector: &collector)
        let records = collector.draftRecords ?? []
        let text = collector.source.bytes
        var items: [BankPreviewItem] = []
        items.reserveCapacity(records.count)
        var pending = result.diagnostics.filter { $0.location != nil }.sorted { $0.offset < $1.offset }[...]
        for (index, record) in records.enumerated() {
            let end = index + 1 < records.count ? records[index + 1].offset : text.count
            let start = min(max(record.offset, 0), text.count)
            let slice = text[start..<max(start, min(end, text.count))]
            while let first = pending.first, first.offset < start { pending.removeFirst() }
            var mine: [Diagnostic] = []
            while let first = pending.first, first.offset < end {
                mine.append(first)
                pending.removeFirst()
            }
            items.append(
                BankPreviewItem(
                    location: collector.source.location(at: start),
                    sourceText: trimmed(String(decoding: slice, as: UTF8.self), paper: result.format.isPaper),
                    question: record.question,
                    diagnostics: mine))
        }
        return (result, items)
    }

    /// A section's heading (`二、多项选择题`), not an answer line that reads like a key's (`答案：C`).
    private static func isSectionHeading(_ line: PaperText, from start: Int) -> Bool {
        if case .section = PaperHeading.parse(line, from: start)?.role { return true }
        return false
    }

    /// Drops the blank lines and separators between one question and the next, and in a paper the
    /// next section's heading and page numbers, which come before the next question's start.
    private static func trimmed(_ text: String, paper: Bool) -> String {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        while let last = lines.last {
            let line = PaperText(String(last), offset: 0)
            let range = line.trimmed(0..<line.count)
            let isBlank = range.isEmpty || last.allSatisfy { $0.isWhitespace || $0 == "," }
            let isBetween =
                paper && !range.isEmpty
                && (isSectionHeading(line, from: range.lowerBound) || PaperNoise.isNoise(line, in: range))
            guard isBlank || (isBetween && lines.count > 1) else { break }
            lines.removeLast()
        }
        while let first = lines.first, first.allSatisfy(\.isWhitespace), lines.count > 1 { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }
}
