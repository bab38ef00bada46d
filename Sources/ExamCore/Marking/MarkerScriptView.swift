import ContestCore

/// What one marker sees of one script: its number, the question with its reference, the answer, their own mark.
///
/// Blind by construction: it has no field for the candidate, nor for any other marker's mark or the
/// final mark, so a marking page built from it cannot show them. `open` says whether the marker may
/// still mark or change their mark (the script is not final).
public struct MarkerScriptView: Codable, Sendable, Hashable {
    public var script: Int
    public var question: String
    /// The question as the caller gave it for this id; nil when it gave none.
    public var stem: String?
    public var reference: String?
    public var markingPoints: [String]
    public var text: String
    public var max: Points
    public var ownMark: Points?
    public var ownNote: String?
    public var open: Bool

    public init(script: MarkingScript, marker: Int, question: MarkingQuestion?) {
        (self.script, self.question, text, max) = (script.number, script.question, script.text, script.max)
        (stem, reference, markingPoints) = (question?.stem, question?.reference, question?.markingPoints ?? [])
        let own = script.mark(by: marker)
        (ownMark, ownNote, open) = (own?.points, own?.note, script.final == nil)
    }
}

extension MarkingBook {
    /// One script as the marker sees it; refused for a script that is not theirs.
    public func view(
        marker: Int, script number: Int, questions: [String: MarkingQuestion]
    ) -> Result<MarkerScriptView, MarkingRejection> {
        guard isMarker(marker) else { return .failure(MarkingRejection(.unknownMarker)) }
        guard let script = script(number) else { return .failure(MarkingRejection(.unknownScript)) }
        guard script.isAssigned(to: marker) else { return .failure(MarkingRejection(.notAssigned)) }
        return .success(MarkerScriptView(script: script, marker: marker, question: questions[script.question]))
    }

    /// Every script assigned to the marker, by number, for the marking page's list.
    public func views(marker: Int, questions: [String: MarkingQuestion]) -> [MarkerScriptView] {
        scripts.filter { $0.isAssigned(to: marker) }.map {
            MarkerScriptView(script: $0, marker: marker, question: questions[$0.question])
        }
    }
}
