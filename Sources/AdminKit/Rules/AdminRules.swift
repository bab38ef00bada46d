import Foundation

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
    public var prelimRank = PrelimRankRules()
    public var composite = CompositeRules()
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
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let given: Any
        do {
            given = try JSONSerialization.jsonObject(with: Data(text))
        } catch {
            return .failure(RulesFileError(file: file, path: "", reason: .notJSON))
        }
        do {
            let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(standard))
            let merged = try RulesMerge.merge(given, over: defaults, at: "")
            return .success(
                try JSONDecoder().decode(AdminRules.self, from: JSONSerialization.data(withJSONObject: merged)))
        } catch let error as RulesMerge.Mismatch {
            return .failure(RulesFileError(file: file, path: error.path, reason: error.reason))
        } catch let DecodingError.dataCorrupted(context) {
            return .failure(RulesFileError(file: file, path: RulesMerge.path(context.codingPath), reason: .wrongType))
        } catch let DecodingError.typeMismatch(_, context) {
            return .failure(RulesFileError(file: file, path: RulesMerge.path(context.codingPath), reason: .wrongType))
        } catch {
            return .failure(RulesFileError(file: file, path: "", reason: .wrongType))
        }
    }

    /// The defaults as an organiser's starting file: indented, keys sorted, Chinese as written.
    public static var standardText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(standard)) ?? Data(), as: UTF8.self) + "\n"
    }
}
