import ContestCore
import ContestProtocol

/// One candidate as the proctors' list shows them: status, progress, connections, page-leaving, and every act.
///
/// `connected` is how many pages the candidate has open right now (0: disconnected); the server
/// knows it, the exam record does not, so the hub passes it in.
public struct ProctorRow: Sendable, Hashable, JSONEncodable {
    public var record: CandidateRecord
    public var questions: Int
    public var connected: Int

    public init(record: CandidateRecord, questions: Int, connected: Int) {
        (self.record, self.questions, self.connected) = (record, questions, connected)
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("candidate", record.candidate.candidate)
            fields.field("name", record.candidate.name)
            fields.field("unit", record.candidate.unit)
            fields.field("status", record.status.rawValue)
            fields.field("answered", record.answeredCount)
            fields.field("questions", questions)
            fields.field("connected", connected)
            fields.field("leftPage", record.leftPageCount)
            fields.field("enteredAt", record.enteredAt)
            fields.field("lastSaveAt", record.lastSaveAt)
            fields.field("deadline", record.deadline)
            fields.field("submittedAt", record.submittedAt)
            fields.field("closedAt", record.closedAt)
            fields.field("admittedLate", record.admittedLate)
            fields.field("actions") { json in
                json.array(record.actions) { json, action in
                    json.object { fields in
                        switch action.kind {
                        case .extended(let minutes):
                            fields.type("extended")
                            fields.field("minutes", minutes)
                        case .reopened(let deadline):
                            fields.type("reopened")
                            fields.field("deadline", deadline)
                        case .admittedLate:
                            fields.type("admittedLate")
                        }
                        fields.field("reason", action.reason)
                        fields.field("proctor", action.proctor)
                        fields.field("at", action.at)
                    }
                }
            }
        }
    }
}
