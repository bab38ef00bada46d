import ContestCore

extension CandidatePaper {
    /// What the candidate's browser receives: the paper in their order, built from plain texts so no key can leak.
    ///
    /// `{"title": "…", "questions": [{"id": "Q7", "number": 1, "type": "single", "section": "单选题",
    /// "stem": "…", "options": ["…", "…"], "points": 1}]}`; options in the candidate's order, so
    /// `choices: [0]` in a save means the first option this candidate saw.
    public struct View: Codable, Sendable, Hashable {
        public struct Question: Codable, Sendable, Hashable {
            public var id: String
            public var number: Int
            public var type: QuestionType
            public var section: String
            public var stem: String
            public var options: [String]
            public var points: Points
        }

        public var candidate: String
        public var title: String
        public var questions: [Question]
    }

    public var view: View {
        View(
            candidate: candidate, title: title,
            questions: questions.map {
                View.Question(
                    id: $0.id, number: $0.number, type: $0.item.type, section: $0.section, stem: $0.item.stem,
                    options: $0.options, points: $0.item.points)
            })
    }
}
