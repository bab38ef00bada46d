/// A hash that is the same in every process and on every machine, for seeding from a name.
///
/// Swift's `Hasher` is seeded randomly per process, so a paper shuffled with it would change at every
/// restart; FNV-1a over the UTF-8 bytes never does.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
