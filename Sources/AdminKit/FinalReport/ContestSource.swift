import ContestCore
import ContestServer
import Foundation
import QuestionBank

/// The contest file and banks a final ran with, loaded the way `quiz-server` loads them.
///
/// Questions with errors are left out, as the server leaves them out, so the bank's digest is the
/// one the journal's header names; each such problem comes back as a warning.
public struct ContestSource: Sendable {
    public var config: ContestConfig
    public var questions: [Question]
    public var warnings: [AdminDiagnostic<FinalReportProblem>]

    /// `banks` overrides the contest file's `banks` (which are relative to the contest file).
    /// A failure is about the contest file `path` itself.
    public static func load(contest path: String, banks: [String] = []) -> Result<ContestSource, FinalReportProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.unreadableFile(reason: "no such file"))
        }
        let config: ContestConfig
        do {
            config = try JSONDecoder().decode(ContestFile.self, from: data).config
        } catch {
            return .failure(.badContestFile(reason: DecodingProblem.describe(error)))
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let paths =
            banks.isEmpty
            ? config.banks.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path } : banks
        var questions: [Question] = []
        var warnings: [AdminDiagnostic<FinalReportProblem>] = []
        for bank in paths {
            let loaded = BankLoader.load(path: bank)
            questions += loaded.bank.questions
            warnings += loaded.diagnostics.map { AdminDiagnostic(reading: $0) }
        }
        return .success(ContestSource(config: config, questions: questions, warnings: warnings))
    }
}
