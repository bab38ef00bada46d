import ContestCore
import ContestProtocol
import ExamCore
import Foundation
import Testing

@testable import ContestServer

/// Who may log in as what, who may send what, and who hears of it: the exam hub without a socket.
@Suite struct ExamHubTests {
    static let start = ExamHubWorld.start
    static let minute = ExamHubWorld.minute

    static let hellos: [(String, String?)] = [
        (#"{"type":"hello","role":"proctor","token":"PROCTOR2"}"#, "proctor"),
        (#"{"type":"hello","role":"marker","token":"MARKER3"}"#, "marking"),
        (#"{"type":"hello","role":"judge","token":"JUDGE5"}"#, "practical"),
        (#"{"type":"hello","role":"candidate","candidate":"2026120001","token":"CAND10000"}"#, "exam"),
        (#"{"type":"hello","role":"candidate","token":"CAND10001"}"#, "exam"),
        (#"{"type":"hello","role":"candidate","candidate":"2026120002","token":"CAND10000"}"#, nil),
        (#"{"type":"hello","role":"proctor","token":"MARKER1"}"#, nil),
        (#"{"type":"hello","role":"judge","token":""}"#, nil),
    ]

    /// A token names one role; a candidate's token must go with their own admission number.
    @Test(arguments: hellos)
    func aHelloIsWelcomedWithItsRolesViewOrRefusedAndClosed(hello: String, view: String?) throws {
        var world = try ExamHubWorld()
        let (replies, outcome) = world.send("page", hello, at: Self.start)
        if let view {
            #expect(replies.first?["type"] as? String == "welcome")
            #expect(replies.first?[view] != nil)
            #expect(!outcome.close && world.sessions["page"]?.identity != nil)
        } else {
            #expect(replies.first?["code"] as? String == "badToken")
            #expect(outcome.close && world.sessions["page"]?.identity == nil)
        }
    }

    static let misplaced: [(String, String)] = [
        (
            #"{"type":"hello","role":"proctor","token":"PROCTOR1"}"#,
            #"{"type":"saveAnswer","id":"x","question":"P1-092","choices":[0]}"#
        ),
        (
            #"{"type":"hello","role":"candidate","candidate":"2026120001","token":"CAND10000"}"#,
            #"{"type":"extendTime","id":"x","candidate":"2026120001","minutes":5,"reason":"想多做"}"#
        ),
        (
            #"{"type":"hello","role":"marker","token":"MARKER1"}"#,
            #"{"type":"scoreItem","id":"x","contestant":"2026120001","item":0,"points":5}"#
        ),
        (
            #"{"type":"hello","role":"judge","token":"JUDGE1"}"#,
            #"{"type":"markScript","id":"x","script":1,"points":5}"#
        ),
        (#"{"type":"hello","role":"judge","token":"JUDGE2"}"#, #"{"type":"openScript","id":"x","script":1}"#),
    ]

    /// Each request belongs to one role's page; any other role is refused and nothing is journaled.
    @Test(arguments: misplaced)
    func aRequestFromAnotherRolesPageIsRefused(hello: String, request: String) throws {
        var world = try ExamHubWorld()
        world.send("page", hello, at: Self.start)
        let recordsAfterHello = world.records.count
        let (replies, _) = world.send("page", request, at: Self.start + 1)
        #expect(replies.first?["type"] as? String == "rejected" && replies.first?["code"] as? String == "notAllowed")
        #expect(world.records.count == recordsAfterHello)
    }

    @Test func aSaveIsJournaledBeforeItsAckAndARefusedOneIsNot() throws {
        var world = try ExamHubWorld()
        world.login(candidate: 1, at: Self.start)
        #expect(world.records.count == 1)
        let question = world.questions(of: 1).first { $0.type == .single }!
        let save = #"{"type":"saveAnswer","id":"s1","question":"\#(question.id)","choices":[2]}"#
        let (replies, outcome) = world.send("c1", save, at: Self.start + Self.minute)
        #expect(replies.first?["type"] as? String == "ack" && replies.first?["id"] as? String == "s1")
        #expect(outcome.records.count == 1 && outcome.notices.isEmpty)
        let wrong = #"{"type":"saveAnswer","id":"s2","question":"\#(question.id)","text":"甲"}"#
        let (refused, nothing) = world.send("c1", wrong, at: Self.start + Self.minute)
        #expect(refused.first?["code"] as? String == "wrongAnswerKind" && nothing.records.isEmpty)
        let record = world.hub.day.written.records[world.candidate(1)]!
        #expect(record.answers[question.id]?.answer == .choices([2]))
    }

    /// A candidate may log in before the start to read the instructions, never the paper's questions.
    @Test func anEarlyLoginGetsThePaperWithoutItsQuestions() throws {
        var world = try ExamHubWorld()
        let early = world.login(candidate: 1, at: Self.start - Self.minute)
        let paper = try #require((early["exam"] as? [String: Any])?["paper"] as? [String: Any])
        #expect((paper["questions"] as? [Any])?.isEmpty == true && paper["title"] != nil)
        world.sessions["c1"] = nil
        let onTime = world.login(candidate: 1, at: Self.start)
        let questions = (onTime["exam"] as? [String: Any]).flatMap {
            ($0["paper"] as? [String: Any])?["questions"] as? [Any]
        }
        #expect(questions?.count == world.exam.paper.items.count)
    }

    /// After the late-entry limit a first login is refused and the page stays unidentified, until a
    /// proctor admits the candidate with a reason.
    @Test func aLateCandidateIsRefusedUntilAProctorAdmitsThem() throws {
        var world = try ExamHubWorld()
        let late = Self.start + 16 * Self.minute
        let refused = world.login(candidate: 3, at: late)
        #expect(refused["type"] as? String == "rejected" && refused["code"] as? String == "entryClosed")
        #expect(world.sessions["c3"]?.identity == nil && world.records.isEmpty)
        world.send("p", #"{"type":"hello","role":"proctor","token":"PROCTOR1"}"#, at: late)
        let admit = #"{"type":"admitLate","id":"a","candidate":"\#(world.candidate(3))","reason":"  "}"#
        #expect(world.send("p", admit, at: late).replies.first?["code"] as? String == "reasonRequired")
        let admitted = #"{"type":"admitLate","id":"a","candidate":"\#(world.candidate(3))","reason":"公交晚点"}"#
        #expect(world.send("p", admitted, at: late).replies.first?["type"] as? String == "ack")
        #expect(world.login(candidate: 3, at: late + 1)["type"] as? String == "welcome")
    }

    /// A proctor's extension reaches the candidate's pages at once; the proctors' roster carries only
    /// the changed rows, at most once a second (the first change after a quiet second at once).
    @Test func anExtensionReachesTheCandidateAtOnceAndTheRosterInBatches() throws {
        var world = try ExamHubWorld()
        world.login(candidate: 1, at: Self.start)
        world.login(candidate: 2, at: Self.start)
        world.send("p", #"{"type":"hello","role":"proctor","token":"PROCTOR1"}"#, at: Self.start)
        #expect(world.hub.flush(at: Self.start).count == 2)
        let extend = #"{"type":"extendTime","id":"e","candidate":"\#(world.candidate(2))","minutes":10,"reason":"停电"}"#
        let (replies, outcome) = world.send("p", extend, at: Self.start + 2 * Self.minute)
        #expect(replies.first?["type"] as? String == "ack")
        let notice = try #require(outcome.notices.first)
        #expect(notice.to == .candidate(world.candidate(2)) && outcome.notices.count == 1)
        let status = ExamHubWorld.parse(notice.message)
        #expect(status["type"] as? String == "paperStatus")
        #expect(status["deadline"] as? Int64 == Self.start + 100 * Self.minute)
        let then = Self.start + 2 * Self.minute
        let batch = world.hub.flush(at: then)
        #expect(Set(batch.map(\.to)) == [.proctor(1), .proctor(2)])
        let rows = try #require(ExamHubWorld.parse(batch[0].message)["rows"] as? [[String: Any]])
        #expect(rows.map { $0["candidate"] as? String } == [world.candidate(2)])
        world.send("c1", #"{"type":"leftPage"}"#, at: then + 1)
        #expect(world.hub.flush(at: then + Time.milliseconds(999)).isEmpty)
        #expect(world.hub.nextDeadline == then + Time.seconds(1))
        let next = world.hub.flush(at: then + Time.seconds(1))
        let later = try #require(next.first.flatMap { ExamHubWorld.parse($0.message)["rows"] as? [[String: Any]] })
        #expect(later.map { $0["leftPage"] as? Int } == [1])
        #expect(world.hub.flush(at: Self.start + 10 * Self.minute).isEmpty)
    }

    /// The deadline closes every open paper in one journal entry by the system, tells each candidate,
    /// and hands the essays to the markers.
    @Test func theDeadlineClosesOpenPapersAndFeedsTheMarkers() throws {
        var world = try ExamHubWorld()
        world.login(candidate: 1, at: Self.start)
        world.login(candidate: 2, at: Self.start)
        let essay = world.questions(of: 1).first { $0.type == .essay }!
        world.send("c1", #"{"type":"saveAnswer","id":"s","question":"\#(essay.id)","text":"便民利民"}"#, at: Self.start + 1)
        let deadline = Self.start + 90 * Self.minute
        #expect(world.hub.nextDeadline! <= Self.start)
        _ = world.hub.flush(at: Self.start + 1)
        #expect(world.hub.nextDeadline == deadline)
        #expect(world.hub.tick(at: deadline - 1).records.isEmpty)
        let closing = world.hub.tick(at: deadline)
        #expect(closing.records.count == 1)
        #expect(Set(closing.notices.map(\.to)) == [.candidate(world.candidate(1)), .candidate(world.candidate(2))])
        #expect(world.hub.day.marking.scripts.map(\.candidate) == [world.candidate(1)])
        #expect(world.hub.nextDeadline! < deadline, "the closed rows are due to the proctors at once")
        let late = world.send(
            "c1", #"{"type":"saveAnswer","id":"t","question":"\#(essay.id)","text":"再补充"}"#, at: deadline + 1)
        #expect(late.replies.first?["code"] as? String == "timeUp")
        let markers = world.hub.flush(at: deadline).map(\.to).filter { if case .marker = $0 { true } else { false } }
        #expect(Set(markers) == Set(world.hub.day.marking.scripts[0].markers.map(Identity.marker)))
        #expect(world.hub.nextDeadline == nil)
    }

    /// What the hub journaled replays to the very day it holds.
    @Test func theRecordsReplayToTheSameDay() throws {
        var world = try ExamHubWorld()
        world.login(candidate: 1, at: Self.start)
        let question = world.questions(of: 1)[0]
        world.send("c1", #"{"type":"saveAnswer","question":"\#(question.id)","choices":[1]}"#, at: Self.start + 5)
        world.send("c1", #"{"type":"leftPage"}"#, at: Self.start + 6)
        world.send("c1", #"{"type":"submitPaper"}"#, at: Self.start + 7)
        world.send("j", #"{"type":"hello","role":"judge","token":"JUDGE1"}"#, at: Self.start + 8)
        world.send(
            "j", #"{"type":"scoreItem","contestant":"\#(world.candidate(1))","item":0,"points":8.5}"#,
            at: Self.start + 9)
        let header = JSONWriter.encode(
            ExamJournalRecord.header(ExamJournalReplay.header(for: world.exam, createdAt: Self.start)))
        let bytes = ([header] + world.records).flatMap(JournalRecordFormat.frame)
        let recovered = try ExamJournalReplay.replay(bytes, path: "exam.qcj", exam: world.exam).get()
        #expect(recovered.entries == world.records.count && recovered.day == world.hub.day)
        var changed = world.exam
        changed.duration += Self.minute
        #expect(throws: JournalError.self) {
            try ExamJournalReplay.replay(bytes, path: "exam.qcj", exam: changed).get()
        }
    }
}
