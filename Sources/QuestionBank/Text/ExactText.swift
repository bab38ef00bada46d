/// A string compared and hashed by its UTF-8 bytes, for the bank's duplicate checks and name tables.
///
/// `String`'s own hashing normalises Unicode on every call, which for 100,000 Chinese stems cost
/// more than parsing them. Bank text comes from one file in one normalisation form, so comparing
/// bytes finds the same duplicates at a fraction of the cost.
struct ExactText: Hashable, Sendable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
