extension Reduction {
    mutating func startSegment(_ index: Int, teams: [TeamID]?) throws(Rejection) {
        switch state.game.phase {
        case .running: throw Rejection(.segmentRunning)
        case .notStarted, .between, .finished: break
        }
        guard state.config.segments.indices.contains(index) else { throw Rejection(.unknownSegment) }
        let kind = state.config.segments[index].kind
        if kind != .tieBreak && state.game.completed.contains(index) { throw Rejection(.segmentAlreadyDone) }
        let order: [TeamID]
        switch kind {
        case .speed, .buzz, .relay, .essay:
            guard teams == nil else { throw Rejection(.wrongPhase) }
            order = state.config.teamIDs
        case .risk:
            guard teams == nil else { throw Rejection(.wrongPhase) }
            order = riskOrder()
        case .tieBreak:
            order = try tieBreakParticipants(teams)
        }
        emit(.segmentStarted(segment: index, order: order))
    }

    /// Lowest score first; equal scores keep the configured team order.
    private func riskOrder() -> [TeamID] {
        let totals = state.config.teamIDs.map { state.game.total(of: $0) }
        return state.config.teamIDs.indices.sorted { lhs, rhs in
            totals[lhs] != totals[rhs] ? totals[lhs] < totals[rhs] : lhs < rhs
        }.map { state.config.teamIDs[$0] }
    }

    /// The teams the host named, or the first tie the award list flags.
    private func tieBreakParticipants(_ named: [TeamID]?) throws(Rejection) -> [TeamID] {
        if let named {
            guard named.allSatisfy({ state.config.team($0) != nil }) else { throw Rejection(.unknownTeam) }
            let unique = Array(Set(named)).sorted()
            guard unique.count >= 2 else { throw Rejection(.noTieToBreak) }
            return unique
        }
        guard let tie = state.awards.tiesToBreak.first else { throw Rejection(.noTieToBreak) }
        return tie
    }

    mutating func endSegment() throws(Rejection) {
        let segment = try running()
        if segment.state.hasOpenQuestion { throw Rejection(.questionStillOpen) }
        emit(.segmentEnded(segment: segment.index))
    }

    mutating func finishContest() throws(Rejection) {
        switch state.game.phase {
        case .running: throw Rejection(.segmentRunning)
        case .notStarted, .between, .finished: break
        }
        emit(.contestFinished)
    }

    mutating func correctScore(_ team: TeamID, _ delta: Points, _ reason: String) throws(Rejection) {
        guard state.config.team(team) != nil else { throw Rejection(.unknownTeam) }
        let reason = reason.trimmingWhitespace
        guard !reason.isEmpty else { throw Rejection(.reasonRequired) }
        guard delta != .zero else { throw Rejection(.zeroCorrection) }
        emit(
            .pointsAwarded(
                entry: ScoreEntry(team: team, delta: delta, reason: .correction(reason: reason), segment: nil, at: at)))
    }
}

extension SegmentState {
    /// Whether a question or turn is under way, so that ending the segment now would lose it.
    var hasOpenQuestion: Bool {
        switch self {
        case .speed(let round), .relay(let round): round.turn != nil
        case .buzz(let round): round.current != nil
        case .risk(let round):
            switch round.phase {
            case .waiting, .done: false
            case .choosing, .answering, .deciding: true
            }
        case .essay(let round): round.turn != nil
        case .tieBreak(let round): round.questions.current != nil
        }
    }
}

extension String {
    /// Without leading and trailing white space, full-width space (U+3000) included.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
