import ContestCore
import ContestProtocol
import Testing

/// Format-1 records, spelt as the synthesized coding wrote them, read as today's values.
@Suite struct JournalFormatV1Tests {
    static func entry(_ actor: String, _ action: String, _ events: String = "[]") -> String {
        #"{"entry":{"_0":{"action":"# + action + #","actor":"# + actor + #","at":5,"events":"# + events + "}}}"
    }

    static let actions: [(String, Actor, Action)] = [
        (#"{"startSegment":{"_0":0}}"#, .host, .startSegment(0)),
        (#"{"startTieBreak":{"segment":5,"teams":[3,6]}}"#, .host, .startTieBreak(segment: 5, teams: [3, 6])),
        (#"{"showQuestion":{}}"#, .host, .showQuestion(id: nil)),
        (#"{"showQuestion":{"id":"Q7"}}"#, .host, .showQuestion(id: "Q7")),
        (#"{"nextTurn":{}}"#, .host, .nextTurn),
        (#"{"rule":{"_0":"wrong"}}"#, .judge(1), .rule(.wrong)),
        (
            #"{"correctScore":{"delta":15,"reason":"复核","team":3}}"#, .host,
            .correctScore(team: 3, delta: 15, reason: "复核")
        ),
        (#"{"scoreEssay":{"score":17.5,"team":1}}"#, .judge(2), .scoreEssay(team: 1, score: Points(hundredths: 1750))),
        (#"{"answer":{"_0":{"choices":{"_0":[1,2]}}}}"#, .team(1, seat: 1), .answer(.choices([1, 2]))),
        (#"{"answer":{"_0":{"truth":{"_0":true}}}}"#, .team(1, seat: 1), .answer(.truth(true))),
        (#"{"answer":{"_0":{"text":{"_0":"人民"}}}}"#, .team(1, seat: 1), .answer(.text("人民"))),
        (#"{"pickTier":{"_0":2}}"#, .team(8, seat: 1), .pickTier(2)),
        (#"{"onBehalf":{"_1":{"pickTier":{"_0":1}},"team":4}}"#, .host, .onBehalf(team: 4, .pickTier(1))),
        (#"{"tick":{}}"#, .system, .tick),
    ]

    static func actorJSON(_ actor: Actor) -> String {
        switch actor {
        case .host: #"{"host":{}}"#
        case .judge(let number): #"{"judge":{"_0":\#(number)}}"#
        case .team(let team, let seat): #"{"team":{"_0":\#(team),"seat":\#(seat)}}"#
        case .system: #"{"system":{}}"#
        }
    }

    @Test(arguments: actions)
    func aFormatOneEntryReadsAsTheSameCommand(action json: String, actor: Actor, action: Action) throws {
        let text = Self.entry(Self.actorJSON(actor), json)
        let record = try JournalRecord(payload: Array(text.utf8), version: 1)
        #expect(record == .entry(JournalEntry(at: 5, actor: actor, action: action, events: [])))
    }

    static let events: [(String, Event)] = [
        (#"{"segmentStarted":{"order":[1,2],"segment":0}}"#, .segmentStarted(segment: 0, order: [1, 2])),
        (
            #"{"questionShown":{"question":"Q","team":1}}"#,
            .questionShown(question: "Q", team: 1, tier: nil, deadline: nil)
        ),
        (
            #"{"answerRuled":{"by":{"automatic":{}},"question":"Q","team":1,"verdict":"correct"}}"#,
            .answerRuled(team: 1, question: "Q", verdict: .correct, by: .automatic)
        ),
        (
            #"{"answerRuled":{"by":{"judge":{"_0":2}},"question":"Q","team":1,"verdict":"wrong"}}"#,
            .answerRuled(team: 1, question: "Q", verdict: .wrong, by: .judge(2))
        ),
        (
            #"{"pointsAwarded":{"entry":{"at":3,"delta":-5,"reason":{"falseStart":{"question":"Q"}},"segment":1,"team":8}}}"#,
            .pointsAwarded(entry: ScoreEntry(team: 8, delta: -5, reason: .falseStart(question: "Q"), segment: 1, at: 3))
        ),
        (
            #"{"pointsAwarded":{"entry":{"at":3,"delta":10,"reason":{"sweepBonus":{}},"segment":2,"team":1}}}"#,
            .pointsAwarded(entry: ScoreEntry(team: 1, delta: 10, reason: .sweepBonus, segment: 2, at: 3))
        ),
        (
            #"{"pointsAwarded":{"entry":{"at":3,"delta":15,"reason":{"correction":{"reason":"复核"}},"team":3}}}"#,
            .pointsAwarded(
                entry: ScoreEntry(team: 3, delta: 15, reason: .correction(reason: "复核"), segment: nil, at: 3))
        ),
        (
            #"{"questionClosed":{"outcome":{"answered":{"_0":5}},"question":"Q"}}"#,
            .questionClosed(question: "Q", outcome: .answered(5))
        ),
        (
            #"{"questionClosed":{"outcome":{"voided":{}},"question":"Q"}}"#,
            .questionClosed(question: "Q", outcome: .voided)
        ),
        (
            #"{"answerSubmitted":{"answer":{"text":{"_0":"x"}},"seat":2,"team":3}}"#,
            .answerSubmitted(team: 3, seat: 2, answer: .text("x"))
        ),
        (#"{"turnEnded":{"reason":"timeUp","team":1}}"#, .turnEnded(team: 1, reason: .timeUp)),
        (#"{"clockExpired":{"until":9}}"#, .clockExpired(until: 9)),
        (#"{"clockExpired":{}}"#, .clockExpired(until: nil)),
        (#"{"rulingUndone":{}}"#, .rulingUndone),
        (#"{"contestFinished":{}}"#, .contestFinished),
    ]

    @Test(arguments: events)
    func aFormatOneEventReadsAsTheSameEvent(json: String, event: Event) throws {
        let text = Self.entry(#"{"host":{}}"#, #"{"nextTurn":{}}"#, "[\(json)]")
        let record = try JournalRecord(payload: Array(text.utf8), version: 1)
        #expect(record == .entry(JournalEntry(at: 5, actor: .host, action: .nextTurn, events: [event])))
    }

    @Test func aFormatOneHeaderKeepsItsVersionAndDigests() throws {
        let text =
            #"{"header":{"_0":{"bankDigest":"b","configDigest":"c","createdAt":7,"title":"决赛","version":1}}}"#
        let record = try JournalRecord(payload: Array(text.utf8), version: 1)
        #expect(
            record
                == .header(
                    JournalHeader(protocolVersion: 1, title: "决赛", configDigest: "c", bankDigest: "b", createdAt: 7)))
    }

    @Test func aFormatOneRecordIsRefusedInAFormatTwoJournal() {
        let text = Self.entry(#"{"host":{}}"#, #"{"nextTurn":{}}"#)
        #expect(throws: ProtocolDecodingError.self) { try JournalRecord(payload: Array(text.utf8), version: 2) }
    }
}
