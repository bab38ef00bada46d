import ContestCore

/// Why an exam could not be opened: every problem found in the exam file and its paper, named by file.
public struct ExamFileError: Error, Sendable, Hashable {
    public var file: String
    public var problems: [ExamFileProblem]

    public init(file: String, problems: [ExamFileProblem]) {
        (self.file, self.problems) = (file, problems)
    }

    public init(file: String, problem: ExamFileProblem) {
        self.init(file: file, problems: [problem])
    }

    /// One line per problem, `考试.json: 错误: …`, as the bank and rules tools print them.
    public func messages(_ language: Language) -> [String] {
        problems.map { problem in
            if case .rules(let error) = problem { return error.message(language) }
            return "\(file): \(language == .chinese ? "错误" : "error"): \(problem.message(language))"
        }
    }
}
