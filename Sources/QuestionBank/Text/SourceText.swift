/// A line and column in a bank file, both counted from 1, as editors and compilers show them.
///
/// Columns count characters (Unicode scalars), not bytes, so a column in a Chinese stem points at
/// the same place in an editor whatever the file's encoding was.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Decoded UTF-8 text, and where its lines start once a diagnostic needs them.
///
/// Parsers remember only byte offsets, which is cheap for 100,000 questions; turning an offset into
/// a line and column happens here, only for the offsets that end up in a diagnostic. The line index
/// is built on first use, so a clean file never pays for it.
final class SourceText: SourceLocator {
    let bytes: [UInt8]
    private var lineStarts: [Int]?
    /// The last position found, from which a later offset on the same line counts on, so that many
    /// diagnostics on one long line (a pasted paper's) cost the line's length, not its square.
    private var last: (offset: Int, position: SourcePosition)?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func buildLineStarts() -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        return starts
    }

    /// The line and column of a byte offset; line breaks are LF, CRLF or a lone CR (old Mac Excel).
    func position(at offset: Int) -> SourcePosition {
        let lineStarts = self.lineStarts ?? buildLineStarts()
        self.lineStarts = lineStarts
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var start = lineStarts[low]
        var column = 1
        if let last, last.position.line == low + 1, last.offset <= offset {
            start = last.offset
            column = last.position.column
        }
        for index in start..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        let position = SourcePosition(line: low + 1, column: column)
        last = (offset, position)
        return position
    }

    func location(at offset: Int) -> SourceLocation { .text(position(at: offset)) }
}
