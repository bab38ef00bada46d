import ContestCore
import Foundation

extension ExamFile {
    /// The largest seed every JSON reader holds exactly.
    static let largestSeed: UInt64 = (1 << 53) - 1

    /// What is wrong with the file on its own, before its paper is read: every problem, in the file's order.
    public var problems: [ExamFileProblem] {
        var found: [ExamFileProblem] = []
        if start.contains(where: { !$0.isWhitespace }) && ExamTime.parse(start) == nil {
            found.append(.badStart(start))
        }
        if durationMinutes < 0 { found.append(.durationNotPositive(durationMinutes)) }
        let counts = [
            ("lateEntryMinutes", lateEntryMinutes), ("proctors", proctors), ("markers", markers), ("judges", judges),
        ]
        for (key, value) in counts where value < 0 { found.append(.negative(path: key)) }
        if passMark < .zero { found.append(.negative(path: "passMark")) }
        if seed > Self.largestSeed { found.append(.seedTooLarge) }
        let shares = [
            ("grading.partialShare", grading.partialShare), ("grading.toleranceShare", grading.toleranceShare),
        ]
        for (key, value) in shares where !(0...1).contains(value) { found.append(.shareOutOfRange(path: key)) }
        if grading.markersPerAnswer < 1 { found.append(.negative(path: "grading.markersPerAnswer")) }
        found += rosterProblems
        return found
    }

    private var rosterProblems: [ExamFileProblem] {
        guard !candidates.isEmpty, candidates != [Self.template] else { return [.emptyRoster] }
        var found: [ExamFileProblem] = []
        var seen: [String: Int] = [:]
        for (index, line) in candidates.enumerated() {
            let number = line.candidate.trimmingCharacters(in: .whitespaces)
            guard !number.isEmpty else {
                found.append(.blankAdmissionNumber(index: index))
                continue
            }
            if let first = seen[number] {
                found.append(.duplicateCandidate(number, first: first, again: index))
            } else {
                seen[number] = index
            }
        }
        return found
    }

    /// The file with its paper: the exam the server runs, or what the two together get wrong.
    ///
    /// `now` is when an exam without a `start` opens (the server's start); `file` names the exam file
    /// in the messages.
    public func resolve(paper: WrittenPaper, file: String, now: Micros) -> Result<Exam, ExamFileError> {
        var found = problems
        let minutes = durationMinutes == 0 ? paper.timeLimitMinutes : durationMinutes
        if minutes <= 0 && durationMinutes >= 0 { found.append(.durationNotPositive(minutes)) }
        let items = Dictionary(paper.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in grading.synonyms.keys.sorted() {
            guard let item = items[id] else {
                found.append(.synonymsForUnknownQuestion(id))
                continue
            }
            if item.type != .fill { found.append(.synonymsForNonFill(id)) }
        }
        if passMark > paper.totalPoints { found.append(.passMarkAbovePaper(passMark, total: paper.totalPoints)) }
        guard found.isEmpty else { return .failure(ExamFileError(file: file, problems: found)) }
        let opens = ExamTime.parse(start) ?? now
        return .success(
            Exam(
                title: title.isEmpty ? paper.title : title, paper: paper,
                candidates: candidates.map {
                    ExamCandidate(
                        candidate: $0.candidate.trimmingCharacters(in: .whitespaces), name: $0.name, unit: $0.unit)
                },
                start: opens, duration: Time.seconds(minutes * 60), lateEntry: Time.seconds(lateEntryMinutes * 60),
                shuffle: shuffle, seed: seed, passMark: passMark, grading: grading, practical: practical,
                tokens: Exam.Tokens(proctors: proctors, markers: markers, judges: judges)))
    }
}
