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
            running(setup.lock) { () throws(ServerError) in
                try ServerLaunch.run(
                    setup.hub, journal: setup.journal, journalEntries: setup.entries, site: site,
                    options: commandLine.options, log: log
                ) { port in
                    announce(
                        port, lock: setup.lock, commandLine, log: log,
                        banner: ExamBanner.text(
                            hub: setup.hub, port: port, host: commandLine.options.host,
                            data: commandLine.dataDirectory, notes: setup.notes, now: now))
                }
            }
        } else {
            let setup = try ContestSetup(commandLine, now: now)
            for note in setup.notes { log(note) }
            running(setup.lock) { () throws(ServerError) in
                try ServerLaunch.run(
                    setup.hub, journal: setup.journal, journalEntries: setup.entries, site: site,
                    options: commandLine.options, log: log
                ) { port in
                    announce(
                        port, lock: setup.lock, commandLine, log: log,
                        banner: Banner.text(
                            config: setup.hub.state.config, tokens: setup.hub.tokens, port: port,
                            host: commandLine.options.host, data: commandLine.dataDirectory, warnings: setup.warnings))
                }
            }
        }
    } catch {
        FileHandle.standardError.write(Data(error.lines.map { "quiz-server: \($0)\n" }.joined().utf8))
        exit(1)
    }
}

/// Runs the server while holding the data folder's lock; a server that cannot start ends the process.
func running(_ lock: DataFolderLock, _ server: () throws(ServerError) -> Void) {
    do throws(ServerError) {
        try withExtendedLifetime(lock) { () throws(ServerError) in try server() }
    } catch {
        FileHandle.standardError.write(
            Data("quiz-server: \(error.message())\nquiz-server: \(error.message(.english))\n".utf8))
        exit(1)
    }
}

/// Once the server listens: its port in the lock file for `quiz-admin`, and the banner for the organiser.
func announce(_ port: Int, lock: DataFolderLock, _ commandLine: ServerCommandLine, log: ServerLog, banner: String) {
    lock.record(port: port)
    FileHandle.standardOutput.write(Data((banner + "\n").utf8))
    if commandLine.options.conformanceEcho { log("conformance echo enabled at /echo (testing only)") }
}
