/// One line of the exam's roster: who may sit the paper, under which admission number (准考证号).
///
/// `{"candidate": "2026120001", "name": "王芳", "unit": "城东镇便民服务中心"}`; the admission number is
/// what the candidate types at login and what every record and result is keyed by.
public struct ExamCandidate: Codable, Sendable, Hashable {
    public var candidate: String
    public var name: String
    public var unit: String

    public init(candidate: String, name: String, unit: String) {
        (self.candidate, self.name, self.unit) = (candidate, name, unit)
    }
}
