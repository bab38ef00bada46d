import ContestCore

/// One line of the arbitration record (仲裁记录): one accepted command of the journal and what it changed.
public struct AuditRow: Sendable, Hashable {
    /// 序号: the command's place in the journal, from 1 (its record number is one more: the header is record 1).
    public var number: Int
    /// The time the command was received, in wall-clock microseconds (the kernel's stamp for a buzz).
    public var at: Micros
    /// Since the journal's first command.
    public var elapsed: Micros
    public var segment: String
    public var question: String
    public var actor: String
    public var action: String
    /// Set for a buzz: the kernel receive stamp arbitration ranks buzzes by.
    public var kernelTime: Micros?
    /// Set for a valid buzz that another team's buzz followed in the same round of the same question.
    public var margin: Micros?
    public var isBuzz = false
    public var isFalseStart = false
    public var result: String
    public var note: String
}
