extension ContestState {
    /// Decides a command and folds its events in; a rejection leaves the state exactly as it was.
    ///
    /// ```
    /// var contest = ContestState(config: config, bank: questions)
    /// contest.handle(Command(.startSegment(0), by: .host, at: 0))   // .success([.segmentStarted(…)])
    /// contest.handle(Command(.buzz, by: .team(3, seat: 1), at: 5))  // .failure(Rejection(.notArmed))
    /// ```
    @discardableResult
    public mutating func handle(_ command: Command) -> Result<[Event], Rejection> {
        var reduction = Reduction(state: self, command: command)
        do {
            try reduction.run()
        } catch {
            return .failure(error)
        }
        self = reduction.state
        return .success(reduction.events)
    }

    /// What `handle(_:)` would answer, without changing anything.
    public func decide(_ command: Command) -> Result<[Event], Rejection> {
        var copy = self
        return copy.handle(command)
    }
}

extension Reduction {
    mutating func run() throws(Rejection) {
        try authorize()
        let action = command.action
        if case .tick = action { return try tick() }
        switch state.game.phase {
        case .finished: throw Rejection(.contestFinished)
        case .notStarted, .running, .between: break
        }
        if state.pausedAt != nil && action.needsRunningClock { throw Rejection(.paused) }
        switch action {
        case .startSegment(let index): try startSegment(index, teams: nil)
        case .startTieBreak(let index, let teams): try startSegment(index, teams: teams)
        case .endSegment: try endSegment()
        case .finishContest: try finishContest()
        case .pause:
            guard state.pausedAt == nil else { throw Rejection(.paused) }
            emit(.paused)
        case .resume:
            guard state.pausedAt != nil else { throw Rejection(.notPaused) }
            emit(.resumed)
        case .correctScore(let team, let delta, let reason): try correctScore(team, delta, reason)
        case .undo:
            guard let checkpoint = state.checkpoints.last else { throw Rejection(.nothingToUndo) }
            if !state.canUndo(to: checkpoint) { throw Rejection(.answerAlreadyRevealed) }
            emit(.rulingUndone)
        case .revealAnswer:
            guard let id = state.lastSettled else { throw Rejection(.noQuestion) }
            if state.game.segment?.state.openQuestion == id { throw Rejection(.questionStillOpen) }
            emit(.answerRevealed(question: id))
        case .onBehalf(let team, let inner): try teamAction(inner, team: team, seat: nil)
        case .buzz, .answer, .skip, .pickTier, .climb, .stop, .decline:
            if case .team(let team, let seat) = command.actor {
                try teamAction(action, team: team, seat: seat)
            } else {
                try hostSkip()
            }
        case .rule(let verdict): try rule(verdict)
        case .scoreEssay(let team, let score): try scoreEssay(team: team, score: score)
        case .showQuestion(let id): try showQuestion(id)
        case .armBuzzers: try armBuzzers()
        case .nextTurn: try nextTurn()
        case .void: try void()
        case .tick: break
        }
    }

    /// Checks that the actor's role may send this action at all, before any rule of the moment.
    private func authorize() throws(Rejection) {
        let config = state.config
        let actor = command.actor
        switch actor {
        case .team(let team, let seat):
            guard let entry = config.team(team) else { throw Rejection(.unknownTeam) }
            guard entry.seats.contains(seat) else { throw Rejection(.notYourSeat) }
        case .judge(let number):
            guard config.judges.contains(where: { $0.number == number }) else { throw Rejection(.unknownJudge) }
        case .host, .system:
            break
        }
        let allowed: Bool
        switch command.action {
        case .startSegment, .startTieBreak, .endSegment, .finishContest, .showQuestion, .armBuzzers, .nextTurn,
            .revealAnswer, .void, .pause, .resume, .correctScore, .undo:
            allowed = actor == .host
        case .onBehalf(let team, let inner):
            guard config.team(team) != nil else { throw Rejection(.unknownTeam) }
            allowed = actor == .host && inner.canBeEnteredByHost
        case .rule:
            allowed = actor == .host || actor.isJudge
        case .scoreEssay:
            allowed = actor.isJudge
        case .buzz, .answer, .pickTier, .climb, .stop, .decline:
            allowed = actor.isTeam
        case .skip:
            allowed = actor == .host || actor.isTeam
        case .tick:
            allowed = actor == .system
        }
        guard allowed else { throw Rejection(.notAllowed) }
    }

    /// Routes a team's action (or the host's entry of it) to the running segment.
    private mutating func teamAction(_ action: Action, team: TeamID, seat: Int?) throws(Rejection) {
        let segment = try running()
        switch (segment.state, action) {
        case (.buzz, .buzz), (.tieBreak, .buzz): try buzz(team: team, seat: seat ?? 1)
        case (.buzz, .answer(let answer)), (.tieBreak, .answer(let answer)): try answerBuzz(answer, team: team)
        case (.speed, .answer(let answer)): try answerSpeed(answer, team: team)
        case (.speed, .skip): try skipSpeed(team: team)
        case (.relay, .answer(let answer)): try answerRelay(answer, team: team, seat: seat)
        case (.risk, .answer(let answer)): try answerRisk(answer, team: team)
        case (.risk, .pickTier(let tier)): try pickTier(tier, team: team)
        case (.risk, .climb): try climb(team: team)
        case (.risk, .stop): try stopRisk(team: team)
        case (.risk, .decline): try declineRisk(team: team)
        case (_, .skip): throw Rejection(.skipNotAllowed)
        default: throw Rejection(.wrongPhase)
        }
    }

    private mutating func hostSkip() throws(Rejection) {
        switch try running().state {
        case .speed(let round):
            guard let team = round.turn?.team else { throw Rejection(.noQuestion) }
            try skipSpeed(team: team)
        case .buzz, .tieBreak: try skipBuzz()
        case .relay, .risk, .essay: throw Rejection(.skipNotAllowed)
        }
    }

    private mutating func rule(_ verdict: Verdict) throws(Rejection) {
        let ruler: Ruler = if case .judge(let number) = command.actor { .judge(number) } else { .host }
        switch try running().state {
        case .speed: try ruleSpeed(verdict, by: ruler)
        case .buzz, .tieBreak: try resolveBuzz(verdict, by: ruler)
        case .relay: try ruleRelay(verdict, by: ruler)
        case .risk: try resolveRisk(verdict, by: ruler)
        case .essay: throw Rejection(.wrongPhase)
        }
    }

    private mutating func showQuestion(_ id: String?) throws(Rejection) {
        switch try running().state {
        case .buzz, .tieBreak: try showBuzzQuestion(id)
        case .speed, .relay, .risk, .essay: throw Rejection(.wrongPhase)
        }
    }

    private mutating func nextTurn() throws(Rejection) {
        switch try running().state {
        case .speed(let round), .relay(let round): try startAnswerTurn(round)
        case .risk(let round): try startRiskTurn(round)
        case .essay(let round): try startEssayTurn(round)
        case .buzz, .tieBreak: throw Rejection(.wrongPhase)
        }
    }

    private mutating func void() throws(Rejection) {
        switch try running().state {
        case .speed, .relay: try voidTurnQuestion()
        case .buzz, .tieBreak: try voidBuzz()
        case .risk: try voidRisk()
        case .essay: try voidEssay()
        }
    }

    /// Fires every deadline that has passed by `now`, in order; nothing fires while paused.
    private mutating func tick() throws(Rejection) {
        var fired = 0
        while fired < 64, let deadline = state.nextDeadline, deadline <= at {
            fired += 1
            switch try running().state {
            case .speed, .relay: try expireTurn()
            case .buzz, .tieBreak: try expireBuzz()
            case .risk: try expireRisk()
            case .essay: emit(.clockExpired(until: nil))
            }
        }
    }
}

extension Action {
    /// Actions that move the contest on and so wait while it is paused; rulings and corrections do not.
    var needsRunningClock: Bool {
        switch self {
        case .startSegment, .startTieBreak, .showQuestion, .armBuzzers, .nextTurn, .onBehalf, .buzz, .answer, .skip,
            .pickTier, .climb, .stop, .decline:
            true
        case .endSegment, .finishContest, .revealAnswer, .void, .pause, .resume, .correctScore, .undo, .rule,
            .scoreEssay, .tick:
            false
        }
    }

    /// What a host may enter for a team that answered out loud: never a buzz.
    var canBeEnteredByHost: Bool {
        switch self {
        case .answer, .skip, .pickTier, .climb, .stop, .decline: true
        default: false
        }
    }
}
