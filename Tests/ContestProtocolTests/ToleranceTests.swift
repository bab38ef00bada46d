import ContestCore
import ContestProtocol
import Foundation
import Testing

/// An older console reading a newer server: what it does not know is skipped, never fatal.
@Suite struct ToleranceTests {
    static func decode(_ text: String) throws(ProtocolDecodingError) -> ServerEnvelope {
        try ServerEnvelope(jsonText: Array(text.utf8))
    }

    @Test func aMessageOfAnUnknownTypeIsUnknownNotAnError() throws {
        #expect(
            try Self.decode(#"{"type":"examTick","seq":4,"left":3}"#)
                == ServerEnvelope(seq: 4, message: .unknown(type: "examTick")))
    }

    @Test func anAckSkipsEventsOfUnknownKindsAndKeepsTheRest() throws {
        let text =
            #"{"type":"ack","seq":2,"id":"b1","events":[{"type":"buzzRecorded","team":1,"seat":1,"falseStart":false},{"type":"laterEvent","x":1}]}"#
        #expect(
            try Self.decode(text)
                == ServerEnvelope(
                    seq: 2, message: .ack(id: "b1", events: [.buzzRecorded(team: 1, seat: 1, falseStart: false)])))
    }

    @Test func aViewWithAnUnknownOutcomeStageOrQuestionTypeShowsTheRest() throws {
        let text =
            #"{"type":"state","seq":9,"public":{"title":"决赛","stage":"intermission","paused":false,"#
            + #""outcome":{"type":"shared","teams":[1,2]},"question":{"id":"Q","type":"oral","stem":"?"},"#
            + #""buzzes":[{"team":1,"name":"一队","marginText":"+0.00 ms"},{"team":2,"name":"二队","marginText":"x","round":"r"}],"#
            + #""scoreboard":[],"future":{"anything":[1]}}}"#
        do throws(ProtocolDecodingError) {
            _ = try Self.decode(text)
            Issue.record("a buzz line with a round of the wrong kind is malformed, not unknown")
        } catch {
            #expect(!error.isUnknownType)
        }
        let fine = text.replacingOccurrences(of: #","round":"r""#, with: "")
        guard case .state(.public(let view)) = try Self.decode(fine).message else {
            Issue.record("expected a public state")
            return
        }
        #expect(view.title == "决赛")
        #expect(view.stage == .notStarted)
        #expect(view.outcome == nil)
        #expect(view.question == nil)
        #expect(view.buzzes.map(\.team) == [1, 2])
    }

    @Test func anErrorWithAnUnknownCodeKeepsItsMessage() throws {
        #expect(
            try Self.decode(#"{"type":"error","seq":1,"code":"examClosed","message":"考试已结束"}"#)
                == ServerEnvelope(seq: 1, message: .error(.unknown, message: "考试已结束")))
    }

    @Test func aMalformedMessageIsAnErrorNamingTheField() {
        do throws(ProtocolDecodingError) {
            _ = try Self.decode(#"{"type":"rejected","seq":1,"code":5}"#)
            Issue.record("must not decode")
        } catch {
            #expect(error.message(.english) == "field code: expected string, found number")
            #expect(error.message(.chinese) == "字段 code：类型不对，应为 string，却是 number")
        }
    }
}
