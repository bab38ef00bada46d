/// Buzz-in and tie-break questions: show, arm, first valid buzz by receive time, answer, re-open.
extension Reduction {
    mutating func showBuzzQuestion(_ id: String?) throws(Rejection) {
        let segment = try running()
        guard let round = segment.state.buzzRound else { throw Rejection(.wrongPhase) }
        guard round.current == nil else { throw Rejection(.questionStillOpen) }
        if case .tieBreak(let tie) = segment.state, tie.isDecided { throw Rejection(.wrongPhase) }
        guard round.asked < (try buzzRules()).questionCount else { throw Rejection(.questionLimitReached) }
        let question: Question
        if let id {
            guard let named = state.bank[id] else { throw Rejection(.unknownQuestion) }
            guard !state.used.contains(id) else { throw Rejection(.questionAlreadyUsed) }
            question = named
        } else {
            question = try draw(segment.config.effectiveDraw)
        }
        emit(.questionShown(question: question.id, team: nil, tier: nil, deadline: nil))
    }

    mutating func armBuzzers() throws(Rejection) {
        guard let current = try running().state.buzzRound?.current else { throw Rejection(.noQuestion) }
        guard case .shown = current.stage, current.round == 0 else { throw Rejection(.wrongPhase) }
        emit(.buzzersArmed(deadline: clock + Time.seconds(try buzzRules().buzzWindowSeconds)))
    }

    /// Records a buzz and, when it is the earliest valid one, gives its team the right to answer.
    ///
    /// Buzzes are judged by the time the kernel received them, not by arrival here: a buzz that
    /// arrives late but was received before the current holder's takes the right over, as long as
    /// the holder has not answered yet.
    mutating func buzz(team: TeamID, seat: Int) throws(Rejection) {
        let segment = try running()
        guard segment.state.eligibleBuzzers(config: state.config).contains(team) else {
            throw Rejection(.notEligible)
        }
        guard let current = segment.state.buzzRound?.current else { throw Rejection(.noQuestion) }
        guard current.isOpen(to: team) else { throw Rejection(.lockedOut) }
        if current.currentRoundBuzzes.contains(where: { $0.team == team }) { throw Rejection(.alreadyBuzzed) }
        let rules = try buzzRules()
        let isFalseStart: Bool
        switch current.stage {
        case .shown:
            isFalseStart = true
        case .armed(let deadline):
            guard at < deadline else { throw Rejection(.notArmed) }
            isFalseStart = at < (current.armedAt ?? at)
        case .answering:
            isFalseStart = at < (current.armedAt ?? at)
        }
        if isFalseStart {
            guard current.round <= 1 else { throw Rejection(.notArmed) }
            emit(.buzzRecorded(team: team, seat: seat, falseStart: true))
            if segment.config.kind == .buzz {
                award(team, Points(rules.falseStartPoints), .falseStart(question: current.question))
            }
            return
        }
        emit(.buzzRecorded(team: team, seat: seat, falseStart: false))
        let deadline = at + Time.seconds(rules.answerWindowSeconds)
        switch current.stage {
        case .shown:
            break
        case .armed:
            emit(.answerRightGranted(team: team, seat: seat, deadline: deadline))
        case .answering(let holder):
            let holderTime = current.currentRoundBuzzes.first { $0.team == holder.team }?.at ?? at
            if at < holderTime && holder.pending == nil {
                emit(.answerRightGranted(team: team, seat: seat, deadline: deadline))
            }
        }
    }

    mutating func answerBuzz(_ answer: Submission, team: TeamID) throws(Rejection) {
        guard let current = try running().state.buzzRound?.current else { throw Rejection(.noQuestion) }
        guard let holder = current.holder, holder.team == team else { throw Rejection(.notYourTurn) }
        guard holder.pending == nil else { throw Rejection(.answerAlreadyGiven) }
        if let deadline = holder.deadline, at >= deadline { throw Rejection(.timeUp) }
        if let verdict = try Grader.grade(answer, for: try question(current.question)) {
            try resolveBuzz(verdict, by: .automatic)
        } else {
            emit(.answerSubmitted(team: team, seat: command.seat, answer: answer))
        }
    }

    /// Rules the holder's answer; a wrong one re-opens the question to the teams still in it.
    mutating func resolveBuzz(_ verdict: Verdict, by ruler: Ruler) throws(Rejection) {
        let segment = try running()
        guard let current = segment.state.buzzRound?.current, let holder = current.holder else {
            throw Rejection(.nothingToRule)
        }
        let rules = try buzzRules()
        let question = try question(current.question)
        let scoring = segment.config.kind == .buzz
        emit(.answerRuled(team: holder.team, question: question.id, verdict: verdict, by: ruler))
        switch verdict {
        case .correct:
            if scoring { award(holder.team, question.worth(rules.correctPoints), .correct(question: question.id)) }
            emit(.questionClosed(question: question.id, outcome: .answered(holder.team)))
            if !scoring { placeTieBreakWinner(holder.team) }
        case .wrong:
            if scoring && (ruler != .overtime || rules.overtimeIsWrong) {
                award(holder.team, Points(rules.wrongPoints), .wrong(question: question.id))
            }
            let stillIn = try running().state.eligibleBuzzers(config: state.config).filter {
                state.game.segment?.state.buzzRound?.current?.isOpen(to: $0) == true
            }
            if rules.reopenAfterWrong && !stillIn.isEmpty {
                emit(.buzzersArmed(deadline: clock + Time.seconds(rules.buzzWindowSeconds)))
            } else {
                emit(.questionClosed(question: question.id, outcome: .unanswered))
            }
        }
    }

    mutating func skipBuzz() throws(Rejection) {
        guard let current = try running().state.buzzRound?.current else { throw Rejection(.noQuestion) }
        emit(.questionClosed(question: current.question, outcome: .unanswered))
    }

    mutating func voidBuzz() throws(Rejection) {
        guard let current = try running().state.buzzRound?.current else { throw Rejection(.noQuestion) }
        emit(.questionClosed(question: current.question, outcome: .voided))
    }

    /// The buzz window or the answer window ran out.
    mutating func expireBuzz() throws(Rejection) {
        guard let current = try running().state.buzzRound?.current else { return }
        switch current.stage {
        case .shown:
            return
        case .armed:
            let outcome: QuestionOutcome = current.answeredWrong.isEmpty ? .noBuzz : .unanswered
            emit(.questionClosed(question: current.question, outcome: outcome))
        case .answering(let holder):
            if holder.pending != nil {
                emit(.clockExpired(until: nil))
            } else {
                try resolveBuzz(.wrong, by: .overtime)
            }
        }
    }

    /// A tie-break winner takes the next place; the last team left takes the place after it.
    private mutating func placeTieBreakWinner(_ team: TeamID) {
        emit(.tieBreakPlaced(team: team))
        guard case .tieBreak(let round) = state.game.segment?.state, round.remaining.count == 1 else { return }
        emit(.tieBreakPlaced(team: round.remaining[0]))
    }

    private func buzzRules() throws(Rejection) -> BuzzRules {
        switch try running().config.rules {
        case .buzz(let rules), .tieBreak(let rules): return rules
        case .speed, .relay, .risk, .essay: throw Rejection(.wrongPhase)
        }
    }
}

extension SegmentState {
    /// The question machine of a buzz or tie-break segment.
    var buzzRound: BuzzRound? {
        switch self {
        case .buzz(let round): round
        case .tieBreak(let round): round.questions
        case .speed, .relay, .risk, .essay: nil
        }
    }

    /// Teams that may buzz at all: every team, or the tie-break teams still without a place.
    func eligibleBuzzers(config: ContestConfig) -> [TeamID] {
        switch self {
        case .tieBreak(let round): round.remaining
        case .buzz, .speed, .relay, .risk, .essay: config.teamIDs
        }
    }
}
