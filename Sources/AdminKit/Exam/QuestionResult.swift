import ContestCore
import ExamCore

/// One question's line of 每题统计, for the 命题组: how many answered it, got it right, and what it scored.
///
/// Counted over the candidates who sat the paper (参考人数: everyone who logged in). A short answer or
/// essay has no "right": its counts stay nil and its mean waits until every script of it is final.
public struct QuestionResult: Sendable, Hashable {
    public var item: WrittenPaper.Item
    /// Candidates who logged in.
    public var sat: Int
    /// Candidates with a non-blank answer saved.
    public var answered: Int
    /// Right by the key; nil for a short answer or essay.
    public var right: Int?
    /// Partly right multiple choice answers (under partial rules); nil for a short answer or essay.
    public var partial: Int?
    /// The mean points over `sat`, rounded half away from zero to hundredths; nil while scripts wait.
    public var meanPoints: Points?
    /// Scripts of this question without a final mark.
    public var pending: Int
    /// Mean time spent by those who saved an answer (`CandidateRecord.SavedAnswer.time`), whole seconds.
    public var meanSeconds: Int

    /// `right / sat` as a percentage to one decimal (`66.7%`); nil without a right count or with nobody sitting.
    public var correctRate: String? {
        guard let right, sat > 0 else { return nil }
        let tenths = (right * 2000 + sat) / (2 * sat)
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
