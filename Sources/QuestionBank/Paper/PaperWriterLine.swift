/// One line of a bank written as a paper, with what it is, so a Word writer can style it.
///
/// The text is complete (`1．题干`, `一、单选题（共40题）`), so joining the lines gives the plain
/// text paper; the kind tells a .docx writer which paragraph style to use.
public struct PaperWriterLine: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The bank's title, the first line.
        case title
        /// A section heading: `一、单选题（共40题）`.
        case heading
        /// The first line of a question: its number and the stem's first line.
        case item
        /// Every other line: options, answers, explanations, labelled fields, continued text.
        case plain
        /// An empty line between questions, for reading; the reader skips it.
        case blank
    }

    public var kind: Kind
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
