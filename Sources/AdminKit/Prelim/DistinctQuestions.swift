import ContestCore

/// The questions seen so far by id and by stem, so a question in two files is drawn at most once.
///
/// Stems are compared with every blank (spaces, full-width spaces, line breaks) removed, since the
/// same question pasted into Word and into Excel differs mostly there.
struct DistinctQuestions {
    /// The file each kept question was read from, by id.
    private(set) var files: [String: String] = [:]
    private var stems: [String: String] = [:]

    /// The files' questions not seen before, as one pool; each one left out is a warning naming the first.
    mutating func take(_ sources: [PaperDraw.Source], diagnostics: inout [PrelimDiagnostic]) -> QuestionPool {
        var kept: [Question] = []
        for source in sources {
            for question in source.questions {
                let stem = String(question.stem.filter { !$0.isWhitespace })
                if let first = files[question.id] ?? stems[stem].flatMap({ files[$0] }) {
                    let sameStem = files[question.id] == nil
                    let other = sameStem ? stems[stem]! : question.id
                    diagnostics.append(
                        PrelimDiagnostic(
                            file: source.file, location: nil,
                            problem: .sameQuestion(id: question.id, as: other, file: first, sameStem: sameStem)))
                    continue
                }
                files[question.id] = source.file
                stems[stem] = question.id
                kept.append(question)
            }
        }
        return QuestionPool(kept)
    }
}
