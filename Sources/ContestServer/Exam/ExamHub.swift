import ContestCore
import ContestProtocol
import ExamCore

/// The exam day as the server's connections see it: tokens, requests, journal entries, and who hears what.
///
/// Unlike the final, nobody gets a state broadcast: a candidate hears only about their own paper
/// (`paperStatus`), proctors get the roster's changed rows at most once a second, a marker their own
/// work, the practical judges the sheets. So 10,000 candidates saving answers cost each other nothing.
public struct ExamHub: Sendable {
    public private(set) var day: ExamDay
    public let tokens: ExamTokens
    let candidatesByToken: [String: String]
    let proctorsByToken: [String: Int]
    let markersByToken: [String: Int]
    let judgesByToken: [String: Int]
    let questions: [String: MarkingQuestion]
    /// The paper's length, for each proctor row (`WrittenPaper.items` builds the whole list each time).
    let paperLength: Int
    /// How many pages each candidate has open now, for the proctors' 在线 column.
    var pagesOpen: [String: Int] = [:]
    /// Candidates whose proctor row changed since the last `roster`.
    var changedRows: Set<String> = []
    /// Markers whose view changed through someone else (new scripts, a third marking, the whole
    /// marking's progress) since their last `marking`.
    var changedMarkers: Set<Int> = []
    /// When held-back notices may next go out.
    var nextBatchAt: Micros = 0
    /// The open papers' deadlines, kept as events move them, so no pass scans the roster.
    var deadlines: OpenDeadlines
    /// Batched notices go out at most this often.
    public static let batchInterval = Time.seconds(1)

    public init(day: ExamDay, tokens: ExamTokens) {
        self.day = day
        self.tokens = tokens
        candidatesByToken = Dictionary(
            tokens.candidates.map { ($0.token, $0.candidate) }, uniquingKeysWith: { first, _ in first })
        proctorsByToken = Dictionary(
            tokens.proctors.map { ($0.token, $0.proctor) }, uniquingKeysWith: { first, _ in first })
        markersByToken = Dictionary(
            tokens.markers.map { ($0.token, $0.marker) }, uniquingKeysWith: { first, _ in first })
        judgesByToken = Dictionary(tokens.judges.map { ($0.token, $0.judge) }, uniquingKeysWith: { first, _ in first })
        questions = MarkingQuestion.questions(of: day.exam.paper)
        paperLength = day.exam.paper.items.count
        deadlines = OpenDeadlines(day.written)
    }

    /// A proctor's row of one candidate, with the pages they have open now.
    func row(_ candidate: String) -> ProctorRow? {
        day.written.records[candidate].map {
            ProctorRow(record: $0, questions: paperLength, connected: pagesOpen[candidate] ?? 0)
        }
    }

    /// Every proctor's row in the roster's order.
    var rows: [ProctorRow] { day.exam.candidates.compactMap { row($0.candidate) } }

    /// Decides a command and folds it in; an accepted one with events becomes a journal record, and
    /// its events say who else must hear of it.
    mutating func handle(
        _ command: ExamDayCommand, by actor: ExamActor, request: String, at now: Micros, into outcome: inout HubOutcome
    ) -> ExamDayRejection? {
        switch day.handle(command, at: now) {
        case .failure(let rejection):
            return rejection
        case .success(let events):
            guard !events.isEmpty else { return nil }
            outcome.records.append(
                JSONWriter.encode(
                    ExamJournalRecord.entry(ExamJournalEntry(at: now, actor: actor, request: request, events: events))))
            noticeEffects(of: events, into: &outcome)
            return nil
        }
    }

    /// Marks what the events changed: proctors' rows, the candidates' own pages, markers, judges.
    mutating func noticeEffects(of events: [ExamDayEvent], into outcome: inout HubOutcome) {
        var practicalChanged = false
        for event in events {
            switch event {
            case .written(let event):
                changedRows.insert(event.candidate)
                guard let record = day.written.records[event.candidate] else { continue }
                deadlines.update(for: event, record: record)
                switch event {
                case .paperSubmitted, .paperClosed, .timeExtended, .paperReopened:
                    outcome.notices.append(
                        HubNotice(
                            to: .candidate(event.candidate),
                            message: EncodedServerMessage(enveloped: ExamServerMessage.paperStatus(PaperStatus(record)))
                        ))
                case .entered, .answerSaved, .leftPage, .admittedLate: break
                }
            case .marking(let event):
                switch event {
                case .scriptAdded(_, _, _, _, _, let markers): changedMarkers.formUnion(markers)
                case .thirdMarkerAssigned(_, let marker): changedMarkers.insert(marker)
                case .markGiven, .scriptFinal:
                    // The whole marking's progress changed for every marker's header.
                    changedMarkers.formUnion(1...max(1, day.marking.markers))
                }
            case .practical:
                practicalChanged = true
            }
        }
        if practicalChanged {
            for judge in day.practical.judges {
                outcome.notices.append(
                    HubNotice(
                        to: .practicalJudge(judge.number),
                        message: EncodedServerMessage(
                            enveloped: ExamServerMessage.practical(JudgeView(judge: judge.number, book: day.practical)))
                    ))
            }
        }
    }

    /// A marker's current progress and next script.
    func markingMessage(for marker: Int) -> EncodedServerMessage {
        EncodedServerMessage(
            enveloped: ExamServerMessage.marking(MarkerView(marker: marker, book: day.marking, questions: questions)))
    }
}
