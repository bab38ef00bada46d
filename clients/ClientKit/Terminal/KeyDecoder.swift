/// Turns the bytes read from a raw-mode terminal into key presses, across any split of reads.
///
/// A read can end in the middle of anything: a Chinese character from the input method is three
/// UTF-8 bytes, an arrow is `ESC [ A`. Incomplete input is kept for the next `feed`. A lone Esc
/// is indistinguishable from the start of a sequence, so it stays pending until the caller,
/// after a short quiet spell (say 50 ms), calls `flush()`.
///
/// ```swift
/// var decoder = KeyDecoder()
/// decoder.feed([0xE5, 0x8D])   // []: half of "南"
/// decoder.feed([0x97, 0x0D])   // [.character("南"), .enter]
/// decoder.feed([0x1B])         // []
/// decoder.flush()              // [.escape]
/// ```
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    /// Whether the last byte decoded was a CR, so that an LF right after it (CRLF) is dropped.
    private var afterCarriageReturn = false

    public init() {}

    /// Whether bytes are waiting for the rest of a sequence; the caller should `flush()` if no
    /// more input arrives soon.
    public var hasPendingBytes: Bool { !pending.isEmpty }

    /// The keys completed by `bytes`, in order; a trailing incomplete sequence is kept.
    ///
    /// Consecutive printable characters are grouped into grapheme clusters first, so an accented
    /// letter or an emoji with a skin tone arriving in one read is one `.character`.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        var text = String.UnicodeScalarView()
        func emit(_ key: Key) {
            keys += String(text).map(Key.character)
            text = String.UnicodeScalarView()
            keys.append(key)
        }
        var index = 0
        decoding: while index < pending.count {
            let byte = pending[index]
            let wasCarriageReturn = afterCarriageReturn
            afterCarriageReturn = byte == 0x0D
            switch byte {
            case 0x1B:
                guard let (key, length) = escapeSequence(at: index) else { break decoding }
                emit(key)
                index += length
                continue decoding
            case 0x0D: emit(.enter)
            case 0x0A: if !wasCarriageReturn { emit(.enter) }
            case 0x7F, 0x08: emit(.backspace)
            case 0x09: emit(.tab)
            case 0x20: emit(.space)
            case 0x03: emit(.ctrlC)
            case 0x04: emit(.ctrlD)
            case 0x21...0x7E: text.append(Unicode.Scalar(byte))
            case 0x80...:
                guard let (scalar, length) = utf8Scalar(at: index) else { break decoding }
                if let scalar { text.append(scalar) } else { emit(.unknown) }
                index += length
                continue decoding
            default: emit(.unknown)
            }
            index += 1
        }
        pending.removeFirst(index)
        keys += String(text).map(Key.character)
        return keys
    }

    /// The keys for whatever is still pending once no more input came: `.escape` for a lone Esc,
    /// `.unknown` for an unfinished sequence, nothing when nothing is pending.
    public mutating func flush() -> [Key] {
        defer { pending = [] }
        if pending.isEmpty { return [] }
        return pending == [0x1B] ? [.escape] : [.unknown]
    }

    /// The key an escape sequence at `start` stands for and its length in bytes, or nil when the
    /// bytes end before the sequence does. Esc followed by anything but `[` or `O` is a lone Esc.
    private func escapeSequence(at start: Int) -> (Key, Int)? {
        guard start + 1 < pending.count else { return nil }
        switch pending[start + 1] {
        case UInt8(ascii: "O"):
            guard start + 2 < pending.count else { return nil }
            return (Self.key(final: pending[start + 2], parameters: []), 3)
        case UInt8(ascii: "["):
            return controlSequence(at: start)
        default:
            return (.escape, 1)
        }
    }

    /// A CSI sequence `ESC [ parameters final`, or the Linux console's `ESC [ [ A`…`E` for F1–F5.
    /// A byte that cannot be part of a CSI sequence ends it as `.unknown` and is decoded anew;
    /// an overlong one is given up on as `.unknown`.
    private func controlSequence(at start: Int) -> (Key, Int)? {
        var index = start + 2
        if index < pending.count && pending[index] == UInt8(ascii: "[") {
            guard index + 1 < pending.count else { return nil }
            let final = pending[index + 1]
            return ((0x41...0x45).contains(final) ? .function(Int(final) - 0x40) : .unknown, 4)
        }
        while index < pending.count {
            let byte = pending[index]
            switch byte {
            case 0x20...0x3F: index += 1
            case 0x40...0x7E:
                return (Self.key(final: byte, parameters: Array(pending[(start + 2)..<index])), index - start + 1)
            default: return (.unknown, index - start)
            }
            if index - start > 32 { return (.unknown, index - start) }
        }
        return nil
    }

    /// The key for a sequence's final byte: arrows for A–D (modifiers ignored), F1–F4 for P–S,
    /// and `~` with xterm's numbering for F1–F12.
    private static func key(final: UInt8, parameters: [UInt8]) -> Key {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "P")...UInt8(ascii: "S"): return .function(Int(final) - Int(UInt8(ascii: "P")) + 1)
        case UInt8(ascii: "~"):
            let number = Int(String(decoding: parameters.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self))
            let functionKeys = [11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12]
            return number.flatMap { functionKeys[$0] }.map(Key.function) ?? .unknown
        default: return .unknown
        }
    }

    /// The scalar of the UTF-8 sequence at `start` and its length; a nil scalar with length 1
    /// for a byte that cannot start or continue validly; nil when the bytes end mid-sequence.
    private func utf8Scalar(at start: Int) -> (Unicode.Scalar?, Int)? {
        let lead = pending[start]
        let length =
            switch lead {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
        guard length > 0 else { return (nil, 1) }
        let available = pending[start...].prefix(length)
        guard available.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (nil, 1) }
        guard available.count == length else { return nil }
        var iterator = available.makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return (nil, 1)
    }
}
