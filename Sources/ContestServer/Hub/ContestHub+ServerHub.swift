import ContestCore
import ContestProtocol

/// The final as the server machine drives it: one state broadcast per audience after every change.
extension ContestHub: ServerHub {
    public mutating func receive(_ bytes: [UInt8], session: inout HubSession, at now: Micros) -> HubOutcome {
        let outcome: Outcome
        do throws(ProtocolDecodingError) {
            outcome = receive(try ClientMessage(jsonText: bytes), session: &session, at: now)
        } catch {
            outcome = undecodable(error, session: session)
        }
        var result = HubOutcome()
        result.replies = outcome.replies.map { EncodedServerMessage($0) }
        if let entry = outcome.entry {
            result.records = [JournalCoding.encode(.entry(entry))]
            result.changed = true
        }
        (result.close, result.log) = (outcome.close, outcome.log)
        return result
    }

    /// Every due deadline's tick, as its journal records (one deadline's tick may make the next due).
    public mutating func tick(at now: Micros) -> HubOutcome {
        var result = HubOutcome()
        while let entry = dueTick(at: now) { result.records.append(JournalCoding.encode(.entry(entry))) }
        result.changed = !result.records.isEmpty
        return result
    }

    public var nextDeadline: Micros? { state.nextDeadline }

    /// Hosts and each judge have their own view; teams share the screens' public one.
    public func stateAudience(of identity: Identity) -> Identity? {
        switch identity {
        case .host, .judge: identity
        case .team, .screen: .screen
        case .candidate, .proctor, .marker, .practicalJudge: nil
        }
    }

    public func stateMessage(for audience: Identity, at now: Micros) -> EncodedServerMessage? {
        EncodedServerMessage(.state(view(for: audience, at: now)))
    }

    /// The machine tells the hosts who is connected itself (`presence`); the contest keeps no count.
    public mutating func connection(of identity: Identity, joined: Bool) {}

    public mutating func flush(at now: Micros) -> [HubNotice] { [] }

    /// The public view, how many commands the journal holds, and the SHA-1 of the journal's bytes, so
    /// anyone can check that a restart came back to the same contest.
    public func publicState(at now: Micros, journalEntries: Int, journalDigest: String) -> [UInt8] {
        var json = JSONWriter()
        json.object { fields in
            fields.field("protocolVersion", ProtocolVersion.current)
            fields.field("view", PublicView(state, now: now))
            fields.field("entries", journalEntries)
            fields.field("digest", journalDigest)
        }
        return json.bytes
    }

    public func resultsCSV() -> [UInt8]? { ResultsTable.csv(state) }
}
