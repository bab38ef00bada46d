/// One full frame for the terminal: the lines to show, fitted to the window, as one write.
///
/// Clients redraw the whole frame on every change instead of patching cells; at a few frames a
/// second over a contest this is cheap and cannot drift out of sync with the state. Drawing
/// over the old frame in place (home, overwrite, clear the rest) instead of clearing the screen
/// first avoids flicker.
public struct Screen: Sendable {
    /// The rows from the top; rows beyond `height` are not drawn, missing rows are cleared.
    public var lines: [Line]
    /// The terminal's columns; each line is truncated to it.
    public var width: Int
    /// The terminal's rows.
    public var height: Int
    /// Where to show the cursor after drawing, zero-based in rows and display columns, or nil to
    /// keep it hidden. A client reading typed answers sets it so the input method's candidate
    /// window opens at the input field.
    public var cursor: (row: Int, column: Int)?

    public init(lines: [Line], width: Int, height: Int, cursor: (row: Int, column: Int)? = nil) {
        self.lines = lines
        self.width = width
        self.height = height
        self.cursor = cursor
    }

    /// The bytes of a full redraw, in this order:
    ///
    /// - `ESC[?25l` hides the cursor while drawing, `ESC[H` moves it home;
    /// - each visible line, truncated to `width` and coloured by `palette`, followed by `ESC[K`
    ///   (clear to the end of the row) when it is narrower than the window, rows joined by "\r\n"
    ///   (the terminal is in raw mode, so a bare "\n" would not return the carriage);
    /// - when there are fewer lines than rows, "\r\n" and `ESC[J` clear everything below;
    /// - with a `cursor`, `ESC[<row>;<column>H` and `ESC[?25h` show it there.
    ///
    /// Lines are not padded with spaces and `ESC[K` is left out after a full-width line: after
    /// the last column the cursor waits on that column, and `ESC[K` or `ESC[J` there would erase
    /// the character just drawn. For the same reason no "\r\n" follows the last row of a full
    /// screen, which would also scroll the frame up by one line.
    public func render(palette: Palette) -> String {
        var output = "\u{1B}[?25l\u{1B}[H"
        let visible = lines.prefix(max(0, height))
        for (index, line) in visible.enumerated() {
            if index > 0 { output += "\r\n" }
            let fitted = line.truncated(to: width)
            output += palette.render(fitted)
            if fitted.width < width { output += "\u{1B}[K" }
        }
        if visible.count < height {
            if !visible.isEmpty { output += "\r\n" }
            output += "\u{1B}[J"
        }
        if let cursor {
            output += "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H\u{1B}[?25h"
        }
        return output
    }
}
