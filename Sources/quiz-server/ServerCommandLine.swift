import ContestServer

/// The server's options, parsed by hand (no argument-parser package), with a usage text that is the
/// documentation.
///
///     $ quiz-server                                  # the demo contest on port 7700
///     $ quiz-server --contest final.json --port 8000
///     $ quiz-server --new                            # a fresh contest; the old journal is kept aside
///     $ quiz-server --exam exam.json                 # the written exam online (docs/exam.md)
struct ServerCommandLine {
    var options = ServerOptions()
    var dataDirectory = "contest-data"
    /// Whether the server runs the written exam instead of the final; `examFile` nil is the demo exam.
    var examMode = false
    var examFile: String?
    private var dataGiven = false
    var fresh = false
    var contestFile: String?
    var bankFiles: [String] = []
    var webDirectory: String?
    var showHelp = false

    static let usage = """
        用法 Usage: quiz-server [选项 options]
               quiz-server bank check|convert|stats ...   题库工具 bank tools (quiz-server bank help)

          --contest FILE     比赛配置文件（JSON，见 docs/rules.md 第 7 节）；缺省为内置演示比赛
                             the contest file (JSON, docs/rules.md §7); default: the bundled demo contest
          --bank FILE        题库文件，可重复；缺省用比赛文件的 banks，或 question-banks/demo.json
                             a question bank (repeatable); default: the contest file's banks, or the demo bank
          --exam [FILE]      运行线上笔试（考试文件见 docs/exam.md）；不给文件则为内置演示考试（20 名考生，立即开考）
                             run the written exam online (docs/exam.md); no FILE: the bundled demo exam
          --data DIR         日志与令牌目录（默认 ./contest-data，考试为 ./exam-data）the journal and tokens folder
          --new              另起一场比赛：旧日志和令牌改名保留，不会删除
                             start a fresh contest: the old journal and tokens are renamed aside, never deleted
          --host ADDR        监听地址（默认 0.0.0.0，全部网卡）the address to listen on (default all)
          --port N           端口（默认 7700；0 为任选空闲端口）the port (default 7700; 0 picks a free one)
          --port-file FILE   启动后把实际端口写入该文件 write the bound port to FILE once listening
          --web DIR          大屏页面目录（默认 clients/web）the audience page folder
          --hello-timeout S  新连接须在 S 秒内发出 hello（默认 10）a new connection must say hello within S
                             seconds (default 10)
          --idle-timeout S   WebSocket 静默 S 秒即断开，S/3 秒时先 ping（默认 45）drop a WebSocket silent for S
                             seconds, pinging it after S/3 (default 45)
          --conformance-echo 另在 /echo 提供 WebSocket 回显，仅供一致性测试 also serve a WebSocket echo at
                             /echo, for the conformance suite only
          --quiet            不输出运行日志 no log on standard error
          -h, --help         显示本说明 show this text
        """

    /// Parses `arguments`; the error names the option that is wrong.
    init(_ arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        func value(_ option: String) throws(UsageError) -> String {
            guard let value = rest.popFirst(), !value.hasPrefix("--") else { throw .missingValue(option) }
            return value
        }
        func seconds(_ option: String) throws(UsageError) -> Int64 {
            let text = try value(option)
            guard let seconds = Double(text), seconds >= 0.1, seconds <= 3600 else { throw .badNumber(option, text) }
            return Int64(seconds * 1_000_000)
        }
        func number(_ option: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
            let text = try value(option)
            guard let number = Int(text), range.contains(number) else { throw .badNumber(option, text) }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--contest": contestFile = try value(argument)
            case "--bank": bankFiles.append(try value(argument))
            case "--data":
                dataDirectory = try value(argument)
                dataGiven = true
            case "--exam":
                examMode = true
                if let next = rest.first, !next.hasPrefix("-") { examFile = rest.popFirst() }
            case "--new": fresh = true
            case "--host": options.host = try value(argument)
            case "--port": options.port = try number(argument, in: 0...65535)
            case "--port-file": options.portFile = try value(argument)
            case "--web": webDirectory = try value(argument)
            case "--conformance-echo": options.conformanceEcho = true
            case "--hello-timeout": options.introductionTimeout = try seconds(argument)
            case "--idle-timeout":
                options.idleTimeout = try seconds(argument)
                options.pingInterval = options.idleTimeout / 3
            case "--quiet": quiet = true
            case "--test-stall-ms": options.injectedStallMilliseconds = try number(argument, in: 0...10_000)
            case "-h", "--help": showHelp = true
            default: throw .unknownOption(argument)
            }
        }
        if examMode && !dataGiven { dataDirectory = "exam-data" }
        if examMode && (contestFile != nil || !bankFiles.isEmpty) { throw .examWithContest }
    }

    var quiet = false

    /// A command line that cannot be run, with the words to say so.
    enum UsageError: Error {
        case unknownOption(String)
        case missingValue(String)
        case badNumber(String, String)
        case examWithContest

        var message: String {
            switch self {
            case .unknownOption(let option): "未知选项 unknown option: \(option)"
            case .missingValue(let option): "\(option) 需要一个值 needs a value"
            case .badNumber(let option, let text): "\(option) 的值无效 has an invalid value: \(text)"
            case .examWithContest:
                "--exam 不能与 --contest 或 --bank 同用（考试文件自带试卷）--exam takes no --contest or --bank (the exam file names its paper)"
            }
        }
    }
}
