import ContestCore
import ContestProtocol
import Foundation
import Wire

/// Rebuilds a contest from its journal bytes: the pure half of crash recovery.
///
/// The first record must name the same contest and bank as the ones loaded now, in a format this
/// version can read (every earlier one, never a newer one); each entry's events are then applied at
/// their recorded time, which gives exactly the state that had been made durable.
public enum JournalReplay {
    /// What a replay produced.
    public struct Recovered: Sendable {
        public var state: ContestState
        /// Accepted commands replayed.
        public var entries: Int
        /// Where the intact records end, and how many torn bytes follow (to cut off).
        public var validLength: Int
        public var tornBytes: Int
        /// Whether the file held no records at all (a header must be written).
        public var needsHeader: Bool
        /// Whole records kept, the header counted as record 1.
        public var intactRecords: Int { needsHeader ? 0 : entries + 1 }
        /// The format the journal was begun in; records appended now are always the current format.
        public var version: Int
    }

    /// Replays `bytes` onto `fresh`, checking the header against `expected`.
    public static func replay(
        _ bytes: [UInt8], path: String, onto fresh: ContestState, expecting expected: JournalHeader
    ) -> Result<Recovered, JournalError> {
        let scan: JournalRecordFormat.Scan
        switch JournalRecordFormat.scan(bytes, path: path) {
        case .failure(let error): return .failure(error)
        case .success(let result): scan = result
        }
        var state = fresh
        var version = 1
        for (index, payload) in scan.payloads.enumerated() {
            let record: JournalRecord
            do throws(ProtocolDecodingError) {
                record = try JournalRecord(payload: payload, version: version)
            } catch {
                return .failure(.unreadable(path: path, record: index + 1, reason: error.message(.english)))
            }
            switch record {
            case .header(let header):
                guard index == 0 else { return .failure(.unreadable(path: path, record: index + 1, reason: "header")) }
                guard ProtocolVersion.readable.contains(header.protocolVersion) else {
                    return .failure(.newerVersion(path: path, found: header.protocolVersion))
                }
                version = header.protocolVersion
                if header.configDigest != expected.configDigest {
                    return .failure(.otherContest(path: path, what: "比赛配置 contest configuration"))
                }
                if header.bankDigest != expected.bankDigest {
                    return .failure(.otherContest(path: path, what: "题库 question bank"))
                }
            case .entry(let entry):
                guard index > 0 else { return .failure(.unreadable(path: path, record: 1, reason: "no header")) }
                state.apply(entry.events, at: entry.at)
            }
        }
        return .success(
            Recovered(
                state: state, entries: max(0, scan.payloads.count - 1), validLength: scan.validLength,
                tornBytes: scan.tornBytes, needsHeader: scan.payloads.isEmpty, version: version))
    }

    /// The header for a contest: digests of the canonical JSON of its configuration and its bank.
    ///
    /// The digests are over the contest-file and bank formats (`JSONEncoder`, sorted keys), the same
    /// in every journal version, so a journal of format 1 resumes under this build.
    public static func header(for state: ContestState, createdAt: Micros) -> JournalHeader {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func digest(_ value: some Encodable) -> String {
            let bytes = (try? encoder.encode(value)).map(Array.init) ?? []
            return SHA1.hexDigest(bytes)
        }
        return JournalHeader(
            title: state.config.title, configDigest: digest(state.config), bankDigest: digest(state.bank.questions),
            createdAt: createdAt)
    }
}
