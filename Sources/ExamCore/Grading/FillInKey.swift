import ContestCore

/// A fill-in question's accepted answers, ready to compare a typed answer whole or blank by blank.
///
/// The bank writes a several-blank answer as one accepted string per combination of synonyms, the
/// blanks joined by `；` (`一次性；告知`, `一次；告知`: QuestionBank's `PaperFillAnswer`). When every accepted
/// answer has that shape with the same number of blanks, a typed answer is cut at `；` `;` `|` `｜` (or, when
/// that gives the wrong count, also at `，` `,` `、` and spaces) and each blank is compared with what that
/// blank accepts; otherwise the whole text is compared. Both ways with `Grader.normalized`, the final's rule.
struct FillInKey {
    private var whole: Set<String>
    private var blanks: [Set<String>]

    init(accepted: [String]) {
        let normalized = accepted.map(Grader.normalized).filter { !$0.isEmpty }
        whole = Set(normalized)
        let parts = normalized.map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let count = parts.first?.count ?? 0
        guard count >= 2, parts.allSatisfy({ $0.count == count && !$0.contains("") }) else {
            blanks = []
            return
        }
        blanks = (0..<count).map { position in Set(parts.map { $0[position] }) }
    }

    /// Whether the typed text is one of the accepted answers.
    func accepts(_ text: String) -> Bool {
        let typed = Grader.normalized(text)
        guard !typed.isEmpty else { return false }
        if whole.contains(typed) { return true }
        guard !blanks.isEmpty, let parts = Self.blanks(of: text, count: blanks.count) else { return false }
        return zip(parts, blanks).allSatisfy { $1.contains(Grader.normalized($0)) }
    }

    private static let separators: Set<Character> = ["；", ";", "|", "｜"]
    private static let looser: Set<Character> = ["；", ";", "|", "｜", "，", ",", "、"]

    private static func blanks(of text: String, count: Int) -> [String]? {
        let strict = text.split { separators.contains($0) }.map(String.init).filter { !Grader.normalized($0).isEmpty }
        if strict.count == count { return strict }
        let loose = text.split { looser.contains($0) || $0.isWhitespace }.map(String.init)
        return loose.count == count ? loose : nil
    }
}
