/// A point in time, in microseconds on the shell's clock.
///
/// Two buzzes 0.2 ms apart must keep their order, so milliseconds are too coarse. The core never
/// reads a clock: every time arrives inside a command.
public typealias Micros = Int64

/// Durations in microseconds.
public enum Time {
    public static func seconds(_ value: Int) -> Micros { Micros(value) * 1_000_000 }
    public static func milliseconds(_ value: Int) -> Micros { Micros(value) * 1_000 }

    /// A buzz margin as the hall argues over it: `+1.23 ms`, two decimals, rounded half up.
    public static func marginDescription(_ micros: Micros) -> String {
        let tens = (micros.magnitude + 5) / 10
        let whole = tens / 100
        let fraction = tens % 100
        return "\(micros < 0 ? "-" : "+")\(whole).\(fraction < 10 ? "0" : "")\(fraction) ms"
    }
}
