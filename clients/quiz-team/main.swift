import ClientKit
import Foundation

let usage = """
    quiz-team —— 参赛队终端 the team console

    用法 usage: quiz-team --server HOST:PORT --token TOKEN [--seat N]

      --server HOST:PORT  服务器地址，见服务器启动画面（默认 127.0.0.1:7700）
      --token TOKEN       本队令牌
      --seat N            座位号（接力题按座位轮流；默认第一个座位）

    按键：空格/回车 抢答·提交，A-H 选择，T/F 对/错，Tab 跳过，1-9 选档，0 放弃，↑ 进阶，↓ 停止，Ctrl-C 两次退出。
    NO_COLOR=1 关闭颜色。
    """

do {
    let options = try ConsoleOptions(Array(CommandLine.arguments.dropFirst()), needsToken: true, allowsSeat: true)
    if options.showHelp {
        print(usage)
        exit(0)
    }
    exit(ConsoleRunner.run(TeamConsole(token: options.token ?? "", seat: options.seat), address: options.server))
} catch {
    FileHandle.standardError.write(Data("quiz-team: \(error.message)\n\n\(usage)\n".utf8))
    exit(2)
}
