/// A close status code (RFC 6455 §7.4), carried in the first two bytes of a close frame.
///
/// A struct rather than an enum because applications may use 3000–4999 and the registry grows;
/// `isValidInCloseFrame` says which numbers a peer may put on the wire.
public struct WebSocketCloseCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// 1000: the purpose of the connection is fulfilled.
    public static let normalClosure = Self(rawValue: 1000)
    /// 1001: the server is shutting down or the page is being left.
    public static let goingAway = Self(rawValue: 1001)
    /// 1002: the peer broke the framing rules.
    public static let protocolError = Self(rawValue: 1002)
    /// 1003: a data type the endpoint does not accept.
    public static let unsupportedData = Self(rawValue: 1003)
    /// 1005: reported locally when a close frame had no code; never sent.
    public static let noStatusReceived = Self(rawValue: 1005)
    /// 1006: reported locally when the connection dropped without a close frame; never sent.
    public static let abnormalClosure = Self(rawValue: 1006)
    /// 1007: a text message (or close reason) that is not UTF-8.
    public static let invalidPayloadData = Self(rawValue: 1007)
    /// 1008: a message that breaks a policy, such as too many fragments.
    public static let policyViolation = Self(rawValue: 1008)
    /// 1009: a message or frame larger than the endpoint accepts.
    public static let messageTooBig = Self(rawValue: 1009)
    /// 1010: the client wanted an extension the server did not agree to.
    public static let mandatoryExtension = Self(rawValue: 1010)
    /// 1011: the server hit an unexpected condition.
    public static let internalError = Self(rawValue: 1011)

    /// Whether a peer may send this code in a close frame: the codes registered for use on the wire
    /// (1000–1003, 1007–1014) and the ranges for libraries and applications (3000–4999). 1005,
    /// 1006 and 1015 are local-only by definition, the rest is reserved.
    public var isValidInCloseFrame: Bool {
        switch rawValue {
        case 1000...1003, 1007...1014, 3000...4999: true
        default: false
        }
    }

    public var description: String { String(rawValue) }
}
