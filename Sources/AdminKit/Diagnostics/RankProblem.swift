import ContestCore
import QuestionBank

/// Every problem `prelim rank` and `composite rank` report: in the score sheet, a tie to decide, the tie-break file.
public enum RankProblem: AdminProblem {
    /// Which ranking a tie is in, for its message.
    public enum Scope: Sendable, Hashable {
        case individuals
        case units
        /// The players of one advancing unit, for the final's seats.
        case players(unit: String)
    }

    /// A phrase in both languages, such as a tied group's score.
    public struct Wording: Sendable, Hashable {
        public var chinese: String
        public var english: String

        public init(_ chinese: String, _ english: String) { (self.chinese, self.english) = (chinese, english) }
    }

    case reading(Problem)
    /// None of the first rows names all of these columns.
    case noHeader([String])
    /// A column the command needs, as `单位 (unit)`: the Chinese header and its English name.
    case missingColumn(String, String)
    case missingValue(String, String)
    /// Text in a score cell, a negative score or more than two decimals.
    case badScore(String, String, text: String)
    case badTime(String)
    case duplicateID(first: SourceLocation)
    case unknownEligibility(String)
    case unknownSkillLevel(String)
    case badCertificateDate(String)
    /// A level that would bar the certificate, with no date to tell whether it is recent.
    case certificateDateMissing(level: String)
    /// Entries tied across a boundary: their places, names and score, and each boundary's tiers.
    case tie(scope: Scope, places: ClosedRange<Int>, names: [String], score: Wording, spanned: [[String]])
    /// The tie-break file names someone the score sheet does not have.
    case tieBreakUnknown(String)
    /// The tie-break file orders entries that are not tied across a boundary.
    case tieBreakNotTied([String])
    /// The tie-break file names only some of a tied group.
    case tieBreakIncomplete(named: [String], missing: [String])
    case tieBreakEmptyRow
    /// The organisers' final template cannot be read or would not run.
    case template(String)
    /// An unknown key in the final template, as the server would warn.
    case templateWarning(String)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .templateWarning: .warning
        case .noHeader, .missingColumn, .missingValue, .badScore, .badTime, .duplicateID, .unknownEligibility,
            .unknownSkillLevel, .badCertificateDate, .certificateDateMissing, .tie, .tieBreakUnknown,
            .tieBreakNotTied, .tieBreakIncomplete, .tieBreakEmptyRow, .template:
            .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .noHeader: "no-header"
        case .missingColumn: "missing-column"
        case .missingValue: "missing-value"
        case .badScore: "bad-score"
        case .badTime: "bad-time"
        case .duplicateID: "duplicate-id"
        case .unknownEligibility: "unknown-eligibility"
        case .unknownSkillLevel: "unknown-skill-level"
        case .badCertificateDate: "bad-certificate-date"
        case .certificateDateMissing: "certificate-date-missing"
        case .tie: "tie-at-boundary"
        case .tieBreakUnknown: "tie-break-unknown"
        case .tieBreakNotTied: "tie-break-not-tied"
        case .tieBreakIncomplete: "tie-break-incomplete"
        case .tieBreakEmptyRow: "tie-break-empty-row"
        case .template: "final-template"
        case .templateWarning: "final-template-key"
        }
    }
}

/// A problem of a ranking command, placed in the score sheet or the tie-break file.
public typealias RankDiagnostic = AdminDiagnostic<RankProblem>
