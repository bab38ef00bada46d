/// Checks bytes for well-formed UTF-8 (RFC 3629) and says where the first bad byte is.
///
/// Written out by hand because the standard library only answers yes or no, and a diagnostic
/// needs the offset; the ASCII fast path keeps a 20 MB bank under a few milliseconds.
enum UTF8Validator {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var lowest: UInt8 = 0x80
                var highest: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    lowest = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    highest = 0x9F
                case 0xF0:
                    length = 4
                    lowest = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    highest = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= lowest && second <= highest else { return index }
                for offset in 2..<length where buffer[index + offset] & 0xC0 != 0x80 {
                    return index
                }
                index += length
            }
            return nil
        }
    }
}
