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
    let site = StaticSite(
        root: commandLine.webDirectory ?? BundledFile.locate("clients/web/index.html").map { String($0.dropLast(11)) },
        home: commandLine.examMode ? "exam.html" : "index.html")
    if site.root == nil { log("未找到网页目录 clients/web/; / serves a placeholder (use --web DIR)") }
    let now = cqs_now_micros()
    do throws(ContestSetup.Failure) {
        if commandLine.examMode {
            let setup = try ExamSetup(commandLine, now: now)
            serve(
                setup.hub, journal: setup.journal, lock: setup.lock, entries: setup.entries, site: site, commandLine,
                log: log
            ) { port in
                ExamBanner.text(
                    hub: setup.hub, port: port, host: commandLine.options.host, data: commandLine.dataDirectory,
                    notes: setup.notes, now: now)
            }
        } else {
            let setup = try ContestSetup(commandLine, now: now)
            for note in setup.notes { log(note) }
            serve(
                setup.hub, journal: setup.journal, lock: setup.lock, entries: setup.entries, site: site, commandLine,
                log: log
            ) { port in
                Banner.text(
                    config: setup.hub.state.config, tokens: setup.hub.tokens, port: port,
                    host: commandLine.options.host, data: commandLine.dataDirectory, warnings: setup.warnings)
            }
        }
    } catch {
        FileHandle.standardError.write(Data(error.lines.map { "quiz-server: \($0)\n" }.joined().utf8))
        exit(1)
    }
}

/// Starts the server on `hub`, prints the banner once it listens, and runs until a signal stops it.
func serve<Hub: ServerHub>(
    _ hub: Hub, journal: JournalFile, lock: DataFolderLock, entries: Int, site: StaticSite,
    _ commandLine: ServerCommandLine, log: ServerLog, banner: (Int) -> String
) {
    let server = QuizServer(
        options: commandLine.options, hub: hub, journal: journal, journalEntries: entries, site: site, log: log)
    do {
        try server.start()
    } catch {
        FileHandle.standardError.write(
            Data("quiz-server: \(error.message())\nquiz-server: \(error.message(.english))\n".utf8))
        exit(1)
    }
    lock.record(port: server.boundPort)
    FileHandle.standardOutput.write(Data((banner(server.boundPort) + "\n").utf8))
    if commandLine.options.conformanceEcho { log("conformance echo enabled at /echo (testing only)") }
    // The lock is held until the server stops: no second server on this data folder meanwhile.
    withExtendedLifetime(lock) { server.run() }
}
