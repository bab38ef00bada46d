import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

@Suite struct JournalReplayTests {
    static let path = "data/journal.bin"
    static let fresh = ServerFixture.contest()
    static let header = JournalReplay.header(for: fresh, createdAt: 1_700_000_000_000_000)

    /// The script played through a hub the way the loop plays it, with every journal entry it gave.
    static let live: (state: ContestState, entries: [JournalEntry]) = {
        var hub = ContestHub(state: fresh, tokens: ServerFixture.tokens())
        var entries: [JournalEntry] = []
        for command in ServerFixture.script {
            let entry: JournalEntry?
            switch command.actor {
            case .system: entry = hub.dueTick(at: command.at)
            case .host: entry = send(command, as: .host, to: &hub)
            case .judge(let number): entry = send(command, as: .judge(number), to: &hub)
            case .team(let team, let seat): entry = send(command, as: .team(team, seat: seat), to: &hub)
            }
            entries.append(contentsOf: entry.map { [$0] } ?? [])
        }
        return (hub.state, entries)
    }()

    static func send(_ command: Command, as identity: Identity, to hub: inout ContestHub) -> JournalEntry? {
        var session = ContestHub.Session(identity: identity)
        return hub.receive(.command(command.action, id: nil), session: &session, at: command.at).entry
    }

    static func journal(_ records: [JournalRecord]) -> [UInt8] {
        records.flatMap { JournalRecordFormat.frame(JournalCoding.encode($0)) }
    }

    static func journal(entries: some Sequence<JournalEntry>, header: JournalHeader = header) -> [UInt8] {
        journal([.header(header)] + entries.map { .entry($0) })
    }

    static func replay(_ bytes: [UInt8]) -> Result<JournalReplay.Recovered, JournalError> {
        JournalReplay.replay(bytes, path: path, onto: fresh, expecting: header)
    }

    static func error(_ result: Result<JournalReplay.Recovered, JournalError>) -> JournalError? {
        guard case .failure(let error) = result else { return nil }
        return error
    }

    @Test func everyCommandOfTheScriptIsJournalledTicksIncluded() {
        #expect(Self.live.entries.count == ServerFixture.script.count)
        #expect(Self.live.entries.map(\.action) == ServerFixture.script.map(\.action))
        #expect(Self.live.state == ServerFixture.played())
    }

    @Test func replayingTheJournalReachesExactlyTheLiveState() throws {
        let bytes = Self.journal(entries: Self.live.entries)
        let recovered = try Self.replay(bytes).get()
        #expect(recovered.state == Self.live.state)
        #expect(recovered.entries == Self.live.entries.count)
        #expect(recovered.validLength == bytes.count)
        #expect(recovered.tornBytes == 0)
        #expect(recovered.needsHeader == false)
    }

    @Test func replayingEveryPrefixReachesTheStateAfterThatManyCommands() throws {
        var state = Self.fresh
        for count in 0...Self.live.entries.count {
            if count > 0 { state.handle(ServerFixture.script[count - 1]) }
            let recovered = try Self.replay(Self.journal(entries: Self.live.entries.prefix(count))).get()
            #expect(recovered.state == state, "after \(count) entries")
            #expect(recovered.entries == count)
        }
    }

    @Test func aHeaderWrittenAtAnotherTimeForTheSameContestIsAccepted() throws {
        var earlier = Self.header
        earlier.createdAt = 5
        earlier.title = "renamed"
        let recovered = try Self.replay(Self.journal(entries: Self.live.entries, header: earlier)).get()
        #expect(recovered.state == Self.live.state)
    }

    @Test func theHeaderNamesTheContestByDigestsOfItsConfigurationAndBank() {
        #expect(Self.header == JournalReplay.header(for: Self.played, createdAt: 1_700_000_000_000_000))
        #expect(Self.header.protocolVersion == ProtocolVersion.current)
        #expect(Self.header.title == "测试决赛")
        for digest in [Self.header.configDigest, Self.header.bankDigest] {
            #expect(digest.count == 40)
            #expect(digest.allSatisfy { "0123456789abcdef".contains($0) }, "\(digest)")
        }
        #expect(Self.header.configDigest != Self.header.bankDigest)
    }
    static let played = ServerFixture.played()

    static func otherConfig() -> ContestState {
        var config = ServerFixture.config()
        config.seed = 2025
        return ContestState(config: config, bank: ServerFixture.bank)
    }

    static func otherBank() -> ContestState {
        ContestState(config: ServerFixture.config(), bank: Array(ServerFixture.bank.dropLast()))
    }

    static func otherVersion() -> JournalHeader {
        var header = Self.header
        header.protocolVersion = ProtocolVersion.current + 1
        return header
    }

    static let otherContests: [(JournalHeader, String)] = [
        (JournalReplay.header(for: otherConfig(), createdAt: 0), "比赛配置 contest configuration"),
        (JournalReplay.header(for: otherBank(), createdAt: 0), "题库 question bank"),
    ]

    @Test func aJournalOfANewerFormatIsRefusedNamingBothVersions() {
        let bytes = Self.journal(entries: Self.live.entries, header: Self.otherVersion())
        let error = Self.error(Self.replay(bytes))
        #expect(error == .newerVersion(path: Self.path, found: ProtocolVersion.current + 1))
        #expect(error?.message(.english).contains("journal format 3; this one reads up to format 2") == true)
        #expect(error?.message().contains("第 3 版") == true)
    }

    @Test(arguments: otherContests)
    func aJournalOfAnotherContestOrBankIsRefusedBySayingWhich(stored: JournalHeader, what: String) {
        let bytes = Self.journal(entries: Self.live.entries, header: stored)
        #expect(Self.error(Self.replay(bytes)) == .otherContest(path: Self.path, what: what))
    }

    @Test func aRecordThatIsNotARecordIsUnreadableAndNamed() {
        let bytes =
            Self.journal(entries: Self.live.entries.prefix(2)) + JournalRecordFormat.frame(utf8("not json"))
            + Self.journal([.entry(Self.live.entries[2])])
        guard case .unreadable(let path, let record, _) = Self.error(Self.replay(bytes)) else {
            Issue.record("expected unreadable, got \(Self.replay(bytes))")
            return
        }
        #expect(path == Self.path)
        #expect(record == 4)
    }

    @Test func anEntryWithoutAHeaderIsUnreadable() {
        let bytes = Self.journal(Self.live.entries.map { .entry($0) })
        #expect(Self.error(Self.replay(bytes)) == .unreadable(path: Self.path, record: 1, reason: "no header"))
    }

    @Test func aSecondHeaderIsUnreadable() {
        let bytes = Self.journal(entries: Self.live.entries.prefix(1)) + Self.journal([.header(Self.header)])
        #expect(Self.error(Self.replay(bytes)) == .unreadable(path: Self.path, record: 3, reason: "header"))
    }

    /// A crash can cut the last record anywhere: the records before it replay, the rest is to cut off.
    @Test func aTornLastRecordIsReportedAndTheRecordsBeforeItReplay() throws {
        let entries = Self.live.entries
        let intact = Self.journal(entries: entries.dropLast())
        let last = Self.journal([.entry(entries[entries.count - 1])])
        var state = Self.fresh
        for command in ServerFixture.script.dropLast() { state.handle(command) }
        for cut in 1..<last.count {
            let recovered = try Self.replay(intact + last.prefix(cut)).get()
            #expect(recovered.state == state, "cut at \(cut)")
            #expect(recovered.entries == entries.count - 1)
            #expect(recovered.validLength == intact.count)
            #expect(recovered.tornBytes == cut)
            #expect(recovered.needsHeader == false)
        }
    }

    @Test func anEmptyJournalNeedsAHeaderAndLeavesTheContestFresh() throws {
        let recovered = try Self.replay([]).get()
        #expect(recovered.needsHeader)
        #expect(recovered.state == Self.fresh)
        #expect(recovered.entries == 0)
        #expect(recovered.validLength == 0)
        #expect(recovered.tornBytes == 0)
    }

    @Test func aJournalHoldingOnlyATornHeaderNeedsAHeader() throws {
        let header = Self.journal([.header(Self.header)])
        let recovered = try Self.replay(Array(header.prefix(header.count - 1))).get()
        #expect(recovered.needsHeader)
        #expect(recovered.validLength == 0)
        #expect(recovered.tornBytes == header.count - 1)
    }

    @Test func damageWithRecordsAfterItIsCorruptionThatSaysWhere() {
        var bytes = Self.journal(entries: Self.live.entries)
        let second = Self.journal([.header(Self.header)]).count
        bytes[second + JournalRecordFormat.headerLength] ^= 0x20
        #expect(
            Self.error(Self.replay(bytes))
                == .corrupt(path: Self.path, record: 2, offset: second, reason: "checksum mismatch"))
    }
}
