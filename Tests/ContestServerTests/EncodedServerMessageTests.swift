import ContestCore
import ContestProtocol
import Foundation
import Testing

@testable import ContestServer

@Suite struct EncodedServerMessageTests {
    static func encodedOnce(_ message: ServerMessage) -> String {
        String(decoding: EncodedServerMessage(message).text(seq: 1), as: UTF8.self)
    }

    static let exact: [(ServerMessage, String)] = [
        (.ack(id: nil, events: []), #"{"type":"ack","seq":1,"events":[]}"#),
        (
            .ack(id: "b1", events: [.buzzRecorded(team: 3, seat: 2, falseStart: false), .paused]),
            #"{"type":"ack","seq":1,"id":"b1","events":[{"type":"buzzRecorded","team":3,"seat":2,"falseStart":false},"#
                + #"{"type":"paused"}]}"#
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
            #"{"type":"ack","seq":1,"id":"c2","events":[{"type":"pointsAwarded","entry":{"team":3,"delta":-2.5,"#
                + #""reason":{"type":"correction","reason":"迟到"},"at":6}}]}"#
        ),
        (
            .rejected(id: "b2", code: "notArmed", message: "还没有开始抢答"),
            #"{"type":"rejected","seq":1,"id":"b2","code":"notArmed","message":"还没有开始抢答"}"#
        ),
        (
            .rejected(id: nil, code: "wrongPhase", message: #"a/b "quoted""#),
            #"{"type":"rejected","seq":1,"code":"wrongPhase","message":"a/b \"quoted\""}"#
        ),
        (
            .error(.helloRequired, message: "Send hello with your role first"),
            #"{"type":"error","seq":1,"code":"helloRequired","message":"Send hello with your role first"}"#
        ),
        (
            .error(.badToken, message: "令牌不正确，连接将关闭"),
            #"{"type":"error","seq":1,"code":"badToken","message":"令牌不正确，连接将关闭"}"#
        ),
        (.pong(id: "p1"), #"{"type":"pong","seq":1,"id":"p1"}"#),
        (.pong(id: nil), #"{"type":"pong","seq":1}"#),
        (.presence([], screens: 0), #"{"type":"presence","seq":1,"clients":[],"screens":0}"#),
        (
            .presence(
                [
                    Presence(
                        role: .host, team: nil, seat: nil, judge: nil, peer: "127.0.0.1:50000", transport: "ndjson"),
                    Presence(role: .judge, team: nil, seat: nil, judge: 2, peer: "10.0.0.9:40000", transport: "ndjson"),
                    Presence(
                        role: .team, team: 3, seat: 2, judge: nil, peer: "10.0.0.5:50122", transport: "websocket"),
                ], screens: 1200),
            #"{"type":"presence","seq":1,"clients":[{"role":"host","peer":"127.0.0.1:50000","transport":"ndjson"},"#
                + #"{"role":"judge","judge":2,"peer":"10.0.0.9:40000","transport":"ndjson"},"#
                + #"{"role":"team","team":3,"seat":2,"peer":"10.0.0.5:50122","transport":"websocket"}],"screens":1200}"#
        ),
    ]

    @Test(arguments: exact)
    func aMessageEncodesToExactlyTheseBytes(message: ServerMessage, json: String) {
        #expect(Self.encodedOnce(message) == json)
    }

    /// One encoding, numbered by each connection: the head and tail around `seq` are shared bytes.
    @Test(arguments: [UInt64(1), 9, 10, 123_456_789_012])
    func aMessageEncodedOnceCarriesEachConnectionsOwnNumber(seq: UInt64) throws {
        for message in Self.everyKind.map(\.0) {
            let encoded = EncodedServerMessage(message)
            #expect(encoded.text(seq: seq) == JSONWriter.encode(ServerEnvelope(seq: seq, message: message)))
            #expect(encoded.lineTail == encoded.tail + [0x0A])
            #expect(encoded.supersedable == message.isSupersedable)
        }
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
        var welcome = Welcome(
            role: .team, lang: .english, serverTime: 1_000, view: .public(PublicView(state, now: 1_000)))
        (welcome.team, welcome.teamName, welcome.seat) = (3, "第3队", 2)
        let encoded = Self.encodedOnce(.welcome(welcome))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(encoded.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "lang", "protocolVersion", "public", "role", "seat", "seq", "serverTime", "team", "teamName", "type",
            ])
        #expect(object["protocolVersion"] as? Int == 2)
        #expect(object["type"] as? String == "welcome")
        #expect(object["team"] as? Int == 3)
        #expect(object["serverTime"] as? Int == 1_000)
        #expect((object["public"] as? [String: Any])?["scoreboard"] != nil)
    }

    static let everyKind: [(ServerMessage, Bool)] = [
        (.welcome(Welcome(role: .screen, lang: .chinese, serverTime: 0, view: .public(view))), false),
        (.state(.public(view)), true),
        (.state(.host(HostView(ServerFixture.contest(), now: 0))), true),
        (.ack(id: nil, events: []), false),
        (.rejected(id: nil, code: "notAllowed", message: ""), false),
        (.error(.badMessage, message: ""), false),
        (.pong(id: nil), false),
        (.presence([], screens: 0), false),
    ]
    static let view = PublicView(ServerFixture.contest(), now: 0)

    @Test(arguments: everyKind)
    func onlyAStateFrameIsSupersedable(message: ServerMessage, supersedable: Bool) {
        #expect(message.isSupersedable == supersedable)
    }
}
