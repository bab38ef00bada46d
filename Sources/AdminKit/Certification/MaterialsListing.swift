import Foundation

/// What a `--materials` folder holds: the top-level files and each subfolder's files, with sizes and first bytes.
///
/// The one place `certification check` touches the disk for materials; the checks work on this
/// value, so tests build it without files. Only each file's first bytes are read (to tell a JPEG
/// from a renamed PNG), never whole scans. Hidden files (`.DS_Store`) and `Thumbs.db` are skipped.
public struct MaterialsListing: Sendable, Hashable {
    /// One file: its name, its size in bytes and its first `headLength` bytes.
    public struct File: Sendable, Hashable {
        public var name: String
        public var size: Int
        public var head: [UInt8]

        public init(name: String, size: Int, head: [UInt8]) {
            (self.name, self.size, self.head) = (name, size, head)
        }
    }

    /// One applicant's folder, by its name, with its files (files in deeper folders are not read).
    public struct Folder: Sendable, Hashable {
        public var name: String
        public var files: [File]

        public init(name: String, files: [File]) {
            (self.name, self.files) = (name, files)
        }
    }

    public static let headLength = 16

    public var path: String
    public var files: [File]
    public var folders: [Folder]

    public init(path: String, files: [File], folders: [Folder]) {
        (self.path, self.files, self.folders) = (path, files, folders)
    }

    /// The folder read, names sorted; nil when it is not a readable folder.
    public static func read(path: String) -> MaterialsListing? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? manager.contentsOfDirectory(atPath: path)
        else { return nil }
        var listing = MaterialsListing(path: path, files: [], folders: [])
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names.sorted() where !isSkipped(name) {
            let full = base + name
            guard manager.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let inner = ((try? manager.contentsOfDirectory(atPath: full)) ?? []).sorted().filter { !isSkipped($0) }
                listing.folders.append(Folder(name: name, files: inner.compactMap { file(full + "/" + $0, name: $0) }))
            } else if let file = file(full, name: name) {
                listing.files.append(file)
            }
        }
        return listing
    }

    private static func isSkipped(_ name: String) -> Bool { name.hasPrefix(".") || name == "Thumbs.db" }

    /// A plain file's size and first bytes; nil for a folder or an unreadable file.
    private static func file(_ path: String, name: String) -> File? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: headLength)).map { [UInt8]($0) } ?? []
        return File(name: name, size: size, head: head)
    }
}
