import ContestCore

/// Codes of `error` messages: the message was wrong, not the move.
public enum ProtocolErrorCode: String, Sendable, Hashable, CaseIterable, JSONStringEnum {
    case badMessage
    case helloRequired
    case alreadyIdentified
    case badToken
    case badSeat
    case serverShuttingDown
    case lineTooLong
    /// A code from a newer server, as an older client reads it.
    case unknown

    /// The plain-language explanation sent with the code.
    public func message(_ language: Language, detail: String = "") -> String {
        let (chinese, english) =
            switch self {
            case .badMessage: ("无法识别的消息", "The message could not be understood")
            case .helloRequired: ("请先发送 hello 表明身份", "Send hello with your role first")
            case .alreadyIdentified: ("这个连接已经表明过身份", "This connection has already said who it is")
            case .badToken: ("令牌不正确，连接将关闭", "Wrong token; the connection will be closed")
            case .badSeat: ("没有这个座位号", "No such seat in this team")
            case .lineTooLong: ("一行超过了长度上限（字节）", "A line is longer than the limit (bytes)")
            case .serverShuttingDown: ("服务器正在关闭，请稍后重新连接", "The server is shutting down; reconnect later")
            case .unknown: ("服务器报告了错误", "The server reported an error")
            }
        let text = language == .chinese ? chinese : english
        return detail.isEmpty ? text : text + (language == .chinese ? "：" : ": ") + detail
    }
}
