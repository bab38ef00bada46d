import Testing
import Wire

/// RFC 4648 §10.
@Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
    ("foobar", "Zm9vYmFy"),
])
func base64EncodesAndDecodesTheRFC4648Vectors(plain: String, encoded: String) {
    #expect(Base64.encode(utf8(plain)) == encoded)
    #expect(Base64.decode(encoded) == utf8(plain))
}

@Test func base64RoundTripsEveryByteValueAtEveryPaddingLength() {
    let all = (0...255).map { UInt8($0) }
    for length in [254, 255, 256] {
        let bytes = Array(all.prefix(length))
        #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    }
    #expect(Base64.encode([0xFB, 0xFF]) == "+/8=")
}

@Test(arguments: [
    "Zg", "Zg=", "Zm9", "Z===", "====", "Zh==", "Zm9=", "Zg=a", "Zg==Zg==", "Zm 9v", "Zm9v\n", "Zm-_", "Zm9\u{e9}",
])
func base64DecodeRefusesAnythingButCanonicalPaddedText(text: String) {
    #expect(Base64.decode(text) == nil)
}

@Test func base64DecodesTheHandshakeSampleNonceToSixteenBytes() {
    #expect(Base64.decode("dGhlIHNhbXBsZSBub25jZQ==") == utf8("the sample nonce"))
}
