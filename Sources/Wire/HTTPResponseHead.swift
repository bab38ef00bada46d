/// The status line and header fields of a response, encoded as bytes.
///
/// The server writes few kinds of responses (101 for the upgrade, errors, static files), so this is a
/// small encoder rather than a general HTTP library. Values are written as given: callers pass
/// constants or numbers, never request data, so there is no header injection to guard against.
public struct HTTPResponseHead: Sendable, Hashable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders

    public init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.headers = headers
    }

    /// `HTTP/1.1 <status>` and the fields, each line ending in CRLF, then the empty line.
    public func encode() -> [UInt8] {
        var text = "HTTP/1.1 \(status)\r\n"
        for field in headers { text += "\(field.name): \(field.value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// A whole response with a UTF-8 text body and `Connection: close`, as error answers are.
    public static func plainText(status: HTTPStatus, body: String, headers: HTTPHeaders = HTTPHeaders()) -> [UInt8] {
        complete(status: status, body: Array(body.utf8), contentType: "text/plain; charset=utf-8", headers: headers)
    }

    /// A whole response: `headers`, then the body's type and length, `Connection: close`, the body.
    public static func complete(
        status: HTTPStatus, body: [UInt8], contentType: String, headers: HTTPHeaders = HTTPHeaders()
    ) -> [UInt8] {
        var all = headers
        all.add(name: "Content-Type", value: contentType)
        all.add(name: "Content-Length", value: String(body.count))
        all.add(name: "Connection", value: "close")
        return HTTPResponseHead(status: status, headers: all).encode() + body
    }
}
