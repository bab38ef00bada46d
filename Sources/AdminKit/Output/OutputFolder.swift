import ContestCore
import Foundation

/// The `--out DIR` of every command: the folder made if needed, each file written whole or not at all.
///
/// Foundation's atomic write goes to a temporary file in the same folder and renames it over the
/// target, so a reader (Excel, a browser) never sees half a file.
public enum OutputFolder {
    /// Writes every file; nil when all were written, else the line to print, naming the folder.
    public static func write(_ files: [(name: String, bytes: [UInt8])], to directory: String, language: Language)
        -> String?
    {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let folder = directory.hasSuffix("/") ? directory : directory + "/"
            for file in files {
                try Data(file.bytes).write(to: URL(fileURLWithPath: folder + file.name), options: .atomic)
            }
            return nil
        } catch {
            return language == .chinese
                ? "\(directory): 错误: 无法写出结果：\(error.localizedDescription)\n"
                : "\(directory): error: cannot write the results: \(error.localizedDescription)\n"
        }
    }
}
