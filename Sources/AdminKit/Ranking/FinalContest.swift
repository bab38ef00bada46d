import ContestCore
import Foundation
import StrictFiles

/// `final-contest.json`: the contest file `quiz-server --contest` runs with the advancing units and their players.
///
/// Segments, judges, awards, title and seed come from a template: by default the server's bundled
/// demo final (`DemoContest`), or the organisers' own contest file (`--final-template`). The teams are replaced:
/// team 1 is the best unit, each team's name and unit the 单位, players seated 1, 2, 3 best first.
public enum FinalContest {
    /// The bundled demo's segments and 5 judges, no teams and no banks: the server then draws from
    /// its bundled demo bank, or from `--bank`.
    public static let demoTemplate: ContestConfig = {
        var config = DemoContest.config
        config.title = "政务服务综合窗口办事员技能竞赛 · 团体决赛"
        config.teams = []
        return config
    }()

    /// The template's configuration with the finalists as its teams.
    public static func config(_ finalists: [(unit: String, players: [PrelimEntrant])], template: ContestConfig)
        -> ContestConfig
    {
        var config = template
        config.teams = finalists.enumerated().map { index, finalist in
            TeamConfig(
                id: TeamID(index + 1), name: finalist.unit, unit: finalist.unit,
                players: finalist.players.enumerated().map { PlayerConfig(seat: $0.offset + 1, name: $0.element.name) })
        }
        return config
    }

    /// The file's bytes: indented JSON, keys sorted, Chinese as written.
    public static func bytes(_ config: ContestConfig) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(config)) ?? Data()) + [0x0A]
    }

    /// The organisers' contest file as a template, its banks made absolute (they were relative to
    /// the template's folder, and final-contest.json is written elsewhere); its unknown keys are
    /// warnings, and a file that cannot be read or would not run gives no template.
    public static func template(path: String) -> (config: ContestConfig?, diagnostics: [RankDiagnostic]) {
        func problem(_ problem: RankProblem) -> RankDiagnostic {
            RankDiagnostic(file: path, location: nil, problem: problem)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [problem(.template("无法读取 (cannot read the file)"))])
        }
        let file: ContestFile
        do {
            file = try JSONDecoder().decode(ContestFile.self, from: data)
        } catch {
            return (nil, [problem(.template("不是有效的比赛文件 (not a valid contest file)\(place(of: error))"))])
        }
        var config = file.config
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        config.banks = config.banks.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).standardized.path }
        return (config, file.warnings.map { problem(.templateWarning($0.message)) })
    }

    /// `：teams[0].name` for the key a decoding error is at, or nothing when it has no place.
    private static func place(of error: any Error) -> String {
        let path: [any CodingKey]
        switch error {
        case DecodingError.keyNotFound(let key, let context): path = context.codingPath + [key]
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            path = context.codingPath
        default: return ""
        }
        return path.isEmpty ? "" : "：\(RulesMerge.path(path))"
    }
}
