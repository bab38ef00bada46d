/// The sizes past which a ZIP is refused, so a hostile file cannot exhaust memory or time.
///
/// The defaults are far above any question bank (a 10,000-question .docx is a few MB) and far below
/// what would hurt the laptop in the hall.
public struct ZipLimits: Sendable, Hashable {
    /// Central directory entries; a .docx has about a dozen.
    public var maximumEntryCount: Int
    /// The declared uncompressed size of one entry that is read.
    public var maximumEntrySize: Int
    /// The declared uncompressed sizes of all entries together.
    public var maximumTotalSize: Int
    /// Uncompressed bytes per compressed byte, checked for entries above `ratioCheckThreshold`.
    public var maximumCompressionRatio: Int
    /// Entries smaller than this are never refused for their ratio: tiny XML compresses very well.
    public var ratioCheckThreshold: Int

    public init(
        maximumEntryCount: Int = 10_000, maximumEntrySize: Int = 64 << 20, maximumTotalSize: Int = 256 << 20,
        maximumCompressionRatio: Int = 200, ratioCheckThreshold: Int = 1 << 20
    ) {
        self.maximumEntryCount = maximumEntryCount
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
        self.maximumCompressionRatio = maximumCompressionRatio
        self.ratioCheckThreshold = ratioCheckThreshold
    }
}
