/// Why a request head was refused, with the HTTP status to answer and a plain message.
///
/// Each case maps to one status so that the event loop can answer with `response` and close,
/// without knowing HTTP itself.
public enum HTTPRequestHeadError: Error, Sendable, Hashable {
    /// The request line is longer than the limit: almost always a huge target, hence 414.
    case requestLineTooLong(limit: Int)
    /// The head did not end within the limit.
    case headTooLarge(limit: Int)
    /// More header fields than the limit.
    case tooManyHeaderFields(limit: Int)
    /// The request line is not `method SP target SP version`.
    case malformedRequestLine
    /// A method other than GET.
    case methodNotAllowed(String)
    /// A target that is not an origin-form path of visible ASCII.
    case invalidTarget
    /// A version that is not HTTP/1.x.
    case unsupportedVersion(String)
    /// A header line that is not `name: value`, continues a previous line, or holds control bytes.
    case malformedHeaderField
    /// A carriage return not followed by a line feed.
    case bareCarriageReturn
    /// An HTTP/1.1 request without `Host`, or any request with more than one.
    case invalidHost
    /// A `Content-Length` above zero or a `Transfer-Encoding`: a GET has no body to read.
    case unexpectedBody

    /// The status to answer with.
    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .headTooLarge, .tooManyHeaderFields: .requestHeaderFieldsTooLarge
        case .methodNotAllowed: .methodNotAllowed
        case .unsupportedVersion: .httpVersionNotSupported
        case .malformedRequestLine, .invalidTarget, .malformedHeaderField, .bareCarriageReturn, .invalidHost,
            .unexpectedBody:
            .badRequest
        }
    }

    /// What was wrong, in a sentence for the log and the response body.
    public var message: String {
        switch self {
        case .requestLineTooLong(let limit): "request line longer than \(limit) bytes"
        case .headTooLarge(let limit): "request head longer than \(limit) bytes"
        case .tooManyHeaderFields(let limit): "more than \(limit) header fields"
        case .malformedRequestLine: "malformed request line"
        case .methodNotAllowed(let method): "method \(method) not allowed, only GET"
        case .invalidTarget: "request target must be a path starting with /"
        case .unsupportedVersion(let version): "unsupported HTTP version \(version)"
        case .malformedHeaderField: "malformed header field"
        case .bareCarriageReturn: "carriage return without line feed"
        case .invalidHost: "exactly one Host header is required"
        case .unexpectedBody: "a GET request must not have a body"
        }
    }

    /// The complete response to write before closing the connection.
    public var response: [UInt8] {
        var headers = HTTPHeaders()
        if case .methodNotAllowed = self { headers.add(name: "Allow", value: "GET") }
        return HTTPResponseHead.plainText(status: status, body: message + "\n", headers: headers)
    }
}
