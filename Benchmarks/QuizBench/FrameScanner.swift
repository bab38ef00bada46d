/// Finds the frames in a server's WebSocket stream without copying their payloads, keeping only
/// each frame's first bytes: thousands of screens each receiving kilobytes per change must not make
/// the bench the bottleneck it is measuring.
///
/// Server frames are unmasked (RFC 6455 §5.1); a masked or malformed header stops the scan.
struct FrameScanner {
    /// One whole frame: its opcode, length and first `prefixLength` payload bytes (control frames whole).
    struct Frame {
        var opcode: UInt8
        var length: Int
        var prefix: [UInt8]
    }

    static let prefixLength = 48

    private var header: [UInt8] = []
    private var remaining = 0
    private var current: Frame?
    private(set) var failed = false

    /// Scans `bytes`, calling `found` for each frame completed in them.
    mutating func scan(_ bytes: UnsafeRawBufferPointer, _ found: (Frame) -> Void) {
        var index = 0
        while index < bytes.count, !failed {
            if var frame = current {
                let take = min(remaining, bytes.count - index)
                let keep = max(0, min(take, (frame.opcode >= 8 ? 125 : Self.prefixLength) - frame.prefix.count))
                if keep > 0 { frame.prefix.append(contentsOf: bytes[index..<(index + keep)]) }
                index += take
                remaining -= take
                current = remaining == 0 ? nil : frame
                if remaining == 0 { found(frame) }
                continue
            }
            header.append(bytes[index])
            index += 1
            guard let (opcode, length) = parsedHeader() else { continue }
            header.removeAll(keepingCapacity: true)
            let frame = Frame(opcode: opcode, length: length, prefix: [])
            if length == 0 {
                found(frame)
            } else {
                current = frame
                remaining = length
            }
        }
    }

    /// The opcode and payload length once the header is complete.
    private mutating func parsedHeader() -> (UInt8, Int)? {
        guard header.count >= 2 else { return nil }
        if header[1] & 0x80 != 0 || header[0] & 0x70 != 0 {
            failed = true
            return nil
        }
        let short = Int(header[1] & 0x7F)
        switch short {
        case 126:
            guard header.count >= 4 else { return nil }
            return (header[0] & 0x0F, Int(header[2]) << 8 | Int(header[3]))
        case 127:
            guard header.count >= 10 else { return nil }
            let length = header[2..<10].reduce(0) { $0 << 8 | Int($1) }
            return (header[0] & 0x0F, length)
        default:
            return (header[0] & 0x0F, short)
        }
    }
}
