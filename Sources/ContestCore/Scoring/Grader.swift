/// Grades a typed answer against the answer key, or says that a judge must rule.
public enum Grader {
    /// The verdict for an objective question, nil for short answers and essays (a judge rules).
    ///
    /// A submission of the wrong shape (a letter for a true/false question, an option past the last)
    /// is refused rather than graded wrong: the team pressed a key the question does not have.
    public static func grade(_ submission: Submission, for question: Question) throws(Rejection) -> Verdict? {
        switch (question.type, submission, question.answer) {
        case (.single, .choices(let picked), .choices(let key)):
            guard picked.count == 1 else { throw Rejection(.invalidAnswer) }
            try check(picked, within: question.options.count)
            return verdict(picked == key)
        case (.multiple, .choices(let picked), .choices(let key)):
            try check(picked, within: question.options.count)
            return verdict(Array(Set(picked)).sorted() == key)
        case (.trueFalse, .truth(let value), .truth(let key)):
            return verdict(value == key)
        case (.fill, .text(let text), .accepted(let spellings)):
            let typed = normalized(text)
            return verdict(!typed.isEmpty && spellings.contains { normalized($0) == typed })
        case (.short, .text, _), (.essay, .text, _):
            return nil
        default:
            throw Rejection(.invalidAnswer)
        }
    }

    private static func check(_ picked: [Int], within count: Int) throws(Rejection) {
        guard !picked.isEmpty, picked.allSatisfy({ (0..<count).contains($0) }) else {
            throw Rejection(.invalidAnswer)
        }
    }

    private static func verdict(_ right: Bool) -> Verdict { right ? .correct : .wrong }

    /// Fill-in answers compare without white space, with full-width letters and digits folded to
    /// ASCII and ASCII case ignored: `ＩＳＯ ７０６４` and `iso7064` are the same answer.
    public static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            result.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(result)
    }
}
