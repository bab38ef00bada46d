#if canImport(Glibc)
    import Glibc
#endif

/// The controlling terminal: raw keyboard input, the alternate screen, its size and output.
///
/// Interactive clients take the terminal over (no echo, no line editing, keys as they are
/// pressed, a screen of their own) and must give it back exactly as they found it, even when
/// they fail; otherwise the user's shell is left blind and without a cursor. `restore()` undoes
/// everything, is safe to call twice and runs on deinit, so callers `defer { terminal.restore() }`.
/// Everything pure (key decoding, layout, frames) lives elsewhere so it can be tested without a tty.
public final class Terminal {
    private static let input: Int32 = 0
    private static let output: Int32 = 1

    /// The settings found on entry, restored by `restore()`; nil until raw mode was entered.
    private var savedAttributes: termios?
    private var inAlternateScreen = false

    /// Whether both standard input and standard output are terminals, so a full-screen client
    /// can run; otherwise a client should fall back to line output.
    public static var isInteractive: Bool { isatty(input) == 1 && isatty(output) == 1 }

    /// The terminal on standard input, or nil when standard input is not a terminal.
    public init?() {
        guard isatty(Self.input) == 1 else { return nil }
    }

    deinit { restore() }

    /// Turns off echo, line buffering, signal keys and output processing, and makes reads return
    /// at once with whatever is there (VMIN = 0, VTIME = 0).
    ///
    /// Ctrl-C then arrives as the byte 0x03 (`Key.ctrlC`) so the client can leave the screen
    /// cleanly itself, and "\n" no longer returns the carriage, so frames use "\r\n".
    @discardableResult
    public func enterRawMode() -> Bool {
        var attributes = termios()
        guard tcgetattr(Self.input, &attributes) == 0 else { return false }
        if savedAttributes == nil { savedAttributes = attributes }
        cfmakeraw(&attributes)
        withUnsafeMutableBytes(of: &attributes.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 0
            controlCharacters[Int(VTIME)] = 0
        }
        return tcsetattr(Self.input, TCSAFLUSH, &attributes) == 0
    }

    /// Switches to the alternate screen (`ESC[?1049h`), so the shell's scrollback comes back
    /// untouched on exit, and hides the cursor (`ESC[?25l`).
    public func enterAlternateScreen() {
        inAlternateScreen = true
        write("\u{1B}[?1049h\u{1B}[?25l")
    }

    /// Undoes `enterAlternateScreen` and `enterRawMode`: resets colours, shows the cursor, leaves
    /// the alternate screen and puts back the saved terminal settings. Idempotent.
    public func restore() {
        if inAlternateScreen {
            inAlternateScreen = false
            write("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        }
        if var attributes = savedAttributes {
            savedAttributes = nil
            _ = tcsetattr(Self.input, TCSAFLUSH, &attributes)
        }
    }

    /// The window size in columns and rows, from `TIOCGWINSZ` or, failing that, from
    /// `COLUMNS` and `LINES`, or 80×24.
    public func size() -> (width: Int, height: Int) {
        var window = winsize()
        let measured = ioctl(Self.output, UInt(TIOCGWINSZ), &window) == 0
        return Self.size(
            columns: measured ? Int(window.ws_col) : 0, rows: measured ? Int(window.ws_row) : 0,
            environment: ["COLUMNS", "LINES"].reduce(into: [:]) { found, name in
                if let value = getenv(name) { found[name] = String(cString: value) }
            })
    }

    /// The size to use given what the kernel reported (0 when unknown) and the environment:
    /// each dimension separately falls back to its variable, then to 80 columns or 24 rows.
    static func size(columns: Int, rows: Int, environment: [String: String]) -> (width: Int, height: Int) {
        func choose(_ measured: Int, _ variable: String, _ standard: Int) -> Int {
            if measured > 0 { return measured }
            if let value = environment[variable].flatMap({ Int($0) }), value > 0 { return value }
            return standard
        }
        return (choose(columns, "COLUMNS", 80), choose(rows, "LINES", 24))
    }

    /// Writes all of `text` to standard output, resuming after partial writes and interrupts and
    /// waiting when the descriptor is non-blocking and full. Gives up silently if output is gone.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(Self.output, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                var descriptor = pollfd(fd: Self.output, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, -1)
            } else {
                return
            }
        }
    }

    /// Rings the terminal bell, for a buzzer opening or time running out.
    public func bell() {
        write("\u{07}")
    }

    /// Whatever bytes standard input has now, without waiting; empty when there are none.
    public func readAvailable() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while waitForInput(milliseconds: 0) {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(Self.input, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk.prefix(count)
            if count < chunk.count { break }
        }
        return bytes
    }

    /// Waits up to `milliseconds` (-1 for ever) for input; true when there is some. Lets a client
    /// sleep between frames and time out a pending Esc for `KeyDecoder.flush()`.
    public func waitForInput(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: Self.input, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0 && descriptor.revents & Int16(POLLIN) != 0
        }
    }
}
