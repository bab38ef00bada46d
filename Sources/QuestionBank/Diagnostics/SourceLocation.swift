/// Where in a bank file a problem is, in the terms the file's own editor shows.
///
/// A text file has lines and columns; Word has no line numbers, so a paragraph is named by its
/// number and first characters (searchable with Ctrl+F); Excel has sheets and cells.
public enum SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// Line and column of a JSON, CSV or text file.
    case text(SourcePosition)
    /// The `number`th paragraph of a Word document (table cells count too), and how it begins.
    case paragraph(number: Int, excerpt: String)
    /// A cell of a workbook: its sheet's name and the cell's row and column, both from 1.
    case cell(sheet: String, row: Int, column: Int)

    /// `12:19`, `¶57 「12．下列…」` or `单选!G3`, printed after the file name and a colon.
    public var description: String {
        switch self {
        case .text(let position): position.description
        case .paragraph(let number, let excerpt): "¶\(number) 「\(excerpt)」"
        case .cell(let sheet, let row, let column): "\(sheet)!\(Self.columnName(column))\(row)"
        }
    }

    /// The short form that names the place inside a message: `第 12 行`, `¶57`, `单选!G3`.
    public func reference(_ zh: Bool) -> String {
        switch self {
        case .text(let position): zh ? "第 \(position.line) 行" : "line \(position.line)"
        case .paragraph(let number, _): "¶\(number)"
        case .cell(let sheet, let row, let column): "\(sheet)!\(Self.columnName(column))\(row)"
        }
    }

    /// Excel's column letters: 1 → A, 26 → Z, 27 → AA.
    static func columnName(_ column: Int) -> String {
        var name: [Character] = []
        var rest = max(column, 1)
        while rest > 0 {
            rest -= 1
            name.append(Character(Unicode.Scalar(UInt8(65 + rest % 26))))
            rest /= 26
        }
        return String(name.reversed())
    }
}

/// Turns a reader's byte offset into a place a person can find.
///
/// Every reader reports offsets into the UTF-8 text it parses; a Word document or a workbook is
/// first laid out as such a text, and its locator maps offsets back to paragraphs or cells.
protocol SourceLocator: AnyObject {
    /// The UTF-8 text the reader parsed, which the offsets point into.
    var bytes: [UInt8] { get }
    func location(at offset: Int) -> SourceLocation
}
