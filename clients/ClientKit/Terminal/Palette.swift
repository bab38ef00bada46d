/// Whether styles become colour escape sequences or are dropped, decided once per client.
///
/// Colour codes are noise in a log file, unreadable on a `dumb` terminal and unwanted by anyone
/// who sets `NO_COLOR` (https://no-color.org), so `detect` turns them off in all three cases.
/// Plain mode keeps only the text, attributes such as reverse included: renderers must not rely
/// on colour alone for meaning and mark things in text as well ("▶", "✓", "▲▼").
public struct Palette: Hashable, Sendable {
    /// Whether `render` emits SGR sequences.
    public let usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// Text only.
    public static let plain = Palette(usesColor: false)
    /// Text with ANSI SGR sequences.
    public static let ansi = Palette(usesColor: true)

    /// The palette for this process: plain when `NO_COLOR` is set to anything non-empty, when
    /// `TERM` is unset, empty or `dumb`, or when the output is not a terminal; ANSI otherwise.
    public static func detect(environment: [String: String], isTerminal: Bool) -> Palette {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb", isTerminal else { return .plain }
        return .ansi
    }

    /// The bytes that draw `line`: each styled span as `ESC[<parameters>m`, its text and `ESC[0m`;
    /// plain spans, and every span when colour is off, as their bare text.
    ///
    /// Resetting after each styled span keeps spans independent, so a line can be cut or
    /// rearranged without a colour leaking into what follows.
    public func render(_ line: Line) -> String {
        var output = ""
        for span in line.spans {
            let parameters = span.style.sgrParameters
            if usesColor && !parameters.isEmpty {
                output += "\u{1B}[" + parameters.map(String.init).joined(separator: ";") + "m"
                output += span.text
                output += "\u{1B}[0m"
            } else {
                output += span.text
            }
        }
        return output
    }
}
