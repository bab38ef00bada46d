/// The command line every console shares: `--server HOST:PORT --token T [--seat S] [--judge]`.
public struct ConsoleOptions: Sendable, Hashable {
    public var server = ServerAddress(host: "127.0.0.1")
    public var token: String?
    public var seat: Int?
    public var judge = false
    public var showHelp = false

    /// Reads the arguments; `needsToken` is false for the audience screen, which watches only.
    public init(_ arguments: [String], needsToken: Bool, allowsSeat: Bool = false, allowsJudge: Bool = false)
        throws(ConsoleOptionsError)
    {
        var rest = arguments[...]
        func value(for option: String) throws(ConsoleOptionsError) -> String {
            guard let next = rest.popFirst(), !next.hasPrefix("--") else { throw .missingValue(option) }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help": showHelp = true
            case "--server":
                let text = try value(for: argument)
                guard let address = ServerAddress(parsing: text) else { throw .badServer(text) }
                server = address
            case "--token" where needsToken: token = try value(for: argument).uppercased()
            case "--seat" where allowsSeat:
                let text = try value(for: argument)
                guard let number = Int(text), number > 0 else { throw .badSeat(text) }
                seat = number
            case "--judge" where allowsJudge: judge = true
            default: throw .unknown(argument)
            }
        }
        if needsToken && token == nil && !showHelp { throw .missingToken }
    }
}
