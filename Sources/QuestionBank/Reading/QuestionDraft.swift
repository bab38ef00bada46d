/// A value read from a bank file, with the byte offset it was found at.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var offset: Int
}

/// An answer as written, before the question's type says how to read it.
enum RawAnswer: Sendable {
    case text(String)
    case truth(Bool)
    case list([Located<String>])
}

/// One question as read from JSON or CSV, before validation: every field optional and placed.
///
/// Both readers produce drafts so that one validator holds every rule and every message, and a
/// CSV bank and its JSON conversion are judged identically.
struct QuestionDraft: Sendable {
    /// Where the question starts: its `{` in JSON, its row in CSV.
    var offset: Int
    var id: Located<String>?
    /// Used when the file has no id column at all (many organisers' spreadsheets do not).
    var fallbackID: String?
    var type: Located<String>?
    var stem: Located<String>?
    var options: [Located<String>] = []
    /// Where to point when the options as a whole are wrong (too few, too many).
    var optionsOffset: Int?
    var answer: Located<RawAnswer>?
    /// CSV cells hold several fill-in answers separated by `|`; a JSON string is one answer.
    var splitsFillText = false
    var category = ""
    var difficulty: Located<String>?
    /// False when the file has no difficulty column, which is reported once, not on every row.
    var reportsMissingDifficulty = true
    var points: Located<String>?
    var explanation = ""
    var source = ""
    /// Fields the reader already reported as the wrong kind of value: the question is unusable, and
    /// the validator does not add a second "missing" message for them.
    var brokenFields: Set<BankField> = []
    /// The reader reported a problem with the row as a whole (cells beyond the header).
    var hasReaderError = false

    init(offset: Int) {
        self.offset = offset
    }
}
