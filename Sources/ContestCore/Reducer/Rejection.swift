/// Why a command was refused: a stable code for programs and a plain message for people.
///
/// A rejection never changes the state; the shell sends it back to whoever asked.
public struct Rejection: Error, Sendable, Hashable {
    public var code: Code

    public init(_ code: Code) { self.code = code }

    public enum Code: String, Sendable, Hashable, CaseIterable {
        case notAllowed
        case contestFinished
        case segmentRunning
        case noSegmentRunning
        case unknownSegment
        case segmentAlreadyDone
        case noTieToBreak
        case paused
        case notPaused
        case wrongPhase
        case noQuestion
        case questionStillOpen
        case questionLimitReached
        case bankExhausted
        case unknownQuestion
        case questionAlreadyUsed
        case notArmed
        case lockedOut
        case alreadyBuzzed
        case notEligible
        case notYourTurn
        case notYourSeat
        case nothingToRule
        case answerAlreadyGiven
        case invalidAnswer
        case skipNotAllowed
        case invalidTier
        case unknownTeam
        case unknownJudge
        case invalidScore
        case reasonRequired
        case zeroCorrection
        case nothingToUndo
        case answerAlreadyRevealed
        case timeUp
    }

    /// The message in the hall's language.
    public func message(_ language: Language = .chinese) -> String {
        let (zh, en) = code.texts
        return language == .chinese ? zh : en
    }
}

extension Rejection.Code {
    var texts: (String, String) {
        switch self {
        case .notAllowed: ("你的身份不能执行这个操作", "Your role may not do that")
        case .contestFinished: ("比赛已结束", "The contest has finished")
        case .segmentRunning: ("当前环节尚未结束", "A segment is still running")
        case .noSegmentRunning: ("当前没有进行中的环节", "No segment is running")
        case .unknownSegment: ("没有这个环节", "No such segment")
        case .segmentAlreadyDone: ("这个环节已经进行过", "That segment has already been played")
        case .noTieToBreak: ("没有需要加赛的并列", "There is no tie to break")
        case .paused: ("比赛已暂停", "The contest is paused")
        case .notPaused: ("比赛没有暂停", "The contest is not paused")
        case .wrongPhase: ("现在不能这样操作", "That cannot be done at this point")
        case .noQuestion: ("当前没有题目", "There is no current question")
        case .questionStillOpen: ("当前题目尚未结束", "The current question is still open")
        case .questionLimitReached: ("本环节题目已出完", "All questions of this segment have been asked")
        case .bankExhausted: ("题库中没有可用的题目了", "The bank has no unused question left for this segment")
        case .unknownQuestion: ("题库中没有这道题", "No such question in the bank")
        case .questionAlreadyUsed: ("这道题已经用过", "That question has already been used")
        case .notArmed: ("还没有开始抢答", "Buzzers are not armed")
        case .lockedOut: ("本队本题已不能抢答", "Your team is locked out of this question")
        case .alreadyBuzzed: ("本队已经抢答过", "Your team has already buzzed")
        case .notEligible: ("本队不参加本轮", "Your team is not playing this round")
        case .notYourTurn: ("还没轮到本队", "It is not your team's turn")
        case .notYourSeat: ("还没轮到这个座位", "It is not this seat's turn")
        case .nothingToRule: ("没有待裁决的答案", "There is no answer to rule on")
        case .answerAlreadyGiven: ("答案已经提交", "An answer has already been given")
        case .invalidAnswer: ("答案格式与题型不符", "That answer does not fit the question type")
        case .skipNotAllowed: ("本环节不能跳过", "Skipping is not allowed in this segment")
        case .invalidTier: ("没有这个分值档", "No such tier")
        case .unknownTeam: ("没有这支参赛队", "No such team")
        case .unknownJudge: ("没有这位裁判", "No such judge")
        case .invalidScore: ("分数超出范围", "Score out of range")
        case .reasonRequired: ("更正分数必须写明理由", "A score correction needs a written reason")
        case .zeroCorrection: ("更正分值不能为零", "A score correction cannot be zero")
        case .nothingToUndo: ("没有可以撤销的裁决", "There is no ruling to undo")
        case .answerAlreadyRevealed:
            (
                "这道题的答案已公布，这次裁决不能再撤销，请用更正分数",
                "That question's answer has been revealed, so this ruling can no longer be undone; correct the score instead"
            )
        case .timeUp: ("时间已到", "Time is up")
        }
    }
}
