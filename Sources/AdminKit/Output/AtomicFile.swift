import Foundation

/// Writes a file whole or not at all: a reader (Excel, a browser) never sees half a file.
///
/// Foundation's atomic write goes to a temporary file in the same folder and renames it over the
/// target, which is atomic on one file system.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
