import ContestCore
import ContestServer
import Foundation
import QuestionBank

/// The contest and bank a journal was written for, kept beside it so the data folder alone tells the whole final.
///
/// The journal names its contest file and bank only by digest; `quiz-admin final report DATA`
/// reads these two copies instead of asking for the original files, and the replay checks them
/// against the digests. `contest.json` is the configuration in the contest-file format (its
/// `banks` still name the original files, as the digest covers them); `bank.json` holds every
/// question the server loaded, in the bank format. Both are rewritten at each start, whole or not
/// at all; a failure to write them is a warning, never a reason to stop the hall.
enum ContestSnapshot {
    /// Writes both copies into `folder`; nil when written, else the warning to show.
    static func write(_ state: ContestState, to folder: String) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let contest = try encoder.encode(state.config)
            let bank = JSONBankWriter.write(Bank(title: state.config.title, questions: state.bank.questions))
            try contest.write(to: URL(fileURLWithPath: folder + "/" + DataFolderCopies.contest), options: .atomic)
            try Data(bank.utf8).write(to: URL(fileURLWithPath: folder + "/" + DataFolderCopies.bank), options: .atomic)
            return nil
        } catch {
            return "无法在数据目录保存比赛与题库副本 cannot keep copies of the contest and bank in \(folder): "
                + error.localizedDescription
        }
    }
}
