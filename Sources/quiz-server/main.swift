import ContestCore
import Foundation
import QuestionBank

switch CommandLineRoute(Array(CommandLine.arguments.dropFirst())) {
case .bank(let arguments):
    let result = BankTool.run(arguments)
    FileHandle.standardError.write(Data(result.errors.utf8))
    FileHandle.standardOutput.write(Data(result.output.utf8))
    exit(result.exitCode)
case .server:
    print("quiz-server: 服务器尚未实现 (the live server is not built yet)")
}
