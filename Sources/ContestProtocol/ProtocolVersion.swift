/// The version of the wire protocol and of the journal format: one number for both.
///
/// 1 was the synthesized coding (`{"entry":{"_0":{…}}}`), still read from journals; 2 is the explicit,
/// tagged JSON of this target. A journal of a version above `current` is refused, never guessed at.
public enum ProtocolVersion {
    public static let current = 2
    /// Every journal version this build can replay.
    public static let readable = 1...current
}
