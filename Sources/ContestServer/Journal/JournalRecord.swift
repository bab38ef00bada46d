import ContestCore

/// One record of the journal: the header that names the contest, then one entry per accepted command.
///
/// Entries keep the command beside its events so the file is also the audit trail ("who ruled what,
/// when"); replay applies only the events, so a changed reducer cannot rewrite history.
public enum JournalRecord: Sendable, Hashable, Codable {
    case header(JournalHeader)
    case entry(JournalEntry)
}

/// What a journal was written for, so a restart with another contest file or bank is refused.
public struct JournalHeader: Sendable, Hashable, Codable {
    /// Bumped when the record layout changes.
    public static let currentVersion = 1

    public var version: Int
    public var title: String
    /// SHA-1 of the contest configuration's canonical JSON.
    public var configDigest: String
    /// SHA-1 of the question bank's canonical JSON.
    public var bankDigest: String
    /// When the contest's journal was created, in wall-clock microseconds.
    public var createdAt: Micros

    public init(title: String, configDigest: String, bankDigest: String, createdAt: Micros) {
        self.version = Self.currentVersion
        self.title = title
        self.configDigest = configDigest
        self.bankDigest = bankDigest
        self.createdAt = createdAt
    }
}

/// An accepted command and the events it produced, stamped with the time the reducer saw.
public struct JournalEntry: Sendable, Hashable, Codable {
    public var at: Micros
    public var actor: Actor
    public var action: Action
    public var events: [Event]

    public init(at: Micros, actor: Actor, action: Action, events: [Event]) {
        self.at = at
        self.actor = actor
        self.action = action
        self.events = events
    }
}
