import ClientKit
import ContestCore
import ContestProtocol
import Testing

struct OptionFlags: Sendable, CustomTestStringConvertible {
    var needsToken = true
    var allowsSeat = false
    var allowsJudge = false
    var testDescription: String { "token \(needsToken) seat \(allowsSeat) judge \(allowsJudge)" }
}

private let team = OptionFlags(allowsSeat: true)
private let host = OptionFlags(allowsJudge: true)
private let screen = OptionFlags(needsToken: false)

private func parse(_ arguments: [String], _ flags: OptionFlags) -> Result<ConsoleOptions, ConsoleOptionsError> {
    do {
        return .success(
            try ConsoleOptions(
                arguments, needsToken: flags.needsToken, allowsSeat: flags.allowsSeat, allowsJudge: flags.allowsJudge))
    } catch {
        return .failure(error)
    }
}

@Test(
    arguments: [
        ([], screen, "127.0.0.1:7700", nil, nil, false, false),
        (["--server", "192.168.1.20:7800"], screen, "192.168.1.20:7800", nil, nil, false, false),
        (["--token", "bu5cj6c64c", "--seat", "2"], team, "127.0.0.1:7700", "BU5CJ6C64C", 2, false, false),
        (
            ["--server", "ws://quiz:7701/ws", "--token", "K7MX3QPA2B", "--judge"], host, "quiz:7701", "K7MX3QPA2B", nil,
            true, false
        ),
        (["-h"], team, "127.0.0.1:7700", nil, nil, false, true),
        (["--help", "--server", "h"], host, "h:7700", nil, nil, false, true),
    ] as [([String], OptionFlags, String, String?, Int?, Bool, Bool)])
func consoleOptionsReadTheSharedCommandLine(
    arguments: [String], flags: OptionFlags, server: String, token: String?, seat: Int?, judge: Bool, help: Bool
) throws {
    let options = try parse(arguments, flags).get()
    #expect(options.server.description == server)
    #expect(options.token == token)
    #expect(options.seat == seat)
    #expect(options.judge == judge)
    #expect(options.showHelp == help)
}

@Test(
    arguments: [
        (
            ["--server"], screen, ConsoleOptionsError.missingValue("--server"),
            "--server 后面缺少取值 (--server needs a value)"
        ),
        (["--token", "--seat", "1"], team, .missingValue("--token"), "--token 后面缺少取值 (--token needs a value)"),
        (
            ["--server", "quiz:port"], screen, .badServer("quiz:port"),
            "服务器地址应为 主机:端口，例如 192.168.1.20:7700 (not HOST:PORT: quiz:port)"
        ),
        (["--token", "T", "--seat", "0"], team, .badSeat("0"), "座位号应是正整数 (seat must be a positive number: 0)"),
        (["--token", "T", "--seat", "二"], team, .badSeat("二"), "座位号应是正整数 (seat must be a positive number: 二)"),
        (["--token", "T", "--seat", "2"], host, .unknown("--seat"), "不认识的参数 (unknown option): --seat"),
        (["--token", "T", "--judge"], team, .unknown("--judge"), "不认识的参数 (unknown option): --judge"),
        (["--token", "T"], screen, .unknown("--token"), "不认识的参数 (unknown option): --token"),
        (["7700"], screen, .unknown("7700"), "不认识的参数 (unknown option): 7700"),
        (
            ["--server", "h:1"], team, .missingToken,
            "缺少 --token：令牌印在服务器启动时的屏幕上 (--token is required; the server prints the tokens)"
        ),
    ] as [([String], OptionFlags, ConsoleOptionsError, String)])
func consoleOptionsRefuseMistakesInBothLanguages(
    arguments: [String], flags: OptionFlags, error: ConsoleOptionsError, message: String
) {
    #expect(parse(arguments, flags) == .failure(error))
    #expect(error.message == message)
}
