import ContestCore
import ContestProtocol
import ExamCore

/// Rebuilds an exam day from its journal bytes: the pure half of the exam's crash recovery.
///
/// The first record must be the header of the same exam (`ExamDigest`) in a format this version
/// reads; every entry's events are then folded in order, which gives exactly the day that had been
/// made durable. A torn last record (a crash mid-write) is reported, never an error.
public enum ExamJournalReplay {
    public struct Recovered: Sendable {
        public var day: ExamDay
        /// Accepted requests replayed.
        public var entries: Int
        public var validLength: Int
        public var tornBytes: Int
        /// Whether the file held no records at all (a header must be written).
        public var needsHeader: Bool
    }

    /// The journal's header, read before the exam is resolved: an exam that opens when the server
    /// starts keeps the first run's start from it.
    public static func header(_ bytes: [UInt8]) -> ExamJournalHeader? {
        guard case .success(let scan) = JournalRecordFormat.scan(bytes), let first = scan.payloads.first,
            case .header(let header)? = try? ExamJournalRecord(jsonText: first)
        else { return nil }
        return header
    }

    public static func replay(_ bytes: [UInt8], path: String, exam: Exam) -> Result<Recovered, JournalError> {
        let scan: JournalRecordFormat.Scan
        switch JournalRecordFormat.scan(bytes, path: path) {
        case .failure(let error): return .failure(error)
        case .success(let result): scan = result
        }
        var events: [ExamDayEvent] = []
        for (index, payload) in scan.payloads.enumerated() {
            let record: ExamJournalRecord
            do throws(ProtocolDecodingError) {
                record = try ExamJournalRecord(jsonText: payload)
            } catch {
                return .failure(.unreadable(path: path, record: index + 1, reason: error.message(.english)))
            }
            switch record {
            case .header(let header):
                guard index == 0 else { return .failure(.unreadable(path: path, record: index + 1, reason: "header")) }
                guard ProtocolVersion.readable.contains(header.protocolVersion) else {
                    return .failure(.newerVersion(path: path, found: header.protocolVersion))
                }
                if header.examDigest != ExamDigest.of(exam) {
                    return .failure(.otherContest(path: path, what: "考试文件或试卷 exam file or paper"))
                }
            case .entry(let entry):
                guard index > 0 else { return .failure(.unreadable(path: path, record: 1, reason: "no header")) }
                events += entry.events
            }
        }
        return .success(
            Recovered(
                day: ExamDay.replay(exam: exam, events: events), entries: max(0, scan.payloads.count - 1),
                validLength: scan.validLength, tornBytes: scan.tornBytes, needsHeader: scan.payloads.isEmpty))
    }

    /// The header a new journal of `exam` begins with.
    public static func header(for exam: Exam, createdAt: Micros) -> ExamJournalHeader {
        ExamJournalHeader(title: exam.title, examDigest: ExamDigest.of(exam), start: exam.start, createdAt: createdAt)
    }
}
