/// A contest file as read: its configuration, and a warning for every key that no setting has.
///
/// An unknown key does not stop the server (the hall must be able to start), nor does it pass in
/// silence: the shell prints each warning at start-up.
///
/// ```
/// let file = try JSONDecoder().decode(ContestFile.self, from: data)
/// file.warnings.map(\.message)
/// // ["未知的配置项 segments[1].rules.falseStartPenalty，已忽略；是否想写 falseStartPoints？ (…)"]
/// ```
public struct ContestFile: Sendable, Decodable {
    public var config: ContestConfig
    public var warnings: [ConfigWarning]

    public init(config: ContestConfig, warnings: [ConfigWarning] = []) {
        self.config = config
        self.warnings = warnings
    }

    public init(from decoder: any Decoder) throws {
        config = try ContestConfig(from: decoder)
        var scan = UnknownKeyScan()
        try scan.contest(decoder)
        warnings = scan.warnings
    }
}
