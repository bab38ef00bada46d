/// One file of a ZIP as its central directory describes it, before any of its data is read.
public struct ZipEntry: Sendable, Hashable {
    /// The compression methods this reader and the writer know.
    public enum Method: Sendable, Hashable {
        case stored
        case deflated
        /// Any other method number; reading such an entry is refused.
        case other(Int)

        init(code: Int) {
            switch code {
            case 0: self = .stored
            case 8: self = .deflated
            default: self = .other(code)
            }
        }

        var code: Int {
            switch self {
            case .stored: 0
            case .deflated: 8
            case .other(let code): code
            }
        }
    }

    /// The name exactly as stored (UTF-8, or CP437 read as Latin-1 without the UTF-8 flag); a name
    /// to look parts up by, never a path on disk.
    public let name: String
    public let method: Method
    /// The general-purpose flags; bit 0 means encrypted.
    public let flags: Int
    public let crc32: UInt32
    public let compressedSize: Int
    public let uncompressedSize: Int
    /// Where the entry's local header starts in the archive.
    public let localHeaderOffset: Int

    /// True when the entry is encrypted (traditional PKWARE or strong encryption).
    public var isEncrypted: Bool { flags & 0x41 != 0 }
}
