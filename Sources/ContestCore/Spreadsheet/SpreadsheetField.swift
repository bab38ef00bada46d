/// One CSV field as Excel should read it back: quoted where needed and never run as a formula.
///
/// Shared by every writer of CSV for organisers (the results table, the admin tool's sheets), so a
/// name typed as `=HYPERLINK(…)` is neutralised the same way wherever it ends up.
public enum SpreadsheetField {
    /// A text cell Excel would run as a formula (`=…`, `+…`, `-…`, `@…`, or after a tab or CR) is
    /// kept as text with a leading `'`; a plain number such as `-5` stays a number Excel can sum.
    public static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            !isPlainNumber(text)
        else { return text }
        return "'" + text
    }

    /// The field quoted (RFC 4180) when it holds a comma, quote or line break, else as it is.
    public static func quoted(_ field: String) -> String {
        // By scalar: "\r\n" is one Character, so a Character test would miss a lone "\r" or "\n".
        guard field.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return field }
        var escaped = ""
        for character in field { escaped += character == "\"" ? "\"\"" : String(character) }
        return "\"" + escaped + "\""
    }

    /// `-5`, `-2.5`, `10`: an optional minus, digits, and at most one decimal point between digits.
    private static func isPlainNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
