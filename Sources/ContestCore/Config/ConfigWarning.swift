/// A key of the contest file that no setting has: ignored, but named with where it is and the key
/// it was probably meant to be, so a typo in a rule is seen at start-up instead of on the day.
public struct ConfigWarning: Sendable, Hashable {
    /// Where the key is, as a path into the file: `segments[1].rules.falseStartPenalty`.
    public var path: String
    public var key: String
    /// The known key nearest to `key`, when one is near enough to be a likely typo.
    public var suggestion: String?
    /// Every key allowed at that place, in the order the documentation lists them.
    public var known: [String]

    public init(path: String, key: String, suggestion: String?, known: [String]) {
        self.path = path
        self.key = key
        self.suggestion = suggestion
        self.known = known
    }

    /// `未知的配置项 segments[1].rules.falseStartPenalty，已忽略；是否想写 falseStartPoints？ (unknown key …)`.
    public var message: String {
        let list = known.joined(separator: ", ")
        let hint =
            suggestion.map { ("是否想写 \($0)？", "did you mean \($0)?") } ?? ("可用的有：\(list)", "expected one of: \(list)")
        return "未知的配置项 \(path)，已忽略；\(hint.0) (unknown key \(path) ignored; \(hint.1))"
    }
}
