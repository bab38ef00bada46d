import ContestServer
import ExamCore
import Foundation

/// How long the objective grading of a whole exam takes, in-process on the run's own data folder:
/// the day rebuilt as `quiz-admin exam results` rebuilds it (`ExamDataFolder.read`), then every
/// candidate's paper graded (`ExamState.grade`, which derives each candidate's paper again).
struct ExamGradingTime {
    /// Seconds to read the exam copy and replay the journal into the day.
    var rebuildSeconds: Double
    /// The fastest of `rounds` gradings of every paper, in seconds.
    var gradeSeconds: Double
    var papers: Int
    var submitted: Int
    var answers: Int

    static let rounds = 3

    init(dataFolder: String) throws {
        let start = Monotonic.now()
        let day: ExamDay
        switch ExamDataFolder.read(dataFolder) {
        case .success(let read): day = read
        case .failure(let error): throw BenchFailure("cannot rebuild the exam day from \(dataFolder): \(error)")
        }
        rebuildSeconds = Double(Monotonic.now() - start) / 1e9
        var best = Double.infinity
        var grades: ExamGrades?
        for _ in 0..<Self.rounds {
            let before = Monotonic.now()
            grades = day.written.grade()
            best = min(best, Double(Monotonic.now() - before) / 1e9)
        }
        gradeSeconds = best
        papers = grades?.candidates.count ?? 0
        submitted = day.written.records.values.filter { $0.status == .submitted }.count
        answers = day.written.records.values.reduce(0) { $0 + $1.answers.count }
    }
}
