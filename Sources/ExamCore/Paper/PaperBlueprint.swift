import ContestCore
import Foundation
import StrictFiles

/// What the written paper of the preliminary round is made of, as the organisers decide it.
///
/// A JSON file of its own (`quiz-admin prelim paper BLUEPRINT`), read strictly like the rules file:
/// a key left out keeps the default below (江阴: 90 minutes, six types, 100 points, 90% from the
/// published bank), an unknown key is an error naming it and the nearest key.
///
/// ```json
/// { "title": "2024 年窗口办事员技能竞赛初赛", "banks": ["题库.docx"],
///   "sections": [{ "type": "单选题", "count": 30, "points": 1 }, { "type": "论述题", "count": 1, "points": 20 }] }
/// ```
public struct PaperBlueprint: Codable, Sendable, Hashable {
    public var title = "政务服务综合窗口办事员技能竞赛初赛"
    public var timeLimitMinutes = 90
    /// The share of each type drawn from the published bank; the rest comes from the organisers' own file.
    public var bankShare = 0.9
    /// The published bank files, relative to the blueprint's folder; empty: `question-banks/demo.json`.
    public var banks: [String] = []
    /// The lines printed under the title, before the first section.
    public var instructions = [
        "本试卷为闭卷考试，请独立作答，不得交流或查阅资料。",
        "请在试卷上方填写姓名、准考证号和单位；答案直接写在试卷上。",
        "单选题和判断题只有一个正确答案；多选题有两个或两个以上正确答案，多选、少选、错选均不得分。",
    ]
    public var sections = [
        BlueprintSection(type: "单选题", count: 20, points: 1),
        BlueprintSection(type: "多选题", count: 10, points: 2),
        BlueprintSection(type: "判断题", count: 10, points: 1),
        BlueprintSection(type: "填空题", count: 10, points: 1),
        BlueprintSection(type: "简答题", count: 2, points: 10),
        BlueprintSection(type: "论述题", count: 1, points: 20),
    ]

    public init() {}

    /// The 江阴 preliminary's paper.
    public static let standard = PaperBlueprint()

    public var totalPoints: Points {
        sections.reduce(Points.zero) { $0 + Points(hundredths: $1.points.hundredths * $1.count) }
    }

    /// Reads a blueprint file: the organiser's keys laid over the defaults, every other key refused.
    public static func read(path: String) -> Result<PaperBlueprint, RulesFileError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(RulesFileError(file: path, path: "", reason: .unreadable, document: .blueprint))
        }
        return decode([UInt8](data), file: path)
    }

    public static func decode(_ bytes: [UInt8], file: String) -> Result<PaperBlueprint, RulesFileError> {
        RulesMerge.decode(bytes, file: file, over: standard, document: .blueprint)
    }
}
