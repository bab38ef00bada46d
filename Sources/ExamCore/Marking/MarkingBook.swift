import ContestCore

/// Blind double marking (双评) of the written paper's short answers and essays, as one reducer.
///
/// Every answer becomes a script with an opaque number and `markersPerAnswer` different markers, the
/// work spread evenly; when their marks differ by more than `toleranceShare` of the question's points a
/// marker not yet involved marks it a third time and `thirdMark` decides. Markers are numbered 1…`markers`.
/// `handle` decides and folds, `apply` folds a journaled event, and replaying every event rebuilds the
/// book exactly. Marks go from 0 to the question's points in steps of 0.5; the final mark is a mean
/// rounded half away from zero to 0.01 (`TrimmedMean`'s rounding), so 7 and 8.5 make 7.75.
///
/// ```
/// var book = MarkingBook(rules: MarkingRules(), markers: 3, seed: 7)
/// book.handle(.addScripts([SubjectiveAnswer(candidate: "2026120001", question: "q51", text: "…", max: 10)]), at: 0)
/// book.nextScript(for: 1)                                                     // 1
/// book.handle(.mark(marker: 1, script: 1, points: 8, note: ""), at: 5)        // .success([.markGiven(…)])
/// ```
public struct MarkingBook: Sendable, Hashable {
    public let rules: MarkingRules
    /// How many markers there are, numbered from 1.
    public let markers: Int
    /// Mixed into the script numbering, so numbers follow no roster order.
    public let seed: UInt64
    /// Every script, script number `n` at index `n - 1`.
    public private(set) var scripts: [MarkingScript] = []
    var numbers: [Key: Int] = [:]
    /// Scripts assigned to each marker (index `marker - 1`), third markings included.
    var load: [Int]
    /// How often two markers were paired on a script, row-major by `marker - 1`.
    var together: [Int]

    struct Key: Hashable, Sendable {
        var candidate: String
        var question: String
    }

    public init(rules: MarkingRules, markers: Int, seed: UInt64) {
        (self.rules, self.markers, self.seed) = (rules, max(0, markers), seed)
        load = Array(repeating: 0, count: self.markers)
        together = Array(repeating: 0, count: self.markers * self.markers)
    }

    /// Folds one event in, as `handle` did when it made it and as replay does from the journal.
    public mutating func apply(_ event: MarkingEvent) {
        switch event {
        case .scriptAdded(let number, let candidate, let question, let text, let max, let assigned):
            scripts.append(
                MarkingScript(
                    number: number, candidate: candidate, question: question, text: text, max: max,
                    markers: assigned))
            numbers[Key(candidate: candidate, question: question)] = number
            for marker in assigned where isMarker(marker) {
                load[marker - 1] += 1
                for other in assigned where other != marker && isMarker(other) {
                    together[(marker - 1) * markers + other - 1] += 1
                }
            }
        case .markGiven(let marker, let number, let points, let note, let at):
            guard let index = index(of: number) else { return }
            let mark = MarkingScript.Mark(marker: marker, points: points, note: note, at: at)
            if let existing = scripts[index].marks.firstIndex(where: { $0.marker == marker }) {
                scripts[index].marks[existing] = mark
            } else {
                scripts[index].marks.append(mark)
            }
        case .thirdMarkerAssigned(let number, let marker):
            guard let index = index(of: number) else { return }
            scripts[index].third = marker
            if isMarker(marker) { load[marker - 1] += 1 }
        case .scriptFinal(let number, let points):
            guard let index = index(of: number) else { return }
            scripts[index].final = points
        }
    }

    public func script(_ number: Int) -> MarkingScript? { index(of: number).map { scripts[$0] } }

    /// Whether the candidate's answer to the question is in the book already, so a shell adds each once.
    public func hasScript(candidate: String, question: String) -> Bool {
        numbers[Key(candidate: candidate, question: question)] != nil
    }

    /// The script a marker should mark next: third markings first, as they hold a mark back, then by number.
    ///
    /// Only scripts assigned to the marker, not yet final and not yet marked by them; nil when none is left.
    public func nextScript(for marker: Int) -> Int? {
        let open = scripts.filter { $0.final == nil && $0.isAssigned(to: marker) && $0.mark(by: marker) == nil }
        return (open.first { $0.third == marker } ?? open.first)?.number
    }

    /// Whether every script has its final mark (true for an empty book).
    public var isComplete: Bool { scripts.allSatisfy { $0.final != nil } }

    /// The final marks so far, by admission number then question id; a script not yet final is left out.
    public var finalMarks: [String: [String: Points]] {
        var marks: [String: [String: Points]] = [:]
        for script in scripts {
            if let points = script.final { marks[script.candidate, default: [:]][script.question] = points }
        }
        return marks
    }

    func isMarker(_ marker: Int) -> Bool { marker >= 1 && marker <= markers }

    func index(of number: Int) -> Int? { scripts.indices.contains(number - 1) ? number - 1 : nil }
}
