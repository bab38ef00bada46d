import ContestCore
import Foundation
import Testing

@testable import ContestServer

@Suite struct ServerMessageEncoderTests {
    static func encodedOnce(_ message: ServerMessage) -> String {
        var encoder = ServerMessageEncoder()
        return String(decoding: encoder.encode(message), as: UTF8.self)
    }

    static let exact: [(ServerMessage, String)] = [
        (.ack(id: nil, events: []), #"{"events":[],"seq":1,"type":"ack"}"#),
        (
            .ack(id: "b1", events: [.buzzRecorded(team: 3, seat: 2, falseStart: false), .paused]),
            #"{"events":[{"buzzRecorded":{"falseStart":false,"seat":2,"team":3}},{"paused":{}}],"#
                + #""id":"b1","seq":1,"type":"ack"}"#
        ),
        // Points go out as the number a person reads; every payload field has a name.
        (
            .ack(
                id: "c2",
                events: [
                    .pointsAwarded(
                        entry: ScoreEntry(
                            team: 3, delta: Points(hundredths: -250), reason: .correction(reason: "迟到"), segment: nil,
                            at: 6))
                ]),
            #"{"events":[{"pointsAwarded":{"entry":{"at":6,"delta":-2.5,"reason":{"correction":{"reason":"迟到"}},"team":3}}}],"#
                + #""id":"c2","seq":1,"type":"ack"}"#
        ),
        (
            .rejected(id: "b2", code: "notArmed", message: "还没有开始抢答"),
            #"{"code":"notArmed","id":"b2","message":"还没有开始抢答","seq":1,"type":"rejected"}"#
        ),
        (
            .rejected(id: nil, code: "wrongPhase", message: #"a/b "quoted""#),
            #"{"code":"wrongPhase","message":"a/b \"quoted\"","seq":1,"type":"rejected"}"#
        ),
        (
            .error(.helloRequired, message: "Send hello with your role first"),
            #"{"code":"helloRequired","message":"Send hello with your role first","seq":1,"type":"error"}"#
        ),
        (
            .error(.badToken, message: "令牌不正确，连接将关闭"),
            #"{"code":"badToken","message":"令牌不正确，连接将关闭","seq":1,"type":"error"}"#
        ),
        (.pong(id: "p1"), #"{"id":"p1","seq":1,"type":"pong"}"#),
        (.pong(id: nil), #"{"seq":1,"type":"pong"}"#),
        (.presence([]), #"{"clients":[],"seq":1,"type":"presence"}"#),
        (
            .presence([
                Presence(role: .host, team: nil, seat: nil, judge: nil, peer: "127.0.0.1:50000", transport: "ndjson"),
                Presence(role: .judge, team: nil, seat: nil, judge: 2, peer: "10.0.0.9:40000", transport: "ndjson"),
                Presence(
                    role: .team, team: 3, seat: 2, judge: nil, peer: "10.0.0.5:50122", transport: "websocket"),
            ]),
            #"{"clients":[{"peer":"127.0.0.1:50000","role":"host","transport":"ndjson"},"#
                + #"{"judge":2,"peer":"10.0.0.9:40000","role":"judge","transport":"ndjson"},"#
                + #"{"peer":"10.0.0.5:50122","role":"team","seat":2,"team":3,"transport":"websocket"}],"#
                + #""seq":1,"type":"presence"}"#
        ),
    ]

    @Test(arguments: exact)
    func aMessageEncodesToExactlyTheseBytes(message: ServerMessage, json: String) {
        #expect(Self.encodedOnce(message) == json)
    }

    @Test func sequenceNumbersGoUpByOnePerMessageWhateverItsType() throws {
        var encoder = ServerMessageEncoder()
        #expect(encoder.nextSequence == 1)
        let messages: [ServerMessage] = [
            .pong(id: nil), .ack(id: "a", events: []), .state(.public(PublicView(ServerFixture.contest(), now: 0))),
            .error(.badMessage, message: "x"), .presence([]),
        ]
        let sequences = try messages.map { message in
            let object = try JSONSerialization.jsonObject(with: Data(encoder.encode(message))) as? [String: Any]
            return object?["seq"] as? Int
        }
        #expect(sequences == [1, 2, 3, 4, 5])
        #expect(encoder.nextSequence == 6)
    }

    /// A state frame puts the view's one key beside `seq` and `type`; the welcome nests it in `view`.
    @Test func aStateFrameCarriesTheRoleViewAtTheTopLevel() throws {
        let state = ServerFixture.contest()
        let encoded = Self.encodedOnce(.state(.host(HostView(state, now: 0))))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["host", "seq", "type"])
        #expect(object["type"] as? String == "state")
        #expect((object["host"] as? [String: Any])?["view"] != nil)
    }

    @Test func aWelcomeCarriesItsFieldsBesideSequenceAndType() throws {
        let state = ServerFixture.contest()
        let welcome = Welcome(
            role: .team, team: 3, teamName: "第3队", seat: 2, lang: "en", serverTime: 1_000,
            view: .public(PublicView(state, now: 1_000)))
        let encoded = Self.encodedOnce(.welcome(welcome))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == ["lang", "public", "role", "seat", "seq", "serverTime", "team", "teamName", "type"])
        #expect(object["type"] as? String == "welcome")
        #expect(object["team"] as? Int == 3)
        #expect(object["serverTime"] as? Int == 1_000)
        #expect((object["public"] as? [String: Any])?["scoreboard"] != nil)
    }

    static let everyKind: [(ServerMessage, Bool)] = [
        (.welcome(Welcome(role: .screen, lang: "zh-CN", serverTime: 0, view: .public(view))), false),
        (.state(.public(view)), true),
        (.state(.host(HostView(ServerFixture.contest(), now: 0))), true),
        (.ack(id: nil, events: []), false),
        (.rejected(id: nil, code: "notAllowed", message: ""), false),
        (.error(.badMessage, message: ""), false),
        (.pong(id: nil), false),
        (.presence([]), false),
    ]
    static let view = PublicView(ServerFixture.contest(), now: 0)

    @Test(arguments: everyKind)
    func onlyAStateFrameIsSupersedable(message: ServerMessage, supersedable: Bool) {
        #expect(message.isSupersedable == supersedable)
    }
}
