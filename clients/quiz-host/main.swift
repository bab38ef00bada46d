import ClientKit
import Foundation

let usage = """
    quiz-host —— 主持人控制台；加 --judge 为裁判台 the host console, or with --judge the judges' console

    用法 usage: quiz-host --server HOST:PORT --token TOKEN [--judge]

      --server HOST:PORT  服务器地址，见服务器启动画面（默认 127.0.0.1:7700）
      --token TOKEN       主持人令牌，或裁判令牌（配合 --judge）
      --judge             裁判台：只能判对错、给论述题打分

    所有按键列在屏幕底部；带 * 的操作需要按 y 确认。NO_COLOR=1 关闭颜色。
    """

do {
    let options = try ConsoleOptions(Array(CommandLine.arguments.dropFirst()), needsToken: true, allowsJudge: true)
    if options.showHelp {
        print(usage)
        exit(0)
    }
    let console = HostConsole(role: options.judge ? .judge : .host, token: options.token ?? "")
    exit(ConsoleRunner.run(console, address: options.server))
} catch {
    FileHandle.standardError.write(Data("quiz-host: \(error.message)\n\n\(usage)\n".utf8))
    exit(2)
}
