/// Tells an HTTP request from an NDJSON stream by a connection's first bytes.
///
/// HTTP starts with a method token (`GET `, or `POST ` which is then refused with 405); NDJSON
/// starts with `{` or whitespace. Upper-case letters without a space yet could still be either,
/// so the answer may be "not yet".
public enum ProtocolSniffer {
    public enum Verdict: Sendable, Hashable {
        case undecided
        case http
        case ndjson
    }

    /// Methods are at most this long (`OPTIONS`, `CONNECT` are 7).
    static let maxMethodLength = 10

    public static func classify(_ bytes: some Collection<UInt8>) -> Verdict {
        var length = 0
        for byte in bytes {
            if byte == UInt8(ascii: " ") { return length > 0 ? .http : .ndjson }
            guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"), length < maxMethodLength else {
                return .ndjson
            }
            length += 1
        }
        return .undecided
    }
}
