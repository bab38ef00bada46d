import ContestCore
import ContestProtocol

/// Where one candidate's paper stands: the personal deadline and whether it has ended, and how.
///
/// `{"status": "answering", "deadline": …, "submittedAt": null, "closedAt": null}` in a welcome's
/// `exam` and as the `paperStatus` message; a reopened paper is `answering` again with its new deadline.
public struct PaperStatus: Sendable, Hashable {
    public var status: CandidateRecord.Status
    public var deadline: Micros
    public var submittedAt: Micros?
    public var closedAt: Micros?

    public init(_ record: CandidateRecord) {
        (status, deadline, submittedAt, closedAt) = (
            record.status, record.deadline, record.submittedAt, record.closedAt
        )
    }

    func encodeFields(into fields: inout JSONObjectWriter) {
        fields.field("status", status.rawValue)
        fields.field("deadline", deadline)
        fields.field("submittedAt", submittedAt)
        fields.field("closedAt", closedAt)
    }
}
