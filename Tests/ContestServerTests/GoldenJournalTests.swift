import ContestCore
import ContestProtocol
import Foundation
import QuestionBank
import Testing

@testable import ContestServer

/// Every committed golden journal (Tests/Golden) replays with today's code to the final it recorded.
///
/// A change that cannot read a journal written by an earlier release fails here: renaming an event
/// case, a field, or changing how a fold treats an old event.
@Suite struct GoldenJournalTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let versions = [1, 2]

    /// A golden folder's contest, loaded the way the server loads a contest file and its banks.
    static func contest(_ version: Int) throws -> (state: ContestState, folder: URL) {
        let folder = root.appendingPathComponent("v\(version)")
        let data = try Data(contentsOf: folder.appendingPathComponent("contest.json"))
        let config = try JSONDecoder().decode(ContestConfig.self, from: data)
        let questions = try config.banks.flatMap { bank in
            let loaded = BankLoader.load(path: folder.appendingPathComponent(bank).path)
            try #require(loaded.isValid, "\(bank) must load")
            return loaded.bank.questions
        }
        return (ContestState(config: config, bank: questions), folder)
    }

    /// The standings and awards as `final-v*.txt` writes them.
    static func summary(_ state: ContestState, entries: Int) -> String {
        let lines = state.scoreboard.standings.map {
            let segments = $0.bySegment.map(\.description).joined(separator: ",")
            return "\($0.rank)\t\($0.team)\t\($0.name)\t\($0.total)\t\(segments)\t\($0.corrections)"
        }
        let awards = state.awards.lines.map { "\($0.team)\t\($0.award ?? "-")" }
        return (lines + [""] + awards + ["", "entries \(entries)"]).joined(separator: "\n")
    }

    @Test(arguments: versions)
    func theGoldenJournalReplaysToTheFinalItRecorded(version: Int) throws {
        let (fresh, folder) = try Self.contest(version)
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("journal.qcj")))
        let expected = try String(contentsOf: folder.appendingPathComponent("final-v\(version).txt"), encoding: .utf8)
        let recovered = try JournalReplay.replay(
            bytes, path: "v\(version)/journal.qcj", onto: fresh,
            expecting: JournalReplay.header(for: fresh, createdAt: 0)
        ).get()
        #expect(recovered.version == version)
        #expect(recovered.tornBytes == 0)
        #expect(Self.summary(recovered.state, entries: recovered.entries) == expected)
        #expect(recovered.state.game.phase == .finished)
    }

    /// A format-1 journal resumed by this server goes on in format 2 and still replays whole.
    @Test func aFormatOneJournalContinuedInFormatTwoReplaysToTheSameFinal() throws {
        let (fresh, folder) = try Self.contest(1)
        let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("journal.qcj")))
        let payloads = try JournalRecordFormat.scan(bytes).get().payloads
        let resumed = try payloads.enumerated().flatMap { index, payload in
            index < 100
                ? JournalRecordFormat.frame(payload)
                : JournalRecordFormat.frame(
                    JournalCoding.encode(try JournalRecord(payload: payload, version: 1)))
        }
        let expect = JournalReplay.header(for: fresh, createdAt: 0)
        let original = try JournalReplay.replay(bytes, path: "v1", onto: fresh, expecting: expect).get()
        let mixed = try JournalReplay.replay(resumed, path: "mixed", onto: fresh, expecting: expect).get()
        #expect(mixed.entries == original.entries)
        #expect(mixed.state == original.state)
        #expect(mixed.version == 1)
    }

    /// The script played today reaches the same final, and its journal is the committed current one.
    @Test func theScriptPlayedTodayWritesTheCurrentGoldenJournalByteForByte() throws {
        let (fresh, folder) = try Self.contest(ProtocolVersion.current)
        let played = GoldenFinal.play(fresh)
        let bytes = played.records.flatMap { JournalRecordFormat.frame(JournalCoding.encode($0)) }
        if let target = ProcessInfo.processInfo.environment["QUIZ_WRITE_GOLDEN"] {
            try Data(bytes).write(to: URL(fileURLWithPath: target).appendingPathComponent("journal.qcj"))
            try Self.summary(played.hub.state, entries: played.records.count - 1)
                .write(
                    to: URL(fileURLWithPath: target).appendingPathComponent("final-v\(ProtocolVersion.current).txt"),
                    atomically: true, encoding: .utf8)
        }
        #expect(bytes == Array(try Data(contentsOf: folder.appendingPathComponent("journal.qcj"))))
    }

    /// Every message of a whole final, in every role's view: tagged objects only, never Swift's
    /// synthesized `_0` nor an empty object standing for a case without payload.
    @Test func noMessageOfAWholeFinalCarriesUnderscoreFieldsOrEmptyCasePayloads() throws {
        let (fresh, _) = try Self.contest(ProtocolVersion.current)
        let played = GoldenFinal.play(fresh)
        let texts =
            (played.replies.map { EncodedServerMessage($0).text(seq: 1) } + played.records.map(JournalCoding.encode))
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(texts.count > 700)
        for text in texts {
            #expect(!text.contains("\"_0\"") && !text.contains("\"_1\""), "\(text.prefix(200))")
            // An empty object is only ever an empty map (no judge has scored yet), never a case.
            #expect(
                !text.replacingOccurrences(of: #""essayScores":{}"#, with: "").contains(":{}"), "\(text.prefix(200))")
        }
        let kinds = Set(
            played.records.flatMap { record -> [String] in
                guard case .entry(let entry) = record else { return [] }
                return entry.events.map(\.typeName)
            })
        #expect(kinds.count == 22, "every event kind is in the script")
    }
}
