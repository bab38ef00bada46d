import ContestCore

extension ExamState {
    /// Grades every candidate's saved answers by the key, whether or not they submitted yet.
    ///
    /// Each candidate's paper is derived again to map their choices back; candidates who never
    /// entered are listed with nothing answered and left out of the question statistics.
    public func grade() -> ExamGrades {
        let grades = roster.map(grade)
        let questions = exam.paper.items.enumerated().map { position, item in
            var outcomes: [ObjectiveMark.Outcome: Int] = [:]
            var time: Micros = 0
            var answered: Micros = 0
            for grade in grades where grade.status != .absent {
                let question = grade.questions[position]
                outcomes[question.mark.outcome, default: 0] += 1
                if question.saves > 0 { (time, answered) = (time + question.time, answered + 1) }
            }
            return QuestionStatistics(
                id: item.id, number: item.number, type: item.type, outcomes: outcomes, points: item.points,
                meanTime: answered == 0 ? 0 : time / answered)
        }
        return ExamGrades(candidates: grades, questions: questions)
    }

    /// One candidate's grade, questions in the common paper's order.
    public func grade(_ record: CandidateRecord) -> CandidateGrade {
        let paper = exam.paper(for: record.candidate.candidate)
        let byID = Dictionary(paper.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let questions = exam.paper.items.compactMap { item -> CandidateGrade.Question? in
            guard let question = byID[item.id] else { return nil }
            let saved = record.answers[item.id]
            let mark = ObjectiveGrader.grade(saved?.answer, for: question, rules: exam.grading)
            return CandidateGrade.Question(
                id: item.id, number: item.number, shownNumber: question.number, mark: mark, time: saved?.time ?? 0,
                saves: saved?.saves ?? 0)
        }
        return CandidateGrade(
            candidate: record.candidate, objective: questions.reduce(.zero) { $0 + $1.mark.points },
            questions: questions, status: record.status, answeringTime: record.finishedAt.map { $0 - exam.start })
    }
}
