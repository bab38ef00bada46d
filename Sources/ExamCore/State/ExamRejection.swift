import ContestCore

/// Why the exam refused a command: a stable code for programs and plain words for the candidate or proctor.
///
/// A rejection never changes the state; the page shows the message where the candidate acted.
public struct ExamRejection: Error, Sendable, Hashable {
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case unknownCandidate
        case entryClosed
        case notEntered
        case notStarted
        case timeUp
        case alreadySubmitted
        case unknownQuestion
        case wrongAnswerKind
        case choiceOutOfRange
        case oneChoiceOnly
        case answerTooLong
        case reasonRequired
        case invalidMinutes
        case paperStillOpen
        case paperNotOpen
        case alreadyEntered
    }

    public var code: Code

    public init(_ code: Code) { self.code = code }

    public func message(_ language: Language = .chinese) -> String {
        let (zh, en) = code.texts
        return language == .chinese ? zh : en
    }
}

extension ExamRejection.Code {
    var texts: (String, String) {
        switch self {
        case .unknownCandidate: ("本场考试没有这个准考证号", "No candidate with this admission number sits this exam")
        case .entryClosed:
            ("开考已超过规定时间，不能再进入考试，请联系监考老师", "Entry has closed for this exam; please ask a proctor")
        case .notEntered: ("请先登录进入考试", "Please log in to the exam first")
        case .notStarted: ("考试尚未开始，答案未保存", "The exam has not started yet; the answer was not saved")
        case .timeUp: ("考试时间已到，答案未保存", "Time is up; the answer was not saved")
        case .alreadySubmitted: ("答卷已经交卷，答案未保存", "The paper has been submitted; the answer was not saved")
        case .unknownQuestion: ("试卷上没有这道题", "There is no such question on the paper")
        case .wrongAnswerKind: ("这道题不能这样作答", "That kind of answer does not fit this question")
        case .choiceOutOfRange: ("所选的选项不存在或重复", "That option does not exist or is given twice")
        case .oneChoiceOnly: ("单选题只能选一个选项", "A single choice question takes one option")
        case .answerTooLong:
            (
                "答案太长，未保存（最多 \(ExamState.maximumAnswerLength) 字）",
                "The answer is too long and was not saved (at most \(ExamState.maximumAnswerLength) characters)"
            )
        case .reasonRequired: ("请写明原因", "Please give a reason")
        case .invalidMinutes: ("分钟数须在 1 到 600 之间", "Minutes must be between 1 and 600")
        case .paperStillOpen:
            ("答卷仍在作答中，无需重新开放；要加时请用延时", "The paper is still open; extend its time instead")
        case .paperNotOpen:
            (
                "答卷已交卷或已收卷，不能延时；如确需继续作答请重新开放并写明原因",
                "The paper is submitted or closed; reopen it with a reason instead"
            )
        case .alreadyEntered: ("该考生已经进入考试", "The candidate has already entered the exam")
        }
    }
}
