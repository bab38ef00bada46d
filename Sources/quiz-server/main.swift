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
    let loaded = BankLoader.load(path: DemoContest.bankPath)
    guard loaded.isValid else {
        for diagnostic in loaded.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.formatted() + "\n").utf8))
        }
        FileHandle.standardError.write(Data("quiz-server: 演示题库无法使用 (the demo bank cannot be used)\n".utf8))
        exit(1)
    }
    let pool = QuestionPool(loaded.bank.questions)
    print(DemoContest.overview(bankSize: pool.questions.count, pool: pool))
}
