import Testing
import Wire

@Test(arguments: [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
            + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "a49b2446a02c645bf419f995b67091253a04a259"
    ),
    ("The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
])
func sha1MatchesTheFIPSAndWellKnownVectors(message: String, digest: String) {
    #expect(hexString(SHA1.hash(utf8(message))) == digest)
    #expect(SHA1.hexDigest(utf8(message)) == digest)
}

@Test func sha1OfAMillionAsMatchesTheFIPSVectorWholeAndInThousandByteChunks() {
    let expected = "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
    #expect(hexString(SHA1.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == expected)
    var hasher = SHA1()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    #expect(hexString(hasher.finalize()) == expected)
}

/// Lengths around the 55/56/64-byte padding boundaries, where a second padding block is needed.
@Test(arguments: [
    (55, "c1c8bbdc22796e28c0e15163d20899b65621d65a"), (56, "c2db330f6083854c99d4b5bfb6e8f29f201be699"),
    (63, "03f09f5b158a7a8cdad920bddc29b81c18a551f5"), (64, "0098ba824b5c16427bd7a1122a5a442a25ec644d"),
    (65, "11655326c708d70319be2610e8a57d9a5b959d3b"), (119, "ee971065aaa017e0632a8ca6c77bb3bf8b1dfc56"),
    (120, "f34c1488385346a55709ba056ddd08280dd4c6d6"),
])
func sha1PadsCorrectlyAtBlockBoundariesWholeAndByteByByte(length: Int, digest: String) {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
    #expect(hexString(SHA1.hash(message)) == digest)
    var hasher = SHA1()
    for byte in message { hasher.update([byte]) }
    #expect(hexString(hasher.finalize()) == digest)
}

@Test func sha1FinalizeLeavesTheHasherUsableForMoreInput() {
    var hasher = SHA1()
    hasher.update(utf8("ab"))
    #expect(hexString(hasher.finalize()) == hexString(SHA1.hash(utf8("ab"))))
    hasher.update(utf8("c"))
    #expect(hexString(hasher.finalize()) == "a9993e364706816aba3e25717850c26c9cd0d89d")
}
