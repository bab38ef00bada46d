/// A command-line mistake, said in Chinese and English so the organiser can fix it alone.
public enum ConsoleOptionsError: Error, Sendable, Hashable {
    case missingValue(String)
    case badServer(String)
    case badSeat(String)
    case unknown(String)
    case missingToken

    public var message: String {
        switch self {
        case .missingValue(let option): "\(option) 后面缺少取值 (\(option) needs a value)"
        case .badServer(let text): "服务器地址应为 主机:端口，例如 192.168.1.20:7700 (not HOST:PORT: \(text))"
        case .badSeat(let text): "座位号应是正整数 (seat must be a positive number: \(text))"
        case .unknown(let option): "不认识的参数 (unknown option): \(option)"
        case .missingToken: "缺少 --token：令牌印在服务器启动时的屏幕上 (--token is required; the server prints the tokens)"
        }
    }
}
