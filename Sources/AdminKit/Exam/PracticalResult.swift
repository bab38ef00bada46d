import ContestCore
import ExamCore

/// One contestant's line of 实操成绩: each judge's signed total and the score once every judge has signed.
public struct PracticalResult: Sendable, Hashable {
    public var contestant: PracticalContestant
    /// Per judge in the panel's order: the sheet's total once signed, nil before.
    public var totals: [Points?]
    /// The trimmed mean of the totals, only once every judge has signed (`PracticalScoreSheet.final`).
    public var score: Points?
    /// The judges who have not signed this contestant's sheet yet.
    public var unsigned: [PracticalJudge]

    /// 已签完, or 未签完（2/5）with the count signed.
    public func status(_ zh: Bool) -> String {
        let signed = totals.count - unsigned.count
        if score != nil { return zh ? "已签完" : "all signed" }
        return zh ? "未签完（\(signed)/\(totals.count)）" : "not all signed (\(signed)/\(totals.count))"
    }
}
