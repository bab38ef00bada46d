/// Escalating risk: pick a tier, win or lose its value, then climb or stop.
extension Reduction {
    mutating func startRiskTurn(_ round: RiskRound) throws(Rejection) {
        guard case .waiting = round.phase, let team = round.turns.upcoming else { throw Rejection(.wrongPhase) }
        emit(.turnStarted(team: team, deadline: nil))
    }

    mutating func pickTier(_ tier: Int, team: TeamID) throws(Rejection) {
        guard case .risk(let round) = try running().state, case .choosing(let chooser) = round.phase else {
            throw Rejection(.wrongPhase)
        }
        guard chooser == team else { throw Rejection(.notYourTurn) }
        try showRiskQuestion(tier: tier, team: team)
    }

    mutating func climb(team: TeamID) throws(Rejection) {
        let (tier, rules) = try deciding(team)
        guard rules.allowClimb, tier + 1 < rules.tiers.count else { throw Rejection(.wrongPhase) }
        try showRiskQuestion(tier: tier + 1, team: team)
    }

    mutating func stopRisk(team: TeamID) throws(Rejection) {
        _ = try deciding(team)
        emit(.turnEnded(team: team, reason: .stopped))
    }

    mutating func declineRisk(team: TeamID) throws(Rejection) {
        guard case .risk(let round) = try running().state, case .choosing(let chooser) = round.phase else {
            throw Rejection(.wrongPhase)
        }
        guard chooser == team else { throw Rejection(.notYourTurn) }
        emit(.turnEnded(team: team, reason: .declined))
    }

    mutating func answerRisk(_ answer: Submission, team: TeamID) throws(Rejection) {
        let current = try riskAnswer()
        guard current.team == team else { throw Rejection(.notYourTurn) }
        guard current.pending == nil else { throw Rejection(.answerAlreadyGiven) }
        if current.deadline.map({ at >= $0 }) == true { throw Rejection(.timeUp) }
        if let verdict = try Grader.grade(answer, for: try question(current.question)) {
            try resolveRisk(verdict, by: .automatic)
        } else {
            emit(.answerSubmitted(team: team, seat: command.seat, answer: answer))
        }
    }

    /// Correct wins the tier's value and offers the climb; wrong, incomplete or overtime loses it.
    mutating func resolveRisk(_ verdict: Verdict, by ruler: Ruler) throws(Rejection) {
        guard case .risk(let round) = try running().state, case .answering(let current) = round.phase else {
            throw Rejection(.nothingToRule)
        }
        let rules = try riskRules()
        let value = Points(rules.tiers.indices.contains(current.tier) ? rules.tiers[current.tier].value : 0)
        emit(.answerRuled(team: current.team, question: current.question, verdict: verdict, by: ruler))
        switch verdict {
        case .correct:
            award(current.team, value, .correct(question: current.question))
            if !rules.allowClimb || current.tier + 1 >= rules.tiers.count {
                emit(.turnEnded(team: current.team, reason: .completed))
            }
        case .wrong:
            award(current.team, -value, .wrong(question: current.question))
            emit(.turnEnded(team: current.team, reason: .riskLost))
        }
    }

    mutating func voidRisk() throws(Rejection) {
        let current = try riskAnswer()
        emit(.questionVoided(question: current.question))
        try showRiskQuestion(tier: current.tier, team: current.team)
    }

    mutating func expireRisk() throws(Rejection) {
        let current = try riskAnswer()
        if current.pending != nil {
            emit(.clockExpired(until: nil))
        } else {
            try resolveRisk(.wrong, by: .overtime)
        }
    }

    private mutating func showRiskQuestion(tier: Int, team: TeamID) throws(Rejection) {
        let rules = try riskRules()
        guard rules.tiers.indices.contains(tier) else { throw Rejection(.invalidTier) }
        let filter = try running().config.effectiveDraw.restricted(toDifficulty: rules.tiers[tier].difficulty)
        let question = try draw(filter)
        let deadline = clock + Time.seconds(rules.answerWindowSeconds)
        emit(.questionShown(question: question.id, team: team, tier: tier, deadline: deadline))
    }

    private func deciding(_ team: TeamID) throws(Rejection) -> (tier: Int, rules: RiskRules) {
        guard case .risk(let round) = try running().state, case .deciding(let decider, let tier) = round.phase else {
            throw Rejection(.wrongPhase)
        }
        guard decider == team else { throw Rejection(.notYourTurn) }
        return (tier, try riskRules())
    }

    private func riskAnswer() throws(Rejection) -> RiskAnswer {
        guard case .risk(let round) = try running().state, case .answering(let current) = round.phase else {
            throw Rejection(.noQuestion)
        }
        return current
    }

    private func riskRules() throws(Rejection) -> RiskRules {
        guard case .risk(let rules) = try running().config.rules else { throw Rejection(.wrongPhase) }
        return rules
    }
}
