import ContestCore
import ContestProtocol
import ExamCore

/// The exam day as the server machine drives it: no broadcasts, only answers, notices and batches.
extension ExamHub: ServerHub {
    public mutating func receive(_ bytes: [UInt8], session: inout HubSession, at now: Micros) -> HubOutcome {
        do throws(ProtocolDecodingError) {
            return receive(try ExamClientMessage(jsonText: bytes), session: &session, at: now)
        } catch {
            let language = session.language
            return Self.replying(Self.error(.badMessage, language, detail: error.message(language)))
        }
    }

    /// Closes the papers whose deadline has passed, in one journal entry by the system.
    public mutating func tick(at now: Micros) -> HubOutcome {
        var outcome = HubOutcome()
        guard let due = deadlines.earliest, due <= now else { return outcome }
        _ = handle(.written(.tick), by: .system, request: "tick", at: now, into: &outcome)
        return outcome
    }

    /// The earliest open paper's deadline, or when held-back notices may go out.
    public var nextDeadline: Micros? {
        let batch: Micros? = changedRows.isEmpty && changedMarkers.isEmpty ? nil : nextBatchAt
        switch (deadlines.earliest, batch) {
        case (let deadline?, let batch?): return min(deadline, batch)
        case (let deadline, let batch): return deadline ?? batch
        }
    }

    public func stateAudience(of identity: Identity) -> Identity? { nil }

    public func stateMessage(for audience: Identity, at now: Micros) -> EncodedServerMessage? { nil }

    /// Counts a candidate's open pages, for the proctors' 在线 column.
    public mutating func connection(of identity: Identity, joined: Bool) {
        guard case .candidate(let candidate) = identity else { return }
        let open = max(0, (pagesOpen[candidate] ?? 0) + (joined ? 1 : -1))
        pagesOpen[candidate] = open == 0 ? nil : open
        changedRows.insert(candidate)
    }

    /// The roster's changed rows to every proctor and fresh views to markers whose work changed, at
    /// most once per `batchInterval`.
    public mutating func flush(at now: Micros) -> [HubNotice] {
        guard now >= nextBatchAt, !changedRows.isEmpty || !changedMarkers.isEmpty else { return [] }
        nextBatchAt = now + Self.batchInterval
        var notices: [HubNotice] = []
        if !changedRows.isEmpty {
            let order = day.exam.candidates.map(\.candidate).filter(changedRows.contains)
            let roster = EncodedServerMessage(enveloped: ExamServerMessage.roster(order.compactMap(row)))
            notices += tokens.proctors.map { HubNotice(to: .proctor($0.proctor), message: roster) }
            changedRows.removeAll(keepingCapacity: true)
        }
        notices += changedMarkers.sorted().map { HubNotice(to: .marker($0), message: markingMessage(for: $0)) }
        changedMarkers.removeAll(keepingCapacity: true)
        return notices
    }

    /// The exam's title, times and counts (no names, no answers), with the journal's length and digest.
    public func publicState(at now: Micros, journalEntries: Int, journalDigest: String) -> [UInt8] {
        let exam = day.exam
        var counts: [CandidateRecord.Status: Int] = [:]
        for record in day.written.records.values { counts[record.status, default: 0] += 1 }
        var json = JSONWriter()
        json.object { fields in
            fields.field("protocolVersion", ProtocolVersion.current)
            fields.field("exam") { json in
                json.object { fields in
                    fields.field("title", exam.title)
                    fields.field("start", exam.start)
                    fields.field("deadline", exam.deadline)
                    fields.field("entryCloses", exam.entryCloses)
                    fields.field("candidates", exam.candidates.count)
                    for status in CandidateRecord.Status.allCases { fields.field(status.rawValue, counts[status] ?? 0) }
                    fields.field("scripts", day.marking.scripts.count)
                    fields.field("scriptsFinal", day.marking.progress.final)
                }
            }
            fields.field("serverTime", now)
            fields.field("entries", journalEntries)
            fields.field("digest", journalDigest)
        }
        return json.bytes
    }

    public func resultsCSV() -> [UInt8]? { nil }
}
