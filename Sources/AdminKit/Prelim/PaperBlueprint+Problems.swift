import ContestCore
import ExamCore

extension PaperBlueprint {
    /// What makes the blueprint unusable even though every key is known: a type no bank has, a share past 100%.
    public func problems() -> [PrelimProblem] {
        var found: [PrelimProblem] = []
        if timeLimitMinutes <= 0 { found.append(.badTimeLimit(timeLimitMinutes)) }
        if !(0...1).contains(bankShare) { found.append(.badShare(bankShare)) }
        if sections.isEmpty { found.append(.noSections) }
        var seen: Set<QuestionType> = []
        for (index, section) in sections.enumerated() {
            guard let type = section.questionType else {
                found.append(.unknownType(section: index, written: section.type))
                continue
            }
            if !seen.insert(type).inserted { found.append(.repeatedType(section: index, type)) }
            if section.count <= 0 { found.append(.badCount(section: index, section.count)) }
            if section.points <= .zero { found.append(.badPoints(section: index, section.points)) }
        }
        return found
    }
}
