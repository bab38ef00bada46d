import ContestCore
import Foundation

/// The practical round's (实操) score sheets as one reducer: each judge scores every rubric item of every
/// contestant, signs the sheet, and a signed sheet changes only after the chief judge reopens it.
///
/// The contestant's score is each judge's sheet total combined by the essay rule (`TrimmedMean` with the
/// rubric's `trimFromJudges`), over signed sheets only, and final once every judge has signed.
/// `handle` decides and folds, `apply` folds a journaled event, and replaying every event rebuilds the
/// book exactly; `record` lists every reopening with its reason.
///
/// ```
/// var book = PracticalBook(rubric: PracticalRubric(), contestants: roster, judges: panel, chief: 1)
/// book.handle(.score(judge: 2, contestant: "A01", item: 0, points: 9), at: 10)   // .success([.itemScored(…)])
/// book.handle(.sign(judge: 2, contestant: "A01"), at: 11)                      // .failure(itemsUnscored)
/// ```
public struct PracticalBook: Sendable, Hashable {
    /// One judge's sheet for one contestant: a score or nil per rubric item, and when it was signed.
    public struct Sheet: Codable, Sendable, Hashable {
        public var items: [Points?]
        public var signedAt: Micros?

        /// The sum of the items scored so far.
        public var total: Points { items.reduce(.zero) { $0 + ($1 ?? .zero) } }
        public var isComplete: Bool { !items.contains(nil) }
    }

    public let rubric: PracticalRubric
    /// In performing order.
    public let contestants: [PracticalContestant]
    public let judges: [PracticalJudge]
    /// The chief judge's (裁判长) number, the only one who may reopen a signed sheet.
    public let chief: Int
    var sheets: [Key: Sheet] = [:]
    public private(set) var record: [PracticalReopen] = []

    struct Key: Hashable, Sendable {
        var judge: Int
        var contestant: String
    }

    public init(rubric: PracticalRubric, contestants: [PracticalContestant], judges: [PracticalJudge], chief: Int) {
        self.rubric = rubric
        self.contestants = contestants.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        (self.judges, self.chief) = (judges, chief)
    }

    /// The judge's sheet for the contestant, empty until they score it.
    public func sheet(judge: Int, contestant: String) -> Sheet {
        sheets[Key(judge: judge, contestant: contestant)] ?? Sheet(items: rubric.items.map { _ in nil })
    }

    /// Folds one event in, as `handle` did when it made it and as replay does from the journal.
    public mutating func apply(_ event: PracticalEvent) {
        switch event {
        case .itemScored(let judge, let contestant, let item, let points, _):
            var sheet = sheet(judge: judge, contestant: contestant)
            guard sheet.items.indices.contains(item) else { return }
            sheet.items[item] = points
            sheets[Key(judge: judge, contestant: contestant)] = sheet
        case .sheetSigned(let judge, let contestant, let at):
            var sheet = sheet(judge: judge, contestant: contestant)
            sheet.signedAt = at
            sheets[Key(judge: judge, contestant: contestant)] = sheet
        case .sheetReopened(let chief, let judge, let contestant, let reason, let at):
            sheets[Key(judge: judge, contestant: contestant)]?.signedAt = nil
            record.append(PracticalReopen(chief: chief, judge: judge, contestant: contestant, reason: reason, at: at))
        }
    }

    /// Decides a command and folds its events in; a rejection leaves the book exactly as it was.
    @discardableResult
    public mutating func handle(_ command: PracticalCommand, at time: Micros) -> Result<
        [PracticalEvent], PracticalRejection
    > {
        let event: PracticalEvent
        do throws(PracticalRejection) {
            event = try decide(command, at: time)
        } catch {
            return .failure(error)
        }
        apply(event)
        return .success([event])
    }

    private func decide(_ command: PracticalCommand, at time: Micros) throws(PracticalRejection) -> PracticalEvent {
        switch command {
        case .score(let judge, let contestant, let item, let points):
            let sheet = try openSheet(judge: judge, contestant: contestant)
            guard sheet.signedAt == nil else { throw PracticalRejection(.sheetSigned) }
            guard rubric.items.indices.contains(item) else { throw PracticalRejection(.unknownItem) }
            guard points >= .zero, points <= rubric.items[item].max else { throw PracticalRejection(.invalidScore) }
            return .itemScored(judge: judge, contestant: contestant, item: item, points: points, at: time)
        case .sign(let judge, let contestant):
            let sheet = try openSheet(judge: judge, contestant: contestant)
            guard sheet.signedAt == nil else { throw PracticalRejection(.sheetSigned) }
            guard sheet.isComplete else { throw PracticalRejection(.itemsUnscored) }
            return .sheetSigned(judge: judge, contestant: contestant, at: time)
        case .reopen(let chief, let judge, let contestant, let reason):
            guard chief == self.chief, judges.contains(where: { $0.number == chief }) else {
                throw PracticalRejection(.notChief)
            }
            let sheet = try openSheet(judge: judge, contestant: contestant)
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw PracticalRejection(.reasonRequired) }
            guard sheet.signedAt != nil else { throw PracticalRejection(.notSigned) }
            return .sheetReopened(chief: chief, judge: judge, contestant: contestant, reason: reason, at: time)
        }
    }

    private func openSheet(judge: Int, contestant: String) throws(PracticalRejection) -> Sheet {
        guard judges.contains(where: { $0.number == judge }) else { throw PracticalRejection(.unknownJudge) }
        guard contestants.contains(where: { $0.id == contestant }) else {
            throw PracticalRejection(.unknownContestant)
        }
        return sheet(judge: judge, contestant: contestant)
    }
}
