/// Speed answer and relay: a team answers question after question until its budget runs out.
extension Reduction {
    mutating func startAnswerTurn(_ round: TurnRound) throws(Rejection) {
        guard case .waiting = round.phase, let team = round.turns.upcoming else { throw Rejection(.wrongPhase) }
        emit(.turnStarted(team: team, deadline: clock + Time.seconds(try turnTiming().budget)))
        try continueTurn()
    }

    mutating func answerSpeed(_ answer: Submission, team: TeamID) throws(Rejection) {
        let (turn, question) = try openTurn(for: team)
        if let verdict = try Grader.grade(answer, for: question) {
            try settleSpeed(verdict, by: .automatic, turn: turn, question: question)
        } else {
            emit(.answerSubmitted(team: team, seat: command.seat, answer: answer))
        }
    }

    mutating func answerRelay(_ answer: Submission, team: TeamID, seat: Int?) throws(Rejection) {
        let (turn, question) = try openTurn(for: team)
        let seats = state.config.team(team)?.seats ?? [1]
        if let seat, seat != seats[turn.answered % seats.count] { throw Rejection(.notYourSeat) }
        if let verdict = try Grader.grade(answer, for: question) {
            try settleRelay(verdict, by: .automatic, turn: turn, question: question)
        } else {
            emit(.answerSubmitted(team: team, seat: command.seat, answer: answer))
        }
    }

    mutating func ruleSpeed(_ verdict: Verdict, by ruler: Ruler) throws(Rejection) {
        let (turn, question) = try questionToRule()
        try settleSpeed(verdict, by: ruler, turn: turn, question: question)
    }

    mutating func ruleRelay(_ verdict: Verdict, by ruler: Ruler) throws(Rejection) {
        let (turn, question) = try questionToRule()
        try settleRelay(verdict, by: ruler, turn: turn, question: question)
    }

    mutating func skipSpeed(team: TeamID) throws(Rejection) {
        guard try speedRules().allowSkip else { throw Rejection(.skipNotAllowed) }
        let (_, question) = try openTurn(for: team)
        emit(.questionSkipped(question: question.id))
        try continueSpeed()
    }

    mutating func voidTurnQuestion() throws(Rejection) {
        let (_, question) = try questionToRule()
        emit(.questionVoided(question: question.id))
        try continueTurn()
    }

    /// The budget ran out: a typed answer waiting is still ruled, a spoken one within the grace
    /// period; after that the turn ends.
    mutating func expireTurn() throws(Rejection) {
        guard let turn = try running().state.answerTurn else { return }
        let grace = try turnTiming().grace
        if turn.timeUp {
            emit(.turnEnded(team: turn.team, reason: .timeUp))
        } else if turn.pending != nil {
            emit(.clockExpired(until: nil))
        } else if turn.question != nil && grace > 0 {
            emit(.clockExpired(until: (turn.deadline ?? clock) + Time.seconds(grace)))
        } else {
            emit(.turnEnded(team: turn.team, reason: .timeUp))
        }
    }

    private mutating func settleSpeed(_ verdict: Verdict, by ruler: Ruler, turn: AnswerTurn, question: Question)
        throws(Rejection)
    {
        let rules = try speedRules()
        emit(.answerRuled(team: turn.team, question: question.id, verdict: verdict, by: ruler))
        switch verdict {
        case .correct: award(turn.team, question.worth(rules.correctPoints), .correct(question: question.id))
        case .wrong: award(turn.team, Points(rules.wrongPoints), .wrong(question: question.id))
        }
        try continueSpeed()
    }

    private mutating func settleRelay(_ verdict: Verdict, by ruler: Ruler, turn: AnswerTurn, question: Question)
        throws(Rejection)
    {
        let rules = try relayRules()
        emit(.answerRuled(team: turn.team, question: question.id, verdict: verdict, by: ruler))
        if verdict == .correct {
            award(turn.team, question.worth(rules.correctPoints), .correct(question: question.id))
        } else if rules.wrongEndsRelay {
            emit(.turnEnded(team: turn.team, reason: .relayBroken))
            return
        }
        try continueRelay()
    }

    /// The next question of the team's stream, or the end of its turn.
    private mutating func continueSpeed() throws(Rejection) {
        let segment = try running()
        guard let turn = segment.state.answerTurn else { return }
        if turn.timeUp { return emit(.turnEnded(team: turn.team, reason: .timeUp)) }
        if turn.shown >= (try speedRules()).maxQuestionsPerTeam {
            return emit(.turnEnded(team: turn.team, reason: .completed))
        }
        showNext(to: turn.team, from: segment.config.effectiveDraw)
    }

    /// Passes the baton to the next seat, or ends the relay with its sweep bonus.
    private mutating func continueRelay() throws(Rejection) {
        let segment = try running()
        let rules = try relayRules()
        guard let turn = segment.state.answerTurn else { return }
        let length = (state.config.team(turn.team)?.seats.count ?? 1) * max(1, rules.laps)
        if turn.timeUp { return emit(.turnEnded(team: turn.team, reason: .timeUp)) }
        if turn.answered >= length {
            if turn.correct == length { award(turn.team, Points(rules.sweepBonus), .sweepBonus) }
            return emit(.turnEnded(team: turn.team, reason: .completed))
        }
        showNext(to: turn.team, from: segment.config.effectiveDraw)
    }

    private mutating func continueTurn() throws(Rejection) {
        if case .speed = try running().state { try continueSpeed() } else { try continueRelay() }
    }

    /// The team's next question, or the end of its turn when the bank has none left.
    private mutating func showNext(to team: TeamID, from filter: DrawFilter) {
        guard let next = try? draw(filter) else { return emit(.turnEnded(team: team, reason: .bankExhausted)) }
        emit(.questionShown(question: next.id, team: team, tier: nil, deadline: nil))
    }

    /// The running turn segment's budget and grace period, in seconds.
    private func turnTiming() throws(Rejection) -> (budget: Int, grace: Int) {
        switch try running().config.rules {
        case .speed(let rules): return (rules.budgetSeconds, rules.graceSeconds)
        case .relay(let rules): return (rules.budgetSeconds, rules.graceSeconds)
        case .buzz, .risk, .essay, .tieBreak: throw Rejection(.wrongPhase)
        }
    }

    /// The turn and question a team may answer now.
    private func openTurn(for team: TeamID) throws(Rejection) -> (AnswerTurn, Question) {
        guard let turn = try running().state.answerTurn else { throw Rejection(.wrongPhase) }
        guard turn.team == team else { throw Rejection(.notYourTurn) }
        guard let id = turn.question else { throw Rejection(.noQuestion) }
        guard turn.pending == nil else { throw Rejection(.answerAlreadyGiven) }
        if turn.timeUp || turn.deadline.map({ at >= $0 }) == true { throw Rejection(.timeUp) }
        return (turn, try question(id))
    }

    /// The turn and question a judge may rule on: a spoken answer or a typed one waiting.
    private func questionToRule() throws(Rejection) -> (AnswerTurn, Question) {
        guard let turn = try running().state.answerTurn, let id = turn.question else {
            throw Rejection(.nothingToRule)
        }
        return (turn, try question(id))
    }

    private func speedRules() throws(Rejection) -> SpeedRules {
        guard case .speed(let rules) = try running().config.rules else { throw Rejection(.wrongPhase) }
        return rules
    }

    private func relayRules() throws(Rejection) -> RelayRules {
        guard case .relay(let rules) = try running().config.rules else { throw Rejection(.wrongPhase) }
        return rules
    }
}

extension SegmentState {
    /// The running speed or relay turn.
    var answerTurn: AnswerTurn? {
        switch self {
        case .speed(let round), .relay(let round): round.turn
        case .buzz, .risk, .essay, .tieBreak: nil
        }
    }
}

extension Command {
    /// The seat that sent the command; 0 when the host entered it for the team.
    var seat: Int {
        if case .team(_, let seat) = actor { return seat }
        return 0
    }
}

extension Question {
    /// Points for a correct answer: the question's own override, or the segment's default.
    func worth(_ segmentDefault: Int) -> Points { Points(points ?? segmentDefault) }
}
