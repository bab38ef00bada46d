/// A submitted ID photo checked as the notices ask: a real JPEG, within a size, named by the applicant.
///
/// Shared by `certification check --materials` and `registration check --photos`: the notices differ
/// only in the limits (泗阳 5–20 KB named by the ID number, 乌审旗 under 20 KB named `姓名_证件号.JPG`),
/// which the caller passes in. The format is read from the first bytes, never from the name, since a
/// PNG renamed to `.JPG` is the commonest wrong photo.
///
/// ```swift
/// let limits = PhotoCheck.Limits(minimumBytes: 0, maximumBytes: 20 * 1024)
/// let problems = PhotoCheck.inspect(bytes: data, name: "王小明_110105199001010011.JPG", limits: limits)
///     + PhotoCheck.checkName("王小明_110105199001010011.JPG", rule: .nameAndID, name: "王小明", id: id)
/// ```
public enum PhotoCheck {
    /// The file sizes a notice allows, in bytes, both inclusive; 0 for no lower limit.
    public struct Limits: Sendable, Hashable {
        public var minimumBytes: Int
        public var maximumBytes: Int

        public init(minimumBytes: Int, maximumBytes: Int) {
            (self.minimumBytes, self.maximumBytes) = (minimumBytes, maximumBytes)
        }
    }

    /// How a notice wants the photo named, before the `.jpg` or `.JPG` ending.
    public enum NameRule: Sendable, Hashable {
        /// `110105199001010011.JPG` (泗阳).
        case idNumber
        /// `王小明_110105199001010011.JPG` (乌审旗).
        case nameAndID
    }

    /// The endings accepted, compared without case: the notices write `.JPG`, cameras write `.jpeg` too.
    public static let extensions: Set<String> = ["jpg", "jpeg"]

    /// The content's problems: empty, not a JPEG (naming what it is instead), or outside the limits.
    ///
    /// `bytes` may be only the file's start when `size` gives the whole file's length, so a reader
    /// need not load large scans to look at them.
    public static func inspect(bytes: [UInt8], name: String, limits: Limits, size: Int? = nil) -> [PhotoProblem] {
        let size = size ?? bytes.count
        guard size > 0 else { return [.empty] }
        var problems: [PhotoProblem] = []
        if !bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            problems.append(.notJPEG(format: format(of: bytes), ending: ending(of: name)))
        }
        if size > limits.maximumBytes {
            problems.append(.tooLarge(bytes: size, limit: limits.maximumBytes))
        } else if size < limits.minimumBytes {
            problems.append(.tooSmall(bytes: size, limit: limits.minimumBytes))
        }
        return problems
    }

    /// The file-name problem, if any: the expected name is `id.JPG` or `name_id.JPG` by `rule`.
    ///
    /// The ID's final X may be either case; spaces around the name are not forgiven, since the
    /// organisers' upload systems match names exactly.
    public static func checkName(_ fileName: String, rule: NameRule, name: String, id: String) -> PhotoProblem? {
        let expected = expectedName(rule: rule, name: name, id: id)
        let ending = ending(of: fileName)
        let stem = String(fileName.dropLast(ending.isEmpty ? 0 : ending.count + 1))
        let expectedStem = String(expected.dropLast(4))
        if extensions.contains(ending.lowercased()) && stem.uppercased() == expectedStem.uppercased()
            && stem.dropLast() == expectedStem.dropLast()
        {
            return nil
        }
        return .wrongName(found: fileName, expected: expected)
    }

    /// `王小明_110105199001010011.JPG`, as the notice writes it.
    public static func expectedName(rule: NameRule, name: String, id: String) -> String {
        switch rule {
        case .idNumber: "\(id).JPG"
        case .nameAndID: "\(name)_\(id).JPG"
        }
    }

    /// What the first bytes say the file is, for the message: `PNG`, `GIF`, … or "" when unknown.
    static func format(of bytes: [UInt8]) -> String {
        let signatures: [(String, [UInt8], Int)] = [
            ("PNG", [0x89, 0x50, 0x4E, 0x47], 0), ("GIF", [0x47, 0x49, 0x46, 0x38], 0), ("BMP", [0x42, 0x4D], 0),
            ("PDF", [0x25, 0x50, 0x44, 0x46], 0), ("WebP", [0x57, 0x45, 0x42, 0x50], 8),
            ("HEIC", [0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69], 4), ("TIFF", [0x49, 0x49, 0x2A, 0x00], 0),
            ("TIFF", [0x4D, 0x4D, 0x00, 0x2A], 0),
        ]
        for (format, magic, offset) in signatures where bytes.dropFirst(offset).starts(with: magic) {
            return format
        }
        return ""
    }

    /// The text after the last dot, as written (`JPG`), or "" for a name without one.
    static func ending(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
