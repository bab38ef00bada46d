/// Essays: each team answers its question, every judge scores, the team gets the (trimmed) mean.
extension Reduction {
    mutating func startEssayTurn(_ round: EssayRound) throws(Rejection) {
        guard case .waiting = round.phase, let team = round.turns.upcoming else { throw Rejection(.wrongPhase) }
        let segment = try running()
        let question = try draw(segment.config.effectiveDraw)
        emit(.turnStarted(team: team, deadline: nil))
        emit(.questionShown(question: question.id, team: team, tier: nil, deadline: try answerDeadline()))
    }

    /// Takes one judge's score; the last judge's score settles the team's essay.
    ///
    /// A judge may change a score until the panel is complete; after that only a correction can.
    mutating func scoreEssay(team: TeamID, score: Points) throws(Rejection) {
        guard case .judge(let judge) = command.actor else { throw Rejection(.notAllowed) }
        guard state.config.team(team) != nil else { throw Rejection(.unknownTeam) }
        guard case .essay(let round) = try running().state, let turn = round.turn, let id = turn.question else {
            throw Rejection(.wrongPhase)
        }
        guard turn.team == team else { throw Rejection(.notYourTurn) }
        let rules = try essayRules()
        guard score >= .zero, score <= Points(rules.maxScore) else { throw Rejection(.invalidScore) }
        emit(.essayScoreSubmitted(judge: judge, team: team, score: score))
        guard case .essay(let updated) = state.game.segment?.state, let scores = updated.turn?.scores,
            scores.count == state.config.judges.count
        else { return }
        let panel = state.config.judges.compactMap { scores[$0.number] }
        let mean = TrimmedMean.of(panel, trimFrom: rules.trimFromJudges)
        award(team, mean, .essay(question: id), evenIfZero: true)
        emit(.turnEnded(team: team, reason: .scored))
    }

    mutating func voidEssay() throws(Rejection) {
        guard case .essay(let round) = try running().state, let turn = round.turn, let id = turn.question else {
            throw Rejection(.noQuestion)
        }
        let question = try draw(try running().config.effectiveDraw)
        emit(.questionVoided(question: id))
        emit(.questionShown(question: question.id, team: turn.team, tier: nil, deadline: try answerDeadline()))
    }

    /// A new essay question gets the full answer time.
    private func answerDeadline() throws(Rejection) -> Micros {
        clock + Time.seconds(try essayRules().answerSeconds)
    }

    private func essayRules() throws(Rejection) -> EssayRules {
        guard case .essay(let rules) = try running().config.rules else { throw Rejection(.wrongPhase) }
        return rules
    }
}
