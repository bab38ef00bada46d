import Foundation
import Testing

/// The host's list of who is connected stays small however many screens join.
@Suite(.serialized) struct PresenceEndToEndTests {
    @Test func screensJoiningAreCountedNotListedAndCostTheHostBytesLinearInTheJoins() throws {
        let hall = try Hall(screens: 0)
        let joins = 300
        // One at a time, each welcomed before the next: every join is a loop pass of its own.
        let screens = try (0..<joins).map { _ in
            let client = try NDJSONClient(port: hall.server.port)
            try Hall.expectWelcome(client.hello("screen"))
            return client
        }
        var bytes = 0
        var listedScreens = 0
        var counted = -1
        var officials: [String: Int] = [:]
        while counted != joins {
            guard let text = try hall.host.receiveText() else { throw TestFailure("the server closed the host") }
            let message = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            guard message["type"] as? String == "presence" else { continue }
            bytes += text.utf8.count
            let clients = message["clients"] as? [[String: Any]] ?? []
            listedScreens += clients.filter { $0["role"] as? String == "screen" }.count
            officials = Dictionary(grouping: clients.compactMap { $0["role"] as? String }, by: { $0 }).mapValues(
                \.count)
            counted = message["screens"] as? Int ?? -1
        }
        #expect(listedScreens == 0)
        #expect(officials == ["host": 1, "judge": 3, "team": 8])
        // Listing every screen at every join would send about 3 MB here, and a message per join
        // about 250 KB; counted, and at most four times a second, a few KB.
        #expect(bytes < joins * 200, "\(bytes) bytes of presence for \(joins) joins")
        withExtendedLifetime(screens) {}
    }
}
