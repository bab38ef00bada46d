/// The conditions for one skill level; meeting any one of them qualifies an applicant.
public struct CertificationLevelRules: Codable, Sendable, Hashable {
    /// 5 (五级/初级工), 4 (四级/中级工) or 3 (三级/高级工), as `--level` names it.
    public var level: Int
    public var conditions: [CertificationCondition]

    public init(level: Int, conditions: [CertificationCondition]) {
        (self.level, self.conditions) = (level, conditions)
    }
}
