/// One key press as the clients see it, decoded from the terminal's bytes by `KeyDecoder`.
public enum Key: Hashable, Sendable {
    /// A printable character other than space, including Chinese typed through an input method.
    case character(Character)
    /// Return, sent as CR, LF or CRLF.
    case enter
    case space
    /// Backspace, sent as DEL (0x7F) or BS (0x08).
    case backspace
    /// Esc on its own, reported only by `KeyDecoder.flush()` since it starts sequences too.
    case escape
    case tab
    case up, down, left, right
    /// Ctrl-C, arriving as a byte because raw mode turns signals off; the client decides to quit.
    case ctrlC
    /// Ctrl-D.
    case ctrlD
    /// F1 to F12.
    case function(Int)
    /// Anything else: other control bytes, unrecognised escape sequences, malformed UTF-8.
    case unknown
}
