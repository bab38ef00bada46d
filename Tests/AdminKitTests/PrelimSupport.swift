import AdminKit
import ContestCore
import ExamCore
import Foundation

/// Invented questions for the paper tests: `count` of a type, ids `B-1`… (`B-fill-1`… for other types), stems that differ.
func questions(_ type: QuestionType, _ count: Int, prefix: String) -> [Question] {
    (1...max(count, 1)).prefix(count).map { index in
        let answer: Answer =
            switch type {
            case .single: .choices([index % 4])
            case .multiple: .choices([0, index % 3 + 1])
            case .trueFalse: .truth(index % 2 == 0)
            case .fill: .accepted(["答案\(index)", "同义\(index)"])
            case .short, .essay: .reference("评分要点：①要点甲\(index)；②要点乙\(index)。")
            }
        return Question(
            id: type == .single ? "\(prefix)-\(index)" : "\(prefix)-\(type.rawValue)-\(index)", type: type,
            stem: "\(prefix) \(type.chineseName)第 \(index) 题的题干？",
            options: type == .single || type == .multiple ? ["选项一", "选项二", "选项三", "选项四"] : [],
            answer: answer, category: "测试", difficulty: 1)
    }
}

/// A blueprint of the given sections and share, everything else at its default.
func blueprint(_ sections: [(String, Int, Points)], share: Double = 0.9) -> PaperBlueprint {
    var blueprint = PaperBlueprint()
    blueprint.bankShare = share
    blueprint.sections = sections.map { BlueprintSection(type: $0.0, count: $0.1, points: $0.2) }
    return blueprint
}

/// A draw from one bank file and, when given, one own file.
func drawPaper(
    _ blueprint: PaperBlueprint, bank: [Question], own: [Question]? = nil, seed: UInt64 = 7
) -> PaperDraw.Outcome {
    PaperDraw.draw(
        blueprint, blueprintFile: "蓝图.json", banks: [PaperDraw.Source(file: "题库.json", questions: bank)],
        own: own.map { PaperDraw.Source(file: "自有题.json", questions: $0) }, seed: seed)
}

/// Text written to a file in `folder`, for the command's runs.
func write(_ text: String, to folder: String, _ name: String) throws -> String {
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}
