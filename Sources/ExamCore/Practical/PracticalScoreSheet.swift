import ContestCore

/// One contestant's printed score sheet (评分表): every judge's row, the item means and the score.
///
/// The rows the printable page lays out, in the panel's order, with the judges' names the notices
/// require and when each signed. `score` is the essay rule over the signed sheets' totals; it is
/// `final` once every judge has signed. `itemMeans` are the plain means of the signed sheets per item,
/// for reading only: the score trims whole totals, so it need not equal their sum.
public struct PracticalScoreSheet: Codable, Sendable, Hashable {
    /// One judge's line: their points per item (nil where not yet scored), total and signature time.
    public struct Row: Codable, Sendable, Hashable {
        public var judge: PracticalJudge
        public var points: [Points?]
        public var total: Points
        public var signedAt: Micros?

        public init(judge: PracticalJudge, points: [Points?], total: Points, signedAt: Micros?) {
            (self.judge, self.points, self.total, self.signedAt) = (judge, points, total, signedAt)
        }
    }

    public var contestant: PracticalContestant
    public var items: [PracticalRubric.Item]
    public var rows: [Row]
    public var itemMeans: [Points?]
    /// The trimmed mean of the signed totals; nil before the first signature.
    public var score: Points?
    public var final: Bool
    /// Every reopening of a sheet of this contestant, oldest first.
    public var reopens: [PracticalReopen]

    public init(book: PracticalBook, contestant: PracticalContestant) {
        (self.contestant, items) = (contestant, book.rubric.items)
        rows = book.judges.map { judge in
            let sheet = book.sheet(judge: judge.number, contestant: contestant.id)
            return Row(judge: judge, points: sheet.items, total: sheet.total, signedAt: sheet.signedAt)
        }
        let signed = rows.filter { $0.signedAt != nil }
        itemMeans = items.indices.map { item in
            signed.isEmpty ? nil : TrimmedMean.of(signed.compactMap { $0.points[item] }, trimFrom: .max)
        }
        score = signed.isEmpty ? nil : TrimmedMean.of(signed.map(\.total), trimFrom: book.rubric.trimFromJudges)
        final = !rows.isEmpty && signed.count == rows.count
        reopens = book.record.filter { $0.contestant == contestant.id }
    }
}

extension PracticalBook {
    /// Every contestant's sheet in performing order, for the printable page.
    public var scoreSheets: [PracticalScoreSheet] {
        contestants.map { PracticalScoreSheet(book: self, contestant: $0) }
    }

    /// One contestant's sheet; nil for an id not on the roster.
    public func scoreSheet(_ contestant: String) -> PracticalScoreSheet? {
        contestants.first { $0.id == contestant }.map { PracticalScoreSheet(book: self, contestant: $0) }
    }

    /// The contestants' final scores by id, once every judge has signed their sheet; others left out.
    public var finalScores: [String: Points] {
        var scores: [String: Points] = [:]
        for sheet in scoreSheets where sheet.final { scores[sheet.contestant.id] = sheet.score }
        return scores
    }
}
