import CQuizSys
import ContestCore
import ContestServer
import Foundation
import QuestionBank

switch CommandLineRoute(Array(CommandLine.arguments.dropFirst())) {
case .bank(let arguments):
    let result = BankTool.run(arguments)
    FileHandle.standardError.write(Data(result.errors.utf8))
    FileHandle.standardOutput.write(Data(result.output.utf8))
    exit(result.exitCode)
case .server(let arguments):
    let commandLine: ServerCommandLine
    do {
        commandLine = try ServerCommandLine(arguments)
    } catch {
        FileHandle.standardError.write(Data("quiz-server: \(error.message)\n\n\(ServerCommandLine.usage)\n".utf8))
        exit(2)
    }
    if commandLine.showHelp {
        print(ServerCommandLine.usage)
        exit(0)
    }
    let log = ServerLog(quiet: commandLine.quiet)
    let setup: ContestSetup
    do {
        setup = try ContestSetup(commandLine, now: cqs_now_micros())
    } catch {
        FileHandle.standardError.write(Data(error.lines.map { "quiz-server: \($0)\n" }.joined().utf8))
        exit(1)
    }
    for note in setup.notes { log(note) }
    let site = StaticSite(
        root: commandLine.webDirectory ?? BundledFile.locate("clients/web/index.html").map { String($0.dropLast(11)) })
    if site.root == nil { log("未找到大屏页面 clients/web/; / serves a placeholder (use --web DIR)") }
    let server = QuizServer(
        options: commandLine.options, hub: setup.hub, journal: setup.journal, journalEntries: setup.entries, site: site,
        log: log)
    do {
        try server.start()
    } catch {
        FileHandle.standardError.write(
            Data("quiz-server: \(error.message())\nquiz-server: \(error.message(.english))\n".utf8))
        exit(1)
    }
    setup.lock.record(port: server.boundPort)
    let banner = Banner.text(
        config: setup.hub.state.config, tokens: setup.hub.tokens, port: server.boundPort,
        host: commandLine.options.host, data: commandLine.dataDirectory, warnings: setup.warnings)
    FileHandle.standardOutput.write(Data((banner + "\n").utf8))
    if commandLine.options.conformanceEcho { log("conformance echo enabled at /echo (testing only)") }
    server.run()
    withExtendedLifetime(setup.lock) {}
}
