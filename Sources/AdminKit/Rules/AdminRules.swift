import ContestCore
import Foundation
import StrictFiles

/// Every count, share, prize table and rule set the commands apply, with the notices' values as defaults.
///
/// One JSON file (`--rules FILE`) per competition; a key left out keeps its default, so an
/// organiser writes only what their notice changes. `quiz-admin rules show` prints the defaults
/// as a file to start from, and `docs/admin.md` lists every key.
///
/// ```json
/// { "prelimRank": { "advancingTeams": 6 }, "composite": { "theoryWeight": 0.4, "practicalWeight": 0.6 } }
/// ```
public struct AdminRules: Codable, Sendable, Hashable {
    public var registration = RegistrationRules.none
    public var certification = CertificationRules()
    public var prelimRank = PrelimRankRules()
    public var composite = CompositeRules()
    public var certificates = CertificateRules()
    public var ledger = LedgerRules()

    public init() {}

    /// The notices' values.
    public static let standard = AdminRules()

    /// Reads a rules file: the organiser's keys laid over the defaults, every other key refused.
    ///
    /// A misspelt key is an error naming its path and the nearest key, never silently ignored: a
    /// prize table quietly left at its default would be printed on certificates.
    public static func read(path: String) -> Result<AdminRules, RulesFileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RulesFileError(file: path, path: "", reason: .unreadable))
        }
        return decode([UInt8](data), file: path)
    }

    public static func decode(_ bytes: [UInt8], file: String) -> Result<AdminRules, RulesFileError> {
        RulesMerge.decode(bytes, file: file, over: standard)
    }

    /// The defaults as an organiser's starting file: indented, keys sorted, Chinese as written.
    public static var standardText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(standard)) ?? Data(), as: UTF8.self) + "\n"
    }
}
