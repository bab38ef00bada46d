import Glibc

/// The bench's command line, parsed by hand; `usage` is its documentation.
struct BenchOptions {
    static let measurements = ["buzz", "fanout", "fairness", "memory", "presence", "journal", "exam"]

    var only = Set(measurements)
    var quick = false
    var peers = false
    static let defaultNIOPath = "Benchmarks/peers/.build/release/nio-broadcast"
    static let defaultFloorPath = "Benchmarks/peers/c-floor/floor"

    var nioPath = defaultNIOPath
    var floorPath = defaultFloorPath
    var serverPath: String?
    var serverCore: Int?
    var benchCore: Int?
    var timeoutSeconds = 1200.0
    var jsonPath = "quiz-bench.json"
    var buzzRounds: Int?
    var showHelp = false

    static let usage = """
        Usage: quiz-bench [options]
          --only LIST        measurements to run, comma-separated (default all):
                             buzz,fanout,fairness,memory,presence,journal,exam
          --quick            a small run for smoke checks (under a minute)
          --peers            also measure the fan-out of the SwiftNIO and C peers
          --nio PATH         the SwiftNIO peer (default \(defaultNIOPath))
          --floor PATH       the C floor peer (default \(defaultFloorPath))
          --server PATH      the quiz-server binary (default: the one built beside quiz-bench)
          --server-core N    pin the server to CPU N (default 0 when there are 2+ CPUs)
          --bench-core N     pin the bench to CPU N (default 1 when there are 2+ CPUs)
          --buzz-rounds N    buzz rounds per screen count (default 1000, quick 100)
          --timeout S        stop after S seconds whatever is left (default 1200)
          --json FILE        where to write every figure (default quiz-bench.json)
          -h, --help         show this text
        """

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ option: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchFailure("\(option) needs a value") }
            return value
        }
        func number(_ option: String) throws -> Int {
            let text = try value(option)
            guard let number = Int(text), number >= 0 else { throw BenchFailure("\(option): not a number: \(text)") }
            return number
        }
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        if cores >= 2 {
            serverCore = 0
            benchCore = 1
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--only":
                only = Set(try value(argument).split(separator: ",").map(String.init))
                if let unknown = only.subtracting(Self.measurements).first {
                    throw BenchFailure("--only: no measurement named \(unknown)")
                }
            case "--quick": quick = true
            case "--peers": peers = true
            case "--nio": nioPath = try value(argument)
            case "--floor": floorPath = try value(argument)
            case "--server": serverPath = try value(argument)
            case "--server-core": serverCore = try number(argument)
            case "--bench-core": benchCore = try number(argument)
            case "--buzz-rounds": buzzRounds = try number(argument)
            case "--timeout": timeoutSeconds = Double(try number(argument))
            case "--json": jsonPath = try value(argument)
            case "-h", "--help": showHelp = true
            default: throw BenchFailure("unknown option \(argument)")
            }
        }
    }

    /// `full` normally, `quick` under `--quick`.
    func pick<T>(_ full: T, quick small: T) -> T { quick ? small : full }
}
