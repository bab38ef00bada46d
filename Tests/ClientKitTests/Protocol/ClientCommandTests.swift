import ClientKit
import Foundation
import Testing

@Test(arguments: [
    (
        ClientCommand.hello(role: "team", token: "BU5CJ6C64C", seat: 2, lang: "zh-CN"),
        #"{"lang":"zh-CN","role":"team","seat":2,"token":"BU5CJ6C64C","type":"hello"}"#
    ),
    (.hello(role: "screen", token: nil, seat: nil, lang: "zh-CN"), #"{"lang":"zh-CN","role":"screen","type":"hello"}"#),
    (.startSegment(1), #"{"segment":1,"type":"startSegment"}"#),
    (.startTieBreak(segment: 5, teams: [3, 6]), #"{"segment":5,"teams":[3,6],"type":"startTieBreak"}"#),
    (.endSegment, #"{"type":"endSegment"}"#), (.finishContest, #"{"type":"finishContest"}"#),
    (.showQuestion(nil), #"{"type":"showQuestion"}"#),
    (.showQuestion("P1-010"), #"{"question":"P1-010","type":"showQuestion"}"#),
    (.armBuzzers, #"{"type":"armBuzzers"}"#), (.nextTurn, #"{"type":"nextTurn"}"#),
    (.revealAnswer, #"{"type":"revealAnswer"}"#), (.void, #"{"type":"void"}"#), (.pause, #"{"type":"pause"}"#),
    (.resume, #"{"type":"resume"}"#), (.undo, #"{"type":"undo"}"#),
    (
        .correctScore(team: 3, delta: -2.5, reason: "读错题号"),
        #"{"delta":-2.5,"reason":"读错题号","team":3,"type":"correctScore"}"#
    ),
    (.correctScore(team: 8, delta: 10.0, reason: "补分"), #"{"delta":10,"reason":"补分","team":8,"type":"correctScore"}"#),
    (.correctScore(team: 1, delta: 0.1, reason: "x"), #"{"delta":0.1,"reason":"x","team":1,"type":"correctScore"}"#),
    (
        .correctScore(team: 3, delta: 2.3, reason: #"读错 / Q7 "B""#),
        #"{"delta":2.3,"reason":"读错 \/ Q7 \"B\"","team":3,"type":"correctScore"}"#
    ),
    (.rule(correct: true), #"{"type":"rule","verdict":"correct"}"#),
    (.rule(correct: false), #"{"type":"rule","verdict":"wrong"}"#),
    (.scoreEssay(team: 4, score: 17.5), #"{"score":17.5,"team":4,"type":"scoreEssay"}"#),
    (.scoreEssay(team: 4, score: 17.67), #"{"score":17.67,"team":4,"type":"scoreEssay"}"#),
    (.team(.buzz, forTeam: nil), #"{"type":"buzz"}"#), (.team(.skip, forTeam: 3), #"{"team":3,"type":"skip"}"#),
    (.team(.climb, forTeam: nil), #"{"type":"climb"}"#), (.team(.stop, forTeam: nil), #"{"type":"stop"}"#),
    (.team(.decline, forTeam: nil), #"{"type":"decline"}"#),
    (.team(.pickTier(1), forTeam: nil), #"{"tier":1,"type":"pickTier"}"#),
    (.team(.choices([0, 2]), forTeam: nil), #"{"choices":[0,2],"type":"answer"}"#),
    (.team(.choices([]), forTeam: 5), #"{"choices":[],"team":5,"type":"answer"}"#),
    (.team(.truth(true), forTeam: 2), #"{"team":2,"truth":true,"type":"answer"}"#),
    (.team(.truth(false), forTeam: nil), #"{"truth":false,"type":"answer"}"#),
    (.team(.text("人民\n群众 first"), forTeam: nil), #"{"text":"人民\n群众 first","type":"answer"}"#),
])
func clientCommandIsOneLineOfSortedJSON(command: ClientCommand, json: String) throws {
    #expect(command.json() == json)
    let withID = command.json(id: "h7")
    #expect(!withID.contains("\n"))
    let object = try #require(JSONSerialization.jsonObject(with: Data(withID.utf8)) as? [String: Any])
    #expect(object["id"] as? String == "h7")
    #expect(withID.replacingOccurrences(of: #""id":"h7","#, with: "") == json)
}

@Test func clientCommandPutsTheIDInKeyOrder() {
    #expect(ClientCommand.undo.json(id: "h7") == #"{"id":"h7","type":"undo"}"#)
    #expect(ClientCommand.team(.buzz, forTeam: nil).json(id: "t1") == #"{"id":"t1","type":"buzz"}"#)
    #expect(
        ClientCommand.team(.choices([0, 2]), forTeam: nil).json(id: "t3")
            == #"{"choices":[0,2],"id":"t3","type":"answer"}"#)
    #expect(
        ClientCommand.hello(role: "host", token: "AH9FPHFBH4", seat: nil, lang: "zh-CN").json(id: "1")
            == #"{"id":"1","lang":"zh-CN","role":"host","token":"AH9FPHFBH4","type":"hello"}"#)
}
