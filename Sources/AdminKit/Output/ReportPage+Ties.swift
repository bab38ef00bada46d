import ContestCore
import QuestionBank

extension ReportPage {
    /// The ranking pages' closing part: the ties left for the organisers, the decisions taken, other problems.
    ///
    /// `prelim rank` and `composite rank` end their pages the same way, so a tie reads alike on both.
    mutating func ties(_ diagnostics: [RankDiagnostic], decisions: [TieDecision], none: String) {
        let isTie = { (diagnostic: RankDiagnostic) in if case .tie = diagnostic.problem { true } else { false } }
        let ties = diagnostics.filter(isTie)
        if ties.isEmpty {
            paragraph(none, class: "clean")
        } else {
            for tie in ties {
                raw("<p class=\"tie\">\(mark(.error)) \(HTMLText.escape(tie.message(language)))</p>\n")
            }
        }
        for decision in decisions { paragraph(decision.note(isChinese), class: "decided") }
        let others = diagnostics.filter { !isTie($0) }
        guard !others.isEmpty else { return }
        heading(isChinese ? "其他问题" : "Other problems")
        for problem in others {
            raw("<p>\(mark(problem.severity)) \(HTMLText.escape(problem.formatted(language)))</p>\n")
        }
    }
}
