import QuestionBank

/// One contestant of the 泗阳-style ranking: both parts' scores, the answering time, the weighted total.
public struct CompositeEntrant: Sendable, Hashable {
    public var name: String
    public var unit: String
    public var residentID: String
    public var theory: Score
    public var practical: Score
    public var seconds: Int
    /// theory × weight + practical × weight, in millionths of a point: exact for weights of up to four decimals.
    public var exactTotal: Int
    public var certificate: CertificateDecision
    public var location: SourceLocation

    /// The total rounded half up to hundredths, as printed (`86.25`).
    public var total: Score { Score(hundredths: (exactTotal + 5_000) / 10_000) }

    /// Higher first: the total, then the theory score, then the shorter time.
    var key: [Int] { [exactTotal, theory.hundredths, -seconds] }

    var identities: Set<String> {
        [TieBreakFile.personKey(id: residentID), TieBreakFile.personKey(name: name, unit: unit)]
    }
}

/// Whether the level-4 certificate is issued, and every reason it is not.
public struct CertificateDecision: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case failedTheory
        case failedPractical
        case ineligible
        /// Already holds a certificate of the level issued or higher, obtained within the look-back.
        case holds(level: String, year: Int, month: Int)
        /// The certificate held cannot be read (the problem is reported at its cell).
        case unclear
    }

    public var reasons: [Reason]

    public var issued: Bool { reasons.isEmpty }

    public func text(_ zh: Bool) -> String {
        if issued { return zh ? "发证" : "issued" }
        return reasons.map { reason in
            switch reason {
            case .failedTheory: zh ? "理论未通过" : "theory not passed"
            case .failedPractical: zh ? "实操未通过" : "practical not passed"
            case .ineligible: zh ? "资格审核不符合" : "not eligible"
            case .holds(let level, let year, let month):
                zh
                    ? "已持有\(level)证书（\(year)-\(CalendarDate.twoDigits(month))）"
                    : "holds \(level) (\(year)-\(CalendarDate.twoDigits(month)))"
            case .unclear: zh ? "持证情况不明" : "certificate held unclear"
            }
        }.joined(separator: zh ? "；" : "; ")
    }
}
