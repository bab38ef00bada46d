import ContestCore

extension MarkingBook {
    /// Decides a command and folds its events in; a rejection leaves the book exactly as it was.
    @discardableResult
    public mutating func handle(_ command: MarkingCommand, at time: Micros) -> Result<[MarkingEvent], MarkingRejection>
    {
        var next = self
        var events: [MarkingEvent] = []
        let emit = { (event: MarkingEvent, book: inout MarkingBook) in
            events.append(event)
            book.apply(event)
        }
        do throws(MarkingRejection) {
            switch command {
            case .addScripts(let answers): try next.addScripts(answers, emit: emit)
            case .mark(let marker, let script, let points, let note):
                try next.mark(marker: marker, script: script, points: points, note: note, at: time, emit: emit)
            }
        } catch {
            return .failure(error)
        }
        self = next
        return .success(events)
    }

    /// The markers a script needs: its first markers, and one more for a third mark when they may differ.
    var markersNeeded: Int {
        let first = max(1, rules.markersPerAnswer)
        return first >= 2 ? first + 1 : first
    }

    private mutating func addScripts(
        _ answers: [SubjectiveAnswer], emit: (MarkingEvent, inout MarkingBook) -> Void
    ) throws(MarkingRejection) {
        guard !answers.isEmpty else { return }
        guard markers >= markersNeeded else { throw MarkingRejection(.notEnoughMarkers) }
        var seen = Set<Key>()
        for answer in answers {
            guard answer.max > .zero else { throw MarkingRejection(.invalidScript) }
            let key = Key(candidate: answer.candidate, question: answer.question)
            guard numbers[key] == nil, seen.insert(key).inserted else { throw MarkingRejection(.duplicateScript) }
        }
        for answer in numberingOrder(answers) {
            let number = scripts.count + 1
            emit(
                .scriptAdded(
                    script: number, candidate: answer.candidate, question: answer.question, text: answer.text,
                    max: answer.max, markers: firstMarkers(for: number)),
                &self)
        }
    }

    private mutating func mark(
        marker: Int, script number: Int, points: Points, note: String, at time: Micros,
        emit: (MarkingEvent, inout MarkingBook) -> Void
    ) throws(MarkingRejection) {
        guard isMarker(marker) else { throw MarkingRejection(.unknownMarker) }
        guard let script = script(number) else { throw MarkingRejection(.unknownScript) }
        guard script.isAssigned(to: marker) else { throw MarkingRejection(.notAssigned) }
        guard script.final == nil else { throw MarkingRejection(.scriptFinal) }
        guard points >= .zero, points <= script.max, points.hundredths % 50 == 0 else {
            throw MarkingRejection(.invalidMark)
        }
        emit(.markGiven(marker: marker, script: number, points: points, note: note, at: time), &self)
        guard let updated = self.script(number), let first = updated.firstMarks else { return }
        if !Self.exceedsTolerance(first, max: updated.max, share: rules.toleranceShare) {
            emit(.scriptFinal(script: number, points: Self.mean(first)), &self)
        } else if let third = updated.third {
            if let mark = updated.mark(by: third) {
                emit(
                    .scriptFinal(
                        script: number, points: Self.combine(first, third: mark.points, rule: rules.thirdMark)), &self)
            }
        } else if let third = thirdMarker(for: updated) {
            emit(.thirdMarkerAssigned(script: number, marker: third), &self)
        }
    }
}
