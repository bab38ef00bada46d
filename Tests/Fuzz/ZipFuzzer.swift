// libFuzzer target `zip`: ZipArchive on arbitrary bytes, then every entry read. Build and run with
// Tests/Fuzz/run.
//
// Input: the bytes of a supposed ZIP. Properties: no crash, hang or unbounded allocation; an entry
// that reads has exactly its declared size; an archive whose entries all read writes back (through
// ZipWriter, stored and deflated) to an archive with the same names and contents.

@_cdecl("LLVMFuzzerTestOneInput")
public func zipFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard let archive = try? ZipArchive(bytes: input) else { return 0 }
    require(archive.entries.count <= archive.limits.maximumEntryCount, "more entries than the limit")
    var contents: [(String, [UInt8])] = []
    var allRead = true
    for entry in archive.entries {
        guard let bytes = try? archive.contents(of: entry) else {
            allRead = false
            continue
        }
        require(
            bytes.count == entry.uncompressedSize,
            "\(entry.name): \(bytes.count) bytes, declared \(entry.uncompressedSize)")
        contents.append((entry.name, bytes))
    }
    // Names of invalid UTF-8 grow when read as replacement characters, possibly past ZIP's limit.
    guard allRead, contents.allSatisfy({ $0.0.utf8.count <= 0xFFFF }) else { return 0 }
    for method in [ZipEntry.Method.stored, .deflated] {
        var writer = ZipWriter()
        for (name, bytes) in contents { writer.add(name, bytes, method: method) }
        guard let rewritten = try? writer.bytes(), let again = try? ZipArchive(bytes: rewritten) else {
            require(false, "a rewritten archive does not read")
            return 0
        }
        // Names that are not valid UTF-8 read back as their replacement characters, so compare those.
        require(again.entries.map(\.name) == contents.map(\.0), "rewritten names differ")
        for (entry, (_, bytes)) in zip(again.entries, contents) {
            require((try? again.contents(of: entry)) == bytes, "rewritten \(entry.name) differs")
        }
    }
    return 0
}
