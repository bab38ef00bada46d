/// One relationship of an OPC part: how `word/document.xml` finds its styles, a workbook its sheets.
struct Relationship: Sendable, Hashable {
    let id: String
    /// The type URI; readers compare its last path segment (`officeDocument`, `styles`,
    /// `worksheet`), which Transitional and Strict share.
    let type: String
    /// The target part's name inside the package, resolved; nil for an external target.
    let target: String?

    /// The last path segment of `type`.
    var kind: Substring { type.split(separator: "/").last ?? "" }
}
