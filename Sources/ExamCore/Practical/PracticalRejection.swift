import ContestCore

/// Why the practical book refused a command: a stable code for programs and a plain message for people.
///
/// A rejection never changes the book; the shell sends it back to the judge who asked.
public struct PracticalRejection: Error, Sendable, Hashable {
    public var code: Code

    public init(_ code: Code) { self.code = code }

    public enum Code: String, Sendable, Hashable, CaseIterable {
        case unknownJudge
        case unknownContestant
        case unknownItem
        case invalidScore
        case sheetSigned
        case itemsUnscored
        case notSigned
        case notChief
        case reasonRequired
    }

    /// The message in the hall's language.
    public func message(_ language: Language = .chinese) -> String {
        let (zh, en) = code.texts
        return language == .chinese ? zh : en
    }
}

extension PracticalRejection.Code {
    var texts: (String, String) {
        switch self {
        case .unknownJudge: ("没有这位评委", "No such judge")
        case .unknownContestant: ("没有这位选手", "No such contestant")
        case .unknownItem: ("评分表上没有这一项", "No such item on the score sheet")
        case .invalidScore: ("分数须在 0 到该项满分之间", "A score must be from 0 to the item's maximum")
        case .sheetSigned: ("评分表已签字确认，需由裁判长退回后才能修改", "The sheet is signed; only the chief judge can reopen it")
        case .itemsUnscored: ("还有未打分的项目，不能签字", "Every item must be scored before signing")
        case .notSigned: ("这张评分表还没有签字", "That sheet has not been signed")
        case .notChief: ("只有裁判长可以退回评分表", "Only the chief judge may reopen a sheet")
        case .reasonRequired: ("退回评分表必须写明理由", "Reopening a sheet needs a reason")
        }
    }
}
