import ClientKit
import Foundation

let usage = """
    quiz-screen —— 终端大屏（只看不操作）the terminal audience screen

    用法 usage: quiz-screen --server HOST:PORT

      --server HOST:PORT  服务器地址，见服务器启动画面（默认 127.0.0.1:7700）

    q 退出。NO_COLOR=1 关闭颜色。浏览器大屏请打开 http://HOST:PORT/
    """

do {
    let options = try ConsoleOptions(Array(CommandLine.arguments.dropFirst()), needsToken: false)
    if options.showHelp {
        print(usage)
        exit(0)
    }
    exit(ConsoleRunner.run(AudienceConsole(), address: options.server))
} catch {
    FileHandle.standardError.write(Data("quiz-screen: \(error.message)\n\n\(usage)\n".utf8))
    exit(2)
}
