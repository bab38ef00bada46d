import NIOCore

/// The command line every peer shares with the bench, parsed once so a typo stops the run instead of
/// measuring a server started with the wrong frame size.
struct Options {
    /// The port to bind on 127.0.0.1; 0 lets the kernel pick a free one.
    var port = 0
    /// Where the bound port is written as "PORT\n" once listening, or nil to write nothing.
    var portFile: String?
    /// The size every broadcast frame's payload is padded to with ASCII spaces.
    var frameBytes = 0
    /// How many event loop threads serve the connections.
    var threads = System.coreCount

    /// What went wrong on the command line, in words a person running the bench can act on.
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads `--port N --port-file FILE --frame-bytes B [--threads N]`; each flag takes one value.
    init(arguments: [String]) throws(Problem) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else {
                throw Problem(description: "\(flag) needs a value")
            }
            switch flag {
            case "--port": port = try Self.number(value, for: flag, in: 0...65_535)
            case "--port-file": portFile = value
            case "--frame-bytes": frameBytes = try Self.number(value, for: flag, in: 0...(1 << 24))
            case "--threads": threads = try Self.number(value, for: flag, in: 1...1024)
            default:
                throw Problem(description: "unknown option \(flag) (use --port, --port-file, --frame-bytes, --threads)")
            }
        }
    }

    private static func number(_ text: String, for flag: String, in range: ClosedRange<Int>) throws(Problem) -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw Problem(
                description: "\(flag) takes a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)"
            )
        }
        return value
    }
}
