import ContestCore
import Foundation

/// The drawn written paper as `paper.json`: a disk format contract, read later to run and grade the online exam.
///
/// Everything a grader needs is inside: every question as the bank holds it with its key, accepted
/// spellings or reference answer and marking points, its points, and where it came from; plus the
/// blueprint and seed that drew it, so the same paper (or one per candidate) can be drawn again.
/// Changing a key's name or meaning is a format change: raise `version` and keep reading the old one.
/// Encoded with sorted keys and two-space indentation (`encoded()`), byte-identical for the same draw.
public struct WrittenPaper: Codable, Sendable, Hashable {
    /// What the file is, for a reader handed the wrong JSON.
    public var format = WrittenPaper.formatName
    public var version = WrittenPaper.currentVersion
    public var title: String
    public var timeLimitMinutes: Int
    /// The seed the draw used; at most 2⁵³ − 1 so every JSON reader holds it exactly.
    public var seed: UInt64
    public var totalPoints: Points
    /// The blueprint as read, defaults filled in.
    public var blueprint: PaperBlueprint
    public var sections: [Section]

    public init(
        title: String, timeLimitMinutes: Int, seed: UInt64, totalPoints: Points, blueprint: PaperBlueprint,
        sections: [Section]
    ) {
        (self.title, self.timeLimitMinutes, self.seed) = (title, timeLimitMinutes, seed)
        (self.totalPoints, self.blueprint, self.sections) = (totalPoints, blueprint, sections)
    }

    public static let formatName = "quiz-written-paper"
    public static let currentVersion = 1

    /// One question type's part of the paper: 一、单选题（每题 1 分，共 20 分）.
    public struct Section: Codable, Sendable, Hashable {
        public var type: QuestionType
        /// The Chinese name printed: 单选题.
        public var name: String
        public var pointsEach: Points
        public var questions: [Item]

        public init(type: QuestionType, name: String, pointsEach: Points, questions: [Item]) {
            (self.type, self.name, self.pointsEach, self.questions) = (type, name, pointsEach, questions)
        }
    }

    /// One question on the paper, numbered through the whole paper (1, 2, … across sections).
    public struct Item: Codable, Sendable, Hashable {
        /// Where a question came from: the published bank, or the organisers' own file.
        public enum Source: String, Codable, Sendable, Hashable {
            case bank
            case own
        }

        public var number: Int
        public var id: String
        public var type: QuestionType
        public var stem: String
        /// A, B, … in the bank's order; empty for other types.
        public var options: [String]
        public var answer: PaperAnswer
        public var points: Points
        public var explanation: String
        public var category: String
        public var difficulty: Int
        /// The bank's own 来源 field (原创, a law's name), not where the draw took it from.
        public var origin: String
        public var source: Source
        /// The bank file it was read from, as given on the command line or in the blueprint.
        public var file: String

        public init(
            number: Int, id: String, type: QuestionType, stem: String, options: [String], answer: PaperAnswer,
            points: Points, explanation: String, category: String, difficulty: Int, origin: String, source: Source,
            file: String
        ) {
            (self.number, self.id, self.type, self.stem, self.options) = (number, id, type, stem, options)
            (self.answer, self.points, self.explanation, self.category) = (answer, points, explanation, category)
            (self.difficulty, self.origin, self.source, self.file) = (difficulty, origin, source, file)
        }
    }

    /// Every question in paper order.
    public var items: [Item] { sections.flatMap(\.questions) }

    /// The file's bytes: sorted keys, indented, Chinese and slashes as written, a final newline.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}
