import ContestCore
import Foundation

extension ExamState {
    /// Decides a command at `now` and folds its events in; a rejection leaves the state exactly as it was.
    ///
    /// ```
    /// var day = ExamState(exam: exam)
    /// day.handle(.enter(candidate: "2026120001"), at: exam.start)          // .success([.entered(…)])
    /// day.handle(.saveAnswer(candidate: "2026120001", question: "Q7", answer: .choices([1])), at: exam.deadline)
    ///                                                                      // .failure(ExamRejection(.timeUp))
    /// ```
    @discardableResult
    public mutating func handle(_ command: ExamCommand, at now: Micros) -> Result<[ExamEvent], ExamRejection> {
        let events: [ExamEvent]
        do {
            events = try decide(command, at: now)
        } catch {
            return .failure(error)
        }
        for event in events { apply(event) }
        return .success(events)
    }

    /// The events a command would make at `now`, without changing anything.
    public func decide(_ command: ExamCommand, at now: Micros) throws(ExamRejection) -> [ExamEvent] {
        if case .tick = command {
            return roster.filter { $0.isOpen && $0.deadline <= now }.map {
                .paperClosed(candidate: $0.candidate.candidate, at: now)
            }
        }
        switch command {
        case .enter(let candidate):
            let record = try self.record(candidate)
            if record.enteredAt != nil { return [] }
            if now > exam.entryCloses && !record.admittedLate { throw ExamRejection(.entryClosed) }
            return [.entered(candidate: candidate, at: now)]
        case .saveAnswer(let candidate, let question, let answer):
            try checkOpen(try record(candidate), at: now)
            guard let item = items[question] else { throw ExamRejection(.unknownQuestion) }
            try Self.check(answer, for: item)
            return [.answerSaved(candidate: candidate, question: question, answer: answer, at: now)]
        case .submit(let candidate):
            try checkOpen(try record(candidate), at: now)
            return [.paperSubmitted(candidate: candidate, at: now)]
        case .leftPage(let candidate):
            guard try record(candidate).enteredAt != nil else { throw ExamRejection(.notEntered) }
            return [.leftPage(candidate: candidate, at: now)]
        case .extend(let candidate, let minutes, let reason, let proctor):
            let record = try self.record(candidate)
            let reason = try Self.checked(reason, minutes: minutes)
            guard record.submittedAt == nil && record.closedAt == nil else { throw ExamRejection(.paperNotOpen) }
            let deadline = record.deadline + Time.seconds(minutes * 60)
            return [
                .timeExtended(
                    candidate: candidate, minutes: minutes, deadline: deadline, reason: reason, by: proctor, at: now)
            ]
        case .reopen(let candidate, let minutes, let reason, let proctor):
            let record = try self.record(candidate)
            let reason = try Self.checked(reason, minutes: minutes)
            guard record.submittedAt != nil || record.closedAt != nil else { throw ExamRejection(.paperStillOpen) }
            let deadline = now + Time.seconds(minutes * 60)
            return [.paperReopened(candidate: candidate, deadline: deadline, reason: reason, by: proctor, at: now)]
        case .admitLate(let candidate, let reason, let proctor):
            let record = try self.record(candidate)
            let reason = try Self.checked(reason, minutes: 1)
            guard record.enteredAt == nil else { throw ExamRejection(.alreadyEntered) }
            return [.admittedLate(candidate: candidate, reason: reason, by: proctor, at: now)]
        case .tick:
            return []
        }
    }

    private func record(_ candidate: String) throws(ExamRejection) -> CandidateRecord {
        guard let record = records[candidate] else { throw ExamRejection(.unknownCandidate) }
        return record
    }

    /// Entered, started, neither submitted nor closed, and before the personal deadline by the server's clock.
    private func checkOpen(_ record: CandidateRecord, at now: Micros) throws(ExamRejection) {
        guard record.enteredAt != nil else { throw ExamRejection(.notEntered) }
        guard record.submittedAt == nil else { throw ExamRejection(.alreadySubmitted) }
        guard record.closedAt == nil && now < record.deadline else { throw ExamRejection(.timeUp) }
        guard now >= exam.start else { throw ExamRejection(.notStarted) }
    }

    /// The answer fits the question: its kind, options that exist, each once, one for single choice.
    static func check(_ answer: Submission, for item: WrittenPaper.Item) throws(ExamRejection) {
        switch (item.type, answer) {
        case (.single, .choices(let picked)), (.multiple, .choices(let picked)):
            guard picked.allSatisfy(item.options.indices.contains) && Set(picked).count == picked.count else {
                throw ExamRejection(.choiceOutOfRange)
            }
            guard item.type == .multiple || picked.count <= 1 else { throw ExamRejection(.oneChoiceOnly) }
        case (.trueFalse, .truth):
            break
        case (.fill, .text(let text)), (.short, .text(let text)), (.essay, .text(let text)):
            guard text.count <= maximumAnswerLength else { throw ExamRejection(.answerTooLong) }
        default:
            throw ExamRejection(.wrongAnswerKind)
        }
    }

    /// A proctor's reason trimmed and required, and minutes within an exam day.
    private static func checked(_ reason: String, minutes: Int) throws(ExamRejection) -> String {
        guard (1...600).contains(minutes) else { throw ExamRejection(.invalidMinutes) }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ExamRejection(.reasonRequired) }
        return trimmed
    }
}
