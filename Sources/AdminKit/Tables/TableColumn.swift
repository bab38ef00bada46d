/// A column an organiser's sheet may have, matched by its header as the notices' forms write it.
///
/// Organisers copy the form's header into Excel, so the Chinese names are matched as written, with
/// English names and common variants beside them; spaces, case and a trailing note in brackets
/// (`联系电话（手机）`) do not matter.
public protocol TableColumn: RawRepresentable<String>, Sendable, Hashable, CaseIterable {
    /// The English header a bilingual form may use instead.
    var englishName: String { get }
    /// Other headers seen on real forms.
    var aliases: [String] { get }
    /// The columns that together mark the header row, such as 姓名 and 身份证号码.
    static var headerColumns: [Self] { get }
}

extension TableColumn {
    /// The column a header cell names, or nil for a column this tool does not read.
    public static func column(for header: String) -> Self? {
        let key = normalizedHeader(header)
        return allCases.first { column in
            ([column.rawValue, column.englishName] + column.aliases).contains { normalizedHeader($0) == key }
        }
    }

    /// `姓名 (name)`, as messages name a column in English.
    public var bilingualName: String { "\(rawValue) (\(englishName))" }
}

/// Lower-cased, without spaces, underscores or a bracketed note.
func normalizedHeader(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
        if character == "(" || character == "（" { break }
        if character.isWhitespace || character == "_" || character == "　" { continue }
        result.append(character)
    }
    return result
}
