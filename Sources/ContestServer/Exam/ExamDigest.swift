import ContestCore
import ExamCore
import Foundation
import Wire

/// The SHA-1 that ties an exam journal to its exam: roster, paper, times, shuffle, marking and practical rules.
///
/// Over the canonical JSON (sorted keys) of what the exam file resolved to, so a restart with an
/// edited roster or paper is refused, while the file's spacing or key order does not matter.
enum ExamDigest {
    private struct Canonical: Encodable {
        var title: String
        var paper: WrittenPaper
        var candidates: [ExamCandidate]
        var start: Micros
        var duration: Micros
        var lateEntry: Micros
        var shuffle: ExamFile.Shuffle
        var seed: UInt64
        var passMark: Points
        var grading: MarkingRules
        var practical: PracticalRubric
        var tokens: [Int]
    }

    static func of(_ exam: Exam) -> String {
        let canonical = Canonical(
            title: exam.title, paper: exam.paper, candidates: exam.candidates, start: exam.start,
            duration: exam.duration, lateEntry: exam.lateEntry, shuffle: exam.shuffle, seed: exam.seed,
            passMark: exam.passMark, grading: exam.grading, practical: exam.practical,
            tokens: [exam.tokens.proctors, exam.tokens.markers, exam.tokens.judges])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return SHA1.hexDigest((try? encoder.encode(canonical)).map(Array.init) ?? [])
    }
}
