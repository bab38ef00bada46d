import CQuizSys
import Foundation
import Glibc

/// quiz-bench: one process, one thread, one epoll loop driving thousands of client connections
/// against the release `quiz-server` (and, with `--peers`, a SwiftNIO and a C broadcast server) on
/// loopback, printing a table per measurement and writing every figure to JSON.
///
///     $ swift build -c release --product quiz-server && swift build -c release --product quiz-bench
///     $ .build/release/quiz-bench --quick
///     $ .build/release/quiz-bench --only fanout --peers
let options: BenchOptions
do {
    options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("quiz-bench: \(error)\n\n\(BenchOptions.usage)\n".utf8))
    exit(2)
}
if options.showHelp {
    print(BenchOptions.usage)
    exit(0)
}
if let core = options.benchCore { _ = cqs_pin_process(0, Int32(core)) }
let descriptorLimit = cqs_raise_open_file_limit()
signal(SIGPIPE, SIG_IGN)
let context: BenchContext
do {
    context = try BenchContext(options: options)
} catch {
    FileHandle.standardError.write(Data("quiz-bench: \(error)\n".utf8))
    exit(1)
}
print(
    "quiz-bench: server \(context.serverBinary), server core \(options.serverCore.map(String.init) ?? "-"), "
        + "bench core \(options.benchCore.map(String.init) ?? "-"), open-file limit \(descriptorLimit)"
        + (options.quick ? ", quick run" : "") + "\n")
let report = BenchReport(
    path: options.jsonPath,
    context: [
        "quick": options.quick, "serverCore": options.serverCore ?? -1, "benchCore": options.benchCore ?? -1,
        "cpus": Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), "openFileLimit": descriptorLimit,
        "startedAt": ISO8601DateFormatter().string(from: Date()),
    ])
let measurements: [(String, (BenchReport) throws -> Void)] = [
    ("buzz", BuzzMeasurement(context: context).run),
    ("fanout", FanoutMeasurement(context: context).run),
    ("fairness", FairnessMeasurement(context: context).run),
    ("memory", MemoryMeasurement(context: context).run),
    ("presence", PresenceMeasurement(context: context).run),
    ("journal", JournalMeasurement(context: context).run),
    ("exam", ExamMeasurement(context: context).run),
]
for (name, run) in measurements where options.only.contains(name) {
    guard !context.outOfTime else {
        report.failed(name, "the overall --timeout of \(Int(options.timeoutSeconds)) s ran out first")
        continue
    }
    do {
        try run(report)
    } catch {
        context.loop.closeAll()
        report.failed(name, "\(error)")
    }
}
context.cleanUp()
print("figures written to \(options.jsonPath)")
