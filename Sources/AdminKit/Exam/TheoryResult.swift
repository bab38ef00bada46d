import ContestCore
import ExamCore

/// One candidate's line of 理论成绩: both parts of the written score, the pass, the times, the place.
///
/// The subjective part and the total stay nil until every short answer and essay the candidate wrote
/// has its final mark, so a provisional sheet never shows a total that will still change.
public struct TheoryResult: Sendable, Hashable {
    /// Where the candidate's paper stands, as the results print it.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Never logged in: listed with 0.
        case absent
        /// Still open: the exam is not over for this candidate.
        case answering
        /// Handed in by the candidate.
        case submitted
        /// Closed by the server at the deadline.
        case closed

        init(_ status: CandidateRecord.Status) {
            switch status {
            case .absent: self = .absent
            case .answering: self = .answering
            case .submitted: self = .submitted
            case .closed: self = .closed
            }
        }

        /// 缺考, 作答中, 已交卷, 已收卷.
        public func text(_ zh: Bool) -> String {
            switch self {
            case .absent: zh ? "缺考" : "absent"
            case .answering: zh ? "作答中" : "answering"
            case .submitted: zh ? "已交卷" : "submitted"
            case .closed: zh ? "已收卷" : "closed at the deadline"
            }
        }
    }

    public var candidate: ExamCandidate
    public var status: Status
    public var objective: Points
    /// The final marks of the short answers and essays summed; nil while one is still being marked.
    public var subjective: Points?
    /// Short answers and essays with text that have no final mark yet; 0 while the paper is open.
    public var pending: Int
    /// Submission, or the close at the deadline, in UTC microseconds.
    public var finishedAt: Micros?
    /// Whole seconds from the later of the start and the candidate's entry to `finishedAt`.
    public var seconds: Int?
    /// 1, 2, 2, 4 by total then by the shorter answering time; nil while unranked (absent or provisional).
    public var rank: Int?
    /// What the proctors did for the candidate, in words (延时, 重新开卷, 迟到准入), oldest first.
    public var actions: [CandidateRecord.ProctorAction]

    /// Objective plus subjective, once the subjective part is final; 0 for an absent candidate.
    public var total: Points? { subjective.map { objective + $0 } }

    /// Whether the total reaches the pass mark; nil while there is no total.
    public func passed(_ mark: Points) -> Bool? { total.map { $0 >= mark } }
}
