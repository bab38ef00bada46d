import ContestCore
import ExamCore

/// Draws the written paper from the blueprint: per type the bank's share from the bank, the rest from the own file.
///
/// Pure and reproducible: the same blueprint, files, questions and seed give the same paper, on
/// every toolchain (`QuestionPool.draw`'s SplitMix64 picks, then a SplitMix64 shuffle of each
/// section so the own file's questions are not all at its end). No question is used twice: a
/// question whose id or stem (blanks ignored) was already seen, in the bank files in order and then
/// in the own file, is left out with a warning.
public enum PaperDraw {
    /// The questions of one file, as the bank loader read them.
    public struct Source: Sendable {
        public var file: String
        public var questions: [Question]

        public init(file: String, questions: [Question]) { (self.file, self.questions) = (file, questions) }
    }

    public struct Outcome: Sendable {
        /// Nil when an error stopped the draw.
        public var paper: WrittenPaper?
        public var diagnostics: [PrelimDiagnostic]
    }

    /// The largest seed, 2⁵³ − 1: JSON readers hold whole numbers exactly only up to there.
    public static let largestSeed: UInt64 = (1 << 53) - 1

    public static func draw(
        _ blueprint: PaperBlueprint, blueprintFile: String, banks: [Source], own: Source?, seed: UInt64
    ) -> Outcome {
        var diagnostics = blueprint.problems().map {
            PrelimDiagnostic(file: blueprintFile, location: nil, problem: $0)
        }
        guard diagnostics.isEmpty else { return Outcome(paper: nil, diagnostics: diagnostics) }
        var distinct = DistinctQuestions()
        let bankPool = distinct.take(banks, diagnostics: &diagnostics)
        let ownPool = distinct.take(own.map { [$0] } ?? [], diagnostics: &diagnostics)
        let share = own == nil ? 1 : blueprint.bankShare
        if own == nil {
            diagnostics.append(PrelimDiagnostic(file: blueprintFile, location: nil, problem: .noOwnFile))
        }
        var sections: [WrittenPaper.Section] = []
        var used: Set<String> = []
        var draws = 0
        var number = 1
        var short = false
        for (index, section) in blueprint.sections.enumerated() {
            guard let type = section.questionType else { continue }
            let fromBank = section.bankCount(share: share)
            var picked: [WrittenPaper.Item] = []
            for (pool, count, source) in [(bankPool, fromBank, .bank), (ownPool, section.count - fromBank, .own)]
                as [(QuestionPool, Int, WrittenPaper.Item.Source)]
            {
                let available = pool.questions.count(where: { section.filter.matches($0) && !used.contains($0.id) })
                guard available >= count else {
                    let file = source == .bank ? blueprintFile : own?.file ?? blueprintFile
                    let problem = PrelimProblem.tooFew(type, source: source, needed: count, available: available)
                    diagnostics.append(PrelimDiagnostic(file: file, location: nil, problem: problem))
                    short = true
                    continue
                }
                for _ in 0..<count {
                    guard let question = pool.draw(matching: section.filter, excluding: used, seed: seed, draw: draws)
                    else { break }
                    draws += 1
                    used.insert(question.id)
                    picked.append(
                        item(question, points: section.points, source: source, file: distinct.files[question.id]))
                }
            }
            shuffle(&picked, seed: seed, section: index)
            for position in picked.indices {
                picked[position].number = number
                number += 1
            }
            sections.append(
                WrittenPaper.Section(type: type, name: type.chineseName, pointsEach: section.points, questions: picked))
        }
        guard !short else { return Outcome(paper: nil, diagnostics: diagnostics) }
        let paper = WrittenPaper(
            title: blueprint.title, timeLimitMinutes: blueprint.timeLimitMinutes, seed: seed,
            totalPoints: blueprint.totalPoints, blueprint: blueprint, sections: sections)
        return Outcome(paper: paper, diagnostics: diagnostics)
    }

    private static func item(
        _ question: Question, points: Points, source: WrittenPaper.Item.Source, file: String?
    ) -> WrittenPaper.Item {
        WrittenPaper.Item(
            number: 0, id: question.id, type: question.type, stem: question.stem, options: question.options,
            answer: PaperAnswer(question.answer), points: points, explanation: question.explanation,
            category: question.category, difficulty: question.difficulty, origin: question.source, source: source,
            file: file ?? "")
    }

    /// Shuffled by a SplitMix64 of its own per section, so one section's size never moves another's order.
    private static func shuffle(_ items: inout [WrittenPaper.Item], seed: UInt64, section: Int) {
        var generator = SplitMix64(seed: seed ^ (UInt64(section + 1) &* 0xD1B5_4A32_D192_ED03))
        generator.shuffle(&items)
    }
}
