import ContestCore
import ContestProtocol
import Testing

/// Every event's exact JSON, and that reading it back gives the same event.
@Suite struct EventCodingTests {
    static let events: [(Event, String)] = [
        (.segmentStarted(segment: 0, order: [2, 1]), #"{"type":"segmentStarted","segment":0,"order":[2,1]}"#),
        (.segmentEnded(segment: 3), #"{"type":"segmentEnded","segment":3}"#),
        (.contestFinished, #"{"type":"contestFinished"}"#),
        (.turnStarted(team: 4, deadline: 90), #"{"type":"turnStarted","team":4,"deadline":90}"#),
        (.turnStarted(team: 4, deadline: nil), #"{"type":"turnStarted","team":4}"#),
        (.turnEnded(team: 4, reason: .relayBroken), #"{"type":"turnEnded","team":4,"reason":"relayBroken"}"#),
        (
            .questionShown(question: "Q1", team: 2, tier: 1, deadline: 5),
            #"{"type":"questionShown","question":"Q1","team":2,"tier":1,"deadline":5}"#
        ),
        (
            .questionShown(question: "Q1", team: nil, tier: nil, deadline: nil),
            #"{"type":"questionShown","question":"Q1"}"#
        ),
        (.buzzersArmed(deadline: 15_000_000), #"{"type":"buzzersArmed","deadline":15000000}"#),
        (
            .buzzRecorded(team: 8, seat: 1, falseStart: true),
            #"{"type":"buzzRecorded","team":8,"seat":1,"falseStart":true}"#
        ),
        (
            .answerRightGranted(team: 2, seat: 3, deadline: 7),
            #"{"type":"answerRightGranted","team":2,"seat":3,"deadline":7}"#
        ),
        (
            .answerSubmitted(team: 1, seat: 2, answer: .choices([0, 3])),
            #"{"type":"answerSubmitted","team":1,"seat":2,"answer":{"type":"choices","choices":[0,3]}}"#
        ),
        (
            .answerSubmitted(team: 1, seat: 2, answer: .truth(false)),
            #"{"type":"answerSubmitted","team":1,"seat":2,"answer":{"type":"truth","truth":false}}"#
        ),
        (
            .answerSubmitted(team: 1, seat: 2, answer: .text("一窗\n受理")),
            #"{"type":"answerSubmitted","team":1,"seat":2,"answer":{"type":"text","text":"一窗\n受理"}}"#
        ),
        (
            .answerRuled(team: 5, question: "Q2", verdict: .correct, by: .judge(1)),
            #"{"type":"answerRuled","team":5,"question":"Q2","verdict":"correct","by":{"type":"judge","judge":1}}"#
        ),
        (
            .answerRuled(team: 5, question: "Q2", verdict: .wrong, by: .overtime),
            #"{"type":"answerRuled","team":5,"question":"Q2","verdict":"wrong","by":{"type":"overtime"}}"#
        ),
        (
            .pointsAwarded(
                entry: ScoreEntry(
                    team: 3, delta: Points(hundredths: 1767), reason: .essay(question: "E1"), segment: 4, at: 9)),
            #"{"type":"pointsAwarded","entry":{"team":3,"delta":17.67,"reason":{"type":"essay","question":"E1"},"segment":4,"at":9}}"#
        ),
        (
            .pointsAwarded(entry: ScoreEntry(team: 3, delta: -5, reason: .sweepBonus, segment: nil, at: 9)),
            #"{"type":"pointsAwarded","entry":{"team":3,"delta":-5,"reason":{"type":"sweepBonus"},"at":9}}"#
        ),
        (
            .questionClosed(question: "Q3", outcome: .answered(7)),
            #"{"type":"questionClosed","question":"Q3","outcome":{"type":"answered","team":7}}"#
        ),
        (
            .questionClosed(question: "Q3", outcome: .noBuzz),
            #"{"type":"questionClosed","question":"Q3","outcome":{"type":"noBuzz"}}"#
        ),
        (.questionSkipped(question: "Q4"), #"{"type":"questionSkipped","question":"Q4"}"#),
        (.questionVoided(question: "Q4"), #"{"type":"questionVoided","question":"Q4"}"#),
        (.answerRevealed(question: "Q4"), #"{"type":"answerRevealed","question":"Q4"}"#),
        (
            .essayScoreSubmitted(judge: 2, team: 6, score: Points(hundredths: 1850)),
            #"{"type":"essayScoreSubmitted","judge":2,"team":6,"score":18.5}"#
        ),
        (.tieBreakPlaced(team: 3), #"{"type":"tieBreakPlaced","team":3}"#),
        (.clockExpired(until: 12), #"{"type":"clockExpired","until":12}"#),
        (.clockExpired(until: nil), #"{"type":"clockExpired"}"#),
        (.paused, #"{"type":"paused"}"#),
        (.resumed, #"{"type":"resumed"}"#),
        (.rulingUndone, #"{"type":"rulingUndone"}"#),
    ]

    @Test(arguments: events)
    func anEventHasExactlyThisJSONAndReadsBack(event: Event, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(event), as: UTF8.self) == json)
        #expect(try Event(jsonText: Array(json.utf8)) == event)
    }

    static let actions: [(Action, Actor, String)] = [
        (.startSegment(2), .host, #"{"type":"startSegment","segment":2}"#),
        (.startTieBreak(segment: 5, teams: [3, 6]), .host, #"{"type":"startTieBreak","segment":5,"teams":[3,6]}"#),
        (.showQuestion(id: nil), .host, #"{"type":"showQuestion"}"#),
        (
            .correctScore(team: 3, delta: 15, reason: "仲裁组复核"), .host,
            #"{"type":"correctScore","team":3,"delta":15,"reason":"仲裁组复核"}"#
        ),
        (.rule(.wrong), .judge(1), #"{"type":"rule","verdict":"wrong"}"#),
        (.scoreEssay(team: 1, score: 18), .judge(5), #"{"type":"scoreEssay","team":1,"score":18}"#),
        (.answer(.choices([1])), .team(1, seat: 2), #"{"type":"answer","choices":[1]}"#),
        (.onBehalf(team: 4, .pickTier(1)), .host, #"{"type":"pickTier","tier":1,"team":4}"#),
        (.onBehalf(team: 4, .answer(.text("口述"))), .host, #"{"type":"answer","text":"口述","team":4}"#),
        (.tick, .system, #"{"type":"tick"}"#),
    ]

    @Test(arguments: actions)
    func aJournalEntryKeepsTheActionAsClientsSendItAndTheActor(action: Action, actor: Actor, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(action), as: UTF8.self) == json)
        let entry = JournalEntry(at: 1, actor: actor, action: action, events: [.paused])
        let record = JournalRecord.entry(entry)
        #expect(try JournalRecord(payload: JSONWriter.encode(record), version: 2) == record)
    }

    static let actors: [(Actor, String)] = [
        (.host, #"{"type":"host"}"#), (.judge(3), #"{"type":"judge","judge":3}"#),
        (.team(2, seat: 1), #"{"type":"team","team":2,"seat":1}"#), (.system, #"{"type":"system"}"#),
    ]

    @Test(arguments: actors)
    func actorsAreTaggedObjects(actor: Actor, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(actor), as: UTF8.self) == json)
        #expect(try Actor(jsonText: Array(json.utf8)) == actor)
    }

    @Test(arguments: [
        #"{"type":"renamedLater"}"#, #"{"type":"questionClosed","question":"Q","outcome":{"type":"maybe"}}"#,
        #"{"type":"answerRuled","team":1,"question":"Q","verdict":"correct","by":{"type":"robot"}}"#,
    ])
    func aJournalEventOfAnUnknownKindIsAnErrorNamingIt(json: String) {
        #expect(
            performing: { try Event(jsonText: Array(json.utf8)) },
            throws: { ($0 as? ProtocolDecodingError)?.isUnknownType == true })
    }
}
