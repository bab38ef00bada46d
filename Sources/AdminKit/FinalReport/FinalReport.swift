import ContestCore
import ContestProtocol

/// A finished final as the organisers and the arbitration group need it: ranking, awards, scores, record.
///
/// Built from the replayed journal only; every number here is what the live scoreboard showed.
public struct FinalReport: Sendable {
    public var title: String
    public var journal: ContestJournal
    public var standings: [Standing]
    public var awards: AwardList
    public var segmentTitles: [String]
    public var audit: [AuditRow]
    /// Warnings for the page and the terminal: incomplete last record, unfinished contest, ties to break.
    public var warnings: [FinalReportProblem]
    public var finished: Bool
    let config: ContestConfig

    public init(_ journal: ContestJournal, language: Language = .chinese) {
        let state = journal.state
        config = state.config
        self.journal = journal
        title = state.config.title
        standings = state.scoreboard.standings
        awards = state.awards
        segmentTitles = state.config.segments.map(\.title)
        audit = AuditTrail.rows(journal.entries, config: state.config, language: language)
        finished = state.game.phase == .finished
        warnings = journal.warnings
        if !finished { warnings.append(.notFinished) }
        for tie in awards.tiesToBreak {
            warnings.append(.awaitingTieBreak(teams: tie.map { state.config.team($0)?.name ?? "\($0)" }))
        }
    }

    /// The team's unit, or its name when the contest file gives none: what a certificate is made out to.
    public func unit(_ team: TeamID) -> String {
        guard let config = config.team(team) else { return "" }
        return config.unit.isEmpty ? config.name : config.unit
    }

    public func players(_ team: TeamID) -> [String] { config.team(team)?.players.map(\.name) ?? [] }

    /// The award as written in the list, or 待加赛 when a tie across a boundary holds it back.
    public func award(_ line: AwardLine, _ language: Language) -> String {
        if line.awaitingTieBreak { return language == .chinese ? "待加赛" : "awaiting tie-break" }
        return line.award ?? ""
    }

    /// `2026-11-21 09:30:00.123` in Beijing time (UTC+8), where these contests are held.
    public static func wallClock(_ micros: Micros) -> String {
        let (date, sinceMidnight) = BeijingTime.split(micros)
        return "\(date?.description ?? "?") " + clock(sinceMidnight, hours: true)
    }

    /// `12:34.567` since the first command, `1:02:03.456` past an hour.
    public static func elapsed(_ micros: Micros) -> String { clock(max(0, micros), hours: micros >= 3_600_000_000) }

    private static func clock(_ micros: Micros, hours: Bool) -> String {
        let milliseconds = micros / 1000
        let (h, m, s, ms) = (
            milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000
        )
        let two = { (value: Int64) in value < 10 ? "0\(value)" : "\(value)" }
        let three = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        return (hours ? "\(two(h)):" : "") + "\(two(m)):\(two(s)).\(three)"
    }
}
