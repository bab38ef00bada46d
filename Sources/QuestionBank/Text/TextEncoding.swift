/// The character encodings a bank file may arrive in, as organisers' tools write them.
///
/// Excel on a Chinese system saves "CSV" as GB18030 and "CSV UTF-8" with a byte-order mark;
/// its "Unicode text" export is UTF-16 little-endian with a byte-order mark.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// Bytes turned into UTF-8 text, with the encoding they were found to be in.
struct DecodedText: Sendable {
    var utf8: [UInt8]
    var encoding: TextEncoding
}

/// Why a file's bytes are not text in any supported encoding, and where the first bad byte is.
struct DecodingFailure: Error, Sendable {
    /// The text decoded before the bad byte, to place the error by line and column.
    var decodedPrefix: [UInt8]
}

/// Finds a file's encoding without being told: byte-order mark, then valid UTF-8, else GB18030.
///
/// Valid UTF-8 is tried before GB18030 because Chinese text in GB18030 is almost never valid UTF-8
/// by accident, while the reverse check (is this valid GB18030?) accepts nearly any byte sequence.
enum TextDecoder {
    static func decode(_ bytes: [UInt8]) -> Result<DecodedText, DecodingFailure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = UTF8Validator.firstInvalidOffset(in: body) {
                return .failure(DecodingFailure(decodedPrefix: Array(body[..<bad])))
            }
            return .success(DecodedText(utf8: body, encoding: .utf8WithBOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", as: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", as: .utf16BigEndian)
        }
        if UTF8Validator.firstInvalidOffset(in: bytes) == nil {
            return .success(DecodedText(utf8: bytes, encoding: .utf8))
        }
        return convert(bytes, from: "GB18030", as: .gb18030)
    }

    private static func convert(
        _ bytes: [UInt8], from encodingName: String, as encoding: TextEncoding
    ) -> Result<DecodedText, DecodingFailure> {
        switch IconvConverter.toUTF8(bytes, from: encodingName) {
        case .success(let utf8): .success(DecodedText(utf8: utf8, encoding: encoding))
        case .failure(let failure): .failure(failure)
        }
    }
}
