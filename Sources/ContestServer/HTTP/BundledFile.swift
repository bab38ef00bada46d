import Foundation

/// Finds a file that ships with the package (the demo bank, the audience page) whether the server
/// was started from the package folder (`swift run`) or elsewhere, by its path from the package root.
public enum BundledFile {
    /// The first of `relativePath` under the working directory or under a folder above the
    /// executable (`.build/release/quiz-server` is three levels below the package root).
    public static func locate(_ relativePath: String, executable: String = CommandLine.arguments[0]) -> String? {
        var candidates = [relativePath]
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            directory = directory.deletingLastPathComponent()
            candidates.append(directory.appendingPathComponent(relativePath).path)
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
