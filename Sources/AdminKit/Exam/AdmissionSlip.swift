import ExamCore

/// One candidate's admission slip (准考证): the roster's line and the token the server will accept from them.
public struct AdmissionSlip: Sendable, Hashable {
    public var candidate: ExamCandidate
    public var token: String

    public init(candidate: ExamCandidate, token: String) {
        (self.candidate, self.token) = (candidate, token)
    }

    /// `ABCD EFGH JK`: the token in fours, so a proctor can read it aloud and a candidate check it by eye.
    public var groupedToken: String { Self.grouped(token) }

    static func grouped(_ token: String, size: Int = 4) -> String {
        var groups: [String] = []
        var rest = Substring(token)
        while !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return groups.joined(separator: " ")
    }
}
