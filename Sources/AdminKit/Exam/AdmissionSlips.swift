import ContestCore
import ExamCore
import Foundation

/// The exam's roster matched to the server's tokens: one slip per candidate, or what stops them being printed.
///
/// Pure: the exam file, the tokens and the paper (when it could be read) are passed in. Slips come in
/// admission-number order, the order proctors hand them out and the sign-in sheet lists them.
public struct AdmissionSlips: Sendable, Hashable {
    /// What every slip of the exam prints beside the candidate's own lines.
    public struct Sitting: Sendable, Hashable {
        /// Empty when neither the exam file nor its paper gives one.
        public var title: String
        /// When papers open, UTC microseconds; nil when the exam opens as the server starts.
        public var start: Micros?
        /// Nil when the length is taken from a paper that could not be read.
        public var minutes: Int?
        public var lateEntryMinutes: Int
        /// Empty: left blank for the proctors to announce.
        public var url: String
    }

    public var sitting: Sitting
    public var slips: [AdmissionSlip]
    public var diagnostics: [SlipDiagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The slips of `exam` with `tokens`; `paper` is nil when it was not needed or could not be read.
    public init(
        exam: ExamFile, examFile: String, tokens: ExamTokens, tokensFile: String, paper: WrittenPaper?,
        paperFile: String, url: String
    ) {
        var found: [SlipDiagnostic] = []
        func note(_ file: String, _ problem: SlipProblem) {
            found.append(SlipDiagnostic(file: file, location: nil, problem: problem))
        }
        let title = exam.title.isEmpty ? paper?.title ?? "" : exam.title
        let minutes = exam.durationMinutes > 0 ? exam.durationMinutes : paper?.timeLimitMinutes
        if paper == nil && (exam.title.isEmpty || exam.durationMinutes == 0) {
            note(examFile, .paperUnreadable(paperFile))
        }
        let start = ExamTime.parse(exam.start)
        if start == nil { note(examFile, .noStart) }
        if url.isEmpty { note(examFile, .noURL) }
        sitting = Sitting(
            title: title, start: start, minutes: minutes, lateEntryMinutes: exam.lateEntryMinutes, url: url)

        var entries: [String: (index: Int, entry: ExamTokens.Candidate)] = [:]
        var repeats: [SlipDiagnostic] = []
        for (index, entry) in tokens.candidates.enumerated() {
            let number = entry.candidate.trimmed
            if let first = entries[number] {
                repeats.append(
                    SlipDiagnostic(
                        file: tokensFile, location: nil,
                        problem: .repeatedToken(candidate: number, first: first.index, again: index)))
            } else {
                entries[number] = (index, entry)
            }
        }
        var slips: [AdmissionSlip] = []
        for line in exam.candidates {
            let candidate = ExamCandidate(candidate: line.candidate.trimmed, name: line.name, unit: line.unit)
            guard let entry = entries[candidate.candidate]?.entry, !entry.token.trimmed.isEmpty else {
                note(examFile, .missingToken(candidate: candidate.candidate, name: candidate.name))
                continue
            }
            if !entry.name.trimmed.isEmpty && entry.name.trimmed != candidate.name.trimmed {
                note(
                    examFile,
                    .nameDiffers(candidate: candidate.candidate, exam: candidate.name, tokens: entry.name))
            }
            slips.append(AdmissionSlip(candidate: candidate, token: entry.token.trimmed))
        }
        found += repeats
        let roster = Set(exam.candidates.map(\.candidate.trimmed))
        for (index, entry) in tokens.candidates.enumerated() where !roster.contains(entry.candidate.trimmed) {
            note(tokensFile, .strayToken(candidate: entry.candidate.trimmed, index: index))
        }
        self.slips = slips.sorted {
            $0.candidate.candidate.compare($1.candidate.candidate, options: .numeric) == .orderedAscending
        }
        diagnostics = found
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
