import ContestCore

/// The whole exam day as one value: the written round, the marking of its papers and the practical sheets.
///
/// One journal feeds it, so one replay rebuilds all three. A paper that ends (submitted, or closed by
/// the timer) hands its short answers and essays to the marking in the same step, so the events that
/// finish a paper and the scripts it gives the markers are journaled together.
public struct ExamDay: Sendable, Hashable {
    public private(set) var written: ExamState
    public private(set) var marking: MarkingBook
    public private(set) var practical: PracticalBook

    public var exam: Exam { written.exam }

    public init(exam: Exam) {
        written = ExamState(exam: exam)
        marking = MarkingBook(rules: exam.grading, markers: exam.tokens.markers, seed: exam.seed)
        practical = PracticalBook(
            rubric: exam.practical, contestants: Self.contestants(exam), judges: Self.judges(exam), chief: 1)
    }

    /// The practical round's contestants: the exam's roster, performing in its order.
    public static func contestants(_ exam: Exam) -> [PracticalContestant] {
        exam.candidates.enumerated().map { PracticalContestant(id: $1.candidate, name: $1.name, order: $0 + 1) }
    }

    /// The practical judges, numbered as their tokens are; judge 1 is the chief judge (裁判长).
    public static func judges(_ exam: Exam) -> [PracticalJudge] {
        (0..<exam.tokens.judges).map { PracticalJudge(number: $0 + 1, name: judgeName($0 + 1)) }
    }

    /// How the tokens file and the printed sheets name a practical judge until the organisers rename them.
    public static func judgeName(_ number: Int) -> String { "实操评委 \(number)" }

    /// The day a journal's events rebuild, in their order.
    public static func replay(exam: Exam, events: [ExamDayEvent]) -> ExamDay {
        var day = ExamDay(exam: exam)
        for event in events { day.apply(event) }
        return day
    }

    /// Folds one journaled event in.
    public mutating func apply(_ event: ExamDayEvent) {
        switch event {
        case .written(let event): written.apply(event)
        case .marking(let event): marking.apply(event)
        case .practical(let event): practical.apply(event)
        }
    }

    /// Decides a command at `now` and folds its events in; a rejection leaves the day exactly as it was.
    ///
    /// A written command that ends papers is followed by their scripts for the markers. When the book
    /// cannot take them (fewer markers than double marking needs) the papers still end: the scripts
    /// wait, and `exam results` lists them as unmarked.
    @discardableResult
    public mutating func handle(_ command: ExamDayCommand, at now: Micros) -> Result<[ExamDayEvent], ExamDayRejection> {
        switch command {
        case .written(let command):
            switch written.handle(command, at: now) {
            case .failure(let rejection): return .failure(.written(rejection))
            case .success(let events):
                var day = events.map(ExamDayEvent.written)
                let finished = events.compactMap { event -> String? in
                    switch event {
                    case .paperSubmitted(let candidate, _), .paperClosed(let candidate, _): candidate
                    default: nil
                    }
                }
                let scripts = finished.flatMap(written.scriptsToMark).filter {
                    !marking.hasScript(candidate: $0.candidate, question: $0.question)
                }
                if !scripts.isEmpty, case .success(let added) = marking.handle(.addScripts(scripts), at: now) {
                    day += added.map(ExamDayEvent.marking)
                }
                return .success(day)
            }
        case .marking(let command):
            return marking.handle(command, at: now).map { $0.map(ExamDayEvent.marking) }.mapError(
                ExamDayRejection.marking)
        case .practical(let command):
            return practical.handle(command, at: now).map { $0.map(ExamDayEvent.practical) }.mapError(
                ExamDayRejection.practical)
        }
    }
}
