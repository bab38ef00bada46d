/// The names of the copies `quiz-server` keeps beside its journal of the contest and bank it was written for.
///
/// Shared by the server, which writes them at start, and `quiz-admin final report`, which reads
/// them, so the folder's layout is named in one place.
public enum DataFolderCopies {
    public static let contest = "contest.json"
    public static let bank = "bank.json"
}
