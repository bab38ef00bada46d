/// Why a form field was not taken, in words for the host.
public struct HostFormError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
