/// Incremental UTF-8 validation that fails at the first byte no valid text could continue with.
///
/// RFC 6455 §8.1 requires text messages to be UTF-8 and lets the endpoint fail as soon as the
/// prefix it has is invalid, even while the message is still arriving in fragments. So the validator
/// keeps the state of an unfinished code point between calls, checks each byte against the exact
/// range Unicode Table 3-7 allows at that position (which rules out overlong forms, surrogates and
/// code points above U+10FFFF at their earliest byte), and skips ASCII eight bytes at a time.
///
/// ```swift
/// var validator = UTF8Validator()
/// validator.validate([0xE2, 0x82])   // true: a valid prefix of "€"
/// validator.isAtCharacterBoundary    // false: the message cannot end here
/// validator.validate([0xAC])         // true, and now at a boundary
/// ```
public struct UTF8Validator: Sendable, Hashable {
    /// Continuation bytes still needed to finish the current code point.
    private var remaining: UInt8 = 0
    /// The smallest and largest byte allowed next; only the first continuation byte is narrower.
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF
    private var failed = false

    /// A validator at the start of a text.
    public init() {}

    /// Whether the bytes so far end on a complete character, so the text may end here.
    public var isAtCharacterBoundary: Bool { remaining == 0 && !failed }

    /// Whether `bytes` is valid UTF-8 as a whole.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        var validator = UTF8Validator()
        return validator.validate(bytes) && validator.isAtCharacterBoundary
    }

    /// Checks the next bytes of the text; `false` once any prefix is invalid, and from then on.
    public mutating func validate(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { validate($0) }
    }

    /// Checks the next bytes of the text; `false` once any prefix is invalid, and from then on.
    public mutating func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if failed { return false }
        var index = 0
        let count = bytes.count
        while index < count {
            if remaining == 0 {
                index = Self.skipASCII(bytes, from: index)
                guard index < count else { break }
                guard let (length, low, high) = Self.sequence(startingWith: bytes[index]) else { return fail() }
                index += 1
                // Fast path: the whole sequence is here, so check it without touching the state.
                if count - index >= length {
                    guard bytes[index] >= low && bytes[index] <= high else { return fail() }
                    for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return fail() }
                    index += length
                    continue
                }
                remaining = UInt8(truncatingIfNeeded: length)
                lower = low
                upper = high
            } else {
                let byte = bytes[index]
                index += 1
                guard byte >= lower && byte <= upper else { return fail() }
                remaining -= 1
                lower = 0x80
                upper = 0xBF
            }
        }
        return true
    }

    private mutating func fail() -> Bool {
        failed = true
        return false
    }

    /// For a lead byte: how many continuation bytes follow and the range the first of them must be
    /// in (the rest are 80–BF); `nil` for a byte that cannot lead.
    private static func sequence(startingWith byte: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
        switch byte {
        case 0xC2...0xDF: (1, 0x80, 0xBF)
        case 0xE0: (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (2, 0x80, 0xBF)
        case 0xED: (2, 0x80, 0x9F)
        case 0xF0: (3, 0x90, 0xBF)
        case 0xF1...0xF3: (3, 0x80, 0xBF)
        case 0xF4: (3, 0x80, 0x8F)
        default: nil
        }
    }

    /// The index of the first non-ASCII byte at or after `start`, reading eight bytes per step.
    private static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        guard let base = bytes.baseAddress else { return index }
        let raw = UnsafeRawPointer(base)
        while bytes.count - index >= 8 {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < bytes.count && bytes[index] < 0x80 { index += 1 }
        return index
    }
}
