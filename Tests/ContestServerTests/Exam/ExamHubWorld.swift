import ContestCore
import ContestProtocol
import ExamCore
import Foundation
import Testing

@testable import ContestServer

/// The bundled demo exam in an `ExamHub` with fixed tokens and an invented clock, for the hub's tests.
///
/// Pages are sessions; `send` hands the hub one JSON text as a page would and keeps what came back,
/// journal records included, so a test can replay them.
struct ExamHubWorld {
    /// 2026-12-10T09:00:00+08:00.
    static let start: Micros = 1_796_864_400 * 1_000_000
    static let minute = Time.seconds(60)
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func exam() throws -> Exam {
        try ExamFile.read(
            path: repository.appendingPathComponent("question-banks/demo-exam/exam.json").path, now: start
        )
        .get()
    }

    static func tokens(_ exam: Exam) -> ExamTokens {
        ExamTokens(
            candidates: exam.candidates.enumerated().map {
                ExamTokens.Candidate(candidate: $1.candidate, name: $1.name, token: "CAND\(10_000 + $0)")
            },
            proctors: [1, 2].map { ExamTokens.Proctor(proctor: $0, name: "监考 \($0)", token: "PROCTOR\($0)") },
            markers: (1...4).map { ExamTokens.Marker(marker: $0, name: "阅卷 \($0)", token: "MARKER\($0)") },
            judges: ExamDay.judges(exam).map {
                ExamTokens.Judge(judge: $0.number, name: $0.name, token: "JUDGE\($0.number)")
            })
    }

    var hub: ExamHub
    var sessions: [String: HubSession] = [:]
    var records: [[UInt8]] = []
    let exam: Exam

    init() throws {
        exam = try Self.exam()
        hub = ExamHub(day: ExamDay(exam: exam), tokens: Self.tokens(exam))
    }

    /// The n-th candidate's admission number (from 1).
    func candidate(_ number: Int) -> String { exam.candidates[number - 1].candidate }

    /// One text from the page `page` at `at`; the replies come back parsed.
    @discardableResult
    mutating func send(_ page: String, _ json: String, at: Micros) -> (replies: [[String: Any]], outcome: HubOutcome) {
        var session = sessions[page] ?? HubSession()
        let before = session.identity
        let outcome = hub.receive(Array(json.utf8), session: &session, at: at)
        sessions[page] = session
        if before == nil, let identity = session.identity { hub.connection(of: identity, joined: true) }
        records += outcome.records
        return (outcome.replies.map(Self.parse), outcome)
    }

    /// Logs the n-th candidate in on page `c<n>`.
    @discardableResult
    mutating func login(candidate number: Int, at: Micros) -> [String: Any] {
        let token = "CAND\(10_000 + number - 1)"
        let hello = #"{"type":"hello","role":"candidate","candidate":"\#(candidate(number))","token":"\#(token)"}"#
        return send("c\(number)", hello, at: at).replies.first ?? [:]
    }

    static func parse(_ message: EncodedServerMessage) -> [String: Any] {
        let object = try? JSONSerialization.jsonObject(with: Data(message.text(seq: 1)))
        return object as? [String: Any] ?? [:]
    }

    /// The candidate's paper as their page has it, from a fresh login's welcome.
    func questions(of number: Int) -> [CandidatePaper.View.Question] {
        exam.paper(for: candidate(number)).view.questions
    }
}
