import ContestCore
import ExamCore

/// `exam results`' logic: one exam day in; the theory, per-question and practical lines out, with what is missing.
///
/// Pure: the day is already read (the server's journal replayed). Nothing waits for the day to be
/// finished: a score that is not final yet is left blank and a warning names what it waits for, so the
/// organisers can print provisional results during the marking and final ones after it.
///
/// ```swift
/// let results = ExamResults(day, source: "exam-data")
/// results.theory.map { ($0.candidate.name, $0.total, $0.rank) }   // [("王芳", 86.5, 1), …]
/// ```
public struct ExamResults: Sendable {
    public var title: String
    public var passMark: Points
    /// When papers opened, UTC microseconds.
    public var start: Micros
    /// In roster order.
    public var theory: [TheoryResult]
    /// In the common paper's order.
    public var questions: [QuestionResult]
    /// In performing order.
    public var practical: [PracticalResult]
    public var judges: [PracticalJudge]
    public var diagnostics: [ResultsDiagnostic] = []

    /// Nothing is missing: every paper ended, every script has its final mark, every sheet is signed.
    public var isFinal: Bool { diagnostics.isEmpty }

    /// `20 人，缺考 2 人，理论成绩已定 15 人，实操已签完 12 人` for the summary line and the pages.
    public func countsText(_ zh: Bool) -> String {
        let absent = theory.count { $0.status == .absent }
        let scored = theory.count { $0.total != nil && $0.status != .absent }
        let signed = practical.count { $0.score != nil }
        return zh
            ? "\(theory.count) 人，缺考 \(absent) 人，理论成绩已定 \(scored) 人，实操已签完 \(signed) 人"
            : "\(theory.count) candidates, \(absent) absent, \(scored) theory score\(scored == 1 ? "" : "s") final, "
                + "\(signed) practical score\(signed == 1 ? "" : "s") final"
    }

    public init(_ day: ExamDay, source: String) {
        let exam = day.exam
        (title, passMark, start, judges) = (exam.title, exam.passMark, exam.start, day.practical.judges)
        let grades = day.written.grade()
        let finals = day.marking.finalMarks
        let theory = zip(grades.candidates, day.written.roster).map { grade, record in
            Self.theory(grade, record, marks: finals[record.candidate.candidate] ?? [:], start: exam.start)
        }
        self.theory = Self.ranked(theory)
        let sat = grades.candidates.filter { $0.status != .absent }
        questions = exam.paper.items.enumerated().map { position, item in
            Self.question(item, position: position, statistics: grades.questions[position], sat: sat, finals: finals)
        }
        practical = day.practical.scoreSheets.map { sheet in
            PracticalResult(
                contestant: sheet.contestant, totals: sheet.rows.map { $0.signedAt == nil ? nil : $0.total },
                score: sheet.final ? sheet.score : nil,
                unsigned: sheet.rows.filter { $0.signedAt == nil }.map(\.judge))
        }
        diagnostics = problems(day).map { ResultsDiagnostic(file: source, location: nil, problem: $0) }
    }

    private static func theory(
        _ grade: CandidateGrade, _ record: CandidateRecord, marks: [String: Points], start: Micros
    ) -> TheoryResult {
        let status = TheoryResult.Status(record.status)
        let written = grade.questions.filter { $0.mark.outcome == .toBeMarked }
        let pending = status == .answering ? 0 : written.count { marks[$0.id] == nil }
        let subjective =
            status == .answering || pending > 0 ? nil : written.reduce(Points.zero) { $0 + (marks[$1.id] ?? .zero) }
        let seconds = record.finishedAt.map { finished in
            Int(max(0, finished - max(start, record.enteredAt ?? start)) / 1_000_000)
        }
        return TheoryResult(
            candidate: record.candidate, status: status, objective: grade.objective, subjective: subjective,
            pending: pending, finishedAt: record.finishedAt, seconds: seconds, rank: nil, actions: record.actions)
    }

    /// Places by total, then the shorter answering time ("ties are broken by answering time"); equal in
    /// both share a place. Absent candidates and those without a final total are not placed.
    private static func ranked(_ lines: [TheoryResult]) -> [TheoryResult] {
        let placed = lines.indices.filter { lines[$0].status != .absent && lines[$0].total != nil }
        let ranking = Ranking(
            placed, key: { [lines[$0].total?.hundredths ?? 0, -(lines[$0].seconds ?? 0)] }, identities: { _ in [] },
            tiers: [])
        var result = lines
        for line in ranking.lines { result[line.item].rank = line.rank }
        return result
    }

    private static func question(
        _ item: WrittenPaper.Item, position: Int, statistics: QuestionStatistics, sat: [CandidateGrade],
        finals: [String: [String: Points]]
    ) -> QuestionResult {
        let objective = item.type.isObjective
        var points: [Points] = []
        var pending = 0
        for grade in sat {
            guard grade.questions.indices.contains(position), grade.questions[position].id == item.id else { continue }
            let mark = grade.questions[position].mark
            if mark.outcome != .toBeMarked {
                points.append(mark.points)
            } else if let final = finals[grade.candidate.candidate]?[item.id] {
                points.append(final)
            } else {
                pending += 1
            }
        }
        return QuestionResult(
            item: item, sat: sat.count, answered: statistics.answered,
            right: objective ? statistics.count(.right) : nil, partial: objective ? statistics.count(.partial) : nil,
            meanPoints: pending > 0 || points.isEmpty ? nil : MarkingBook.mean(points), pending: pending,
            meanSeconds: Int(statistics.meanTime / 1_000_000))
    }

    /// What keeps the results provisional, in the day's order: open papers, marking, practical sheets.
    private func problems(_ day: ExamDay) -> [ResultsProblem] {
        var found = theory.filter { $0.status == .answering }.map {
            ResultsProblem.paperOpen(candidate: $0.candidate.candidate, name: $0.candidate.name)
        }
        let waiting = day.written.scriptsToMark.count {
            !day.marking.hasScript(candidate: $0.candidate, question: $0.question)
        }
        if waiting > 0 { found.append(.scriptsNotAdded(count: waiting, markers: day.marking.markers)) }
        for question in questions {
            let open = day.marking.scripts.filter { $0.question == question.item.id && $0.final == nil }
            guard !open.isEmpty else { continue }
            let owing = open.flatMap { script in
                (script.markers + (script.third.map { [$0] } ?? [])).filter { script.mark(by: $0) == nil }
            }
            found.append(
                .unmarked(
                    number: question.item.number, question: question.item.id, scripts: open.map(\.number),
                    markers: Array(Set(owing)).sorted()))
        }
        guard !judges.isEmpty else { return found + [.noJudges] }
        let none = practical.filter { $0.unsigned.count == judges.count }.map(\.contestant.order)
        for line in practical where !line.unsigned.isEmpty && line.unsigned.count < judges.count {
            found.append(
                .unsigned(
                    order: line.contestant.order, candidate: line.contestant.id, name: line.contestant.name,
                    judges: line.unsigned.map(\.name)))
        }
        return none.isEmpty ? found : found + [.notSigned(orders: none)]
    }
}
