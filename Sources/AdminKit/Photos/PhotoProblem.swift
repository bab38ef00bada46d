import ContestCore

/// What can be wrong with one submitted photo, with its message in both languages side by side.
///
/// A command embeds these in its own problem enum (`CertificationProblem.photo`), so the photo
/// rules and their wording live in one place for every notice.
public enum PhotoProblem: Sendable, Hashable {
    case empty
    /// `format` is what the first bytes say (`PNG`), "" when unknown; `ending` is the name's (`JPG`).
    case notJPEG(format: String, ending: String)
    case tooLarge(bytes: Int, limit: Int)
    case tooSmall(bytes: Int, limit: Int)
    case wrongName(found: String, expected: String)

    /// The stable name scripts and tests match on.
    public var code: String {
        switch self {
        case .empty: "photo-empty"
        case .notJPEG: "photo-not-jpeg"
        case .tooLarge: "photo-too-large"
        case .tooSmall: "photo-too-small"
        case .wrongName: "photo-name"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .empty:
            return zh ? "照片文件是空的" : "the photo file is empty"
        case .notJPEG(let format, let ending):
            let what =
                format.isEmpty
                ? (zh ? "不是 JPEG 图片" : "is not a JPEG image") : (zh ? "是 \(format) 图片" : "is a \(format) image")
            let named = ending.isEmpty ? "" : (zh ? "文件名虽是 .\(ending)，" : "though named .\(ending), ")
            return zh ? "照片\(named)内容\(what)，应为 JPG 格式" : "the photo, \(named)\(what); it must be a JPG"
        case .tooLarge(let bytes, let limit):
            return zh
                ? "照片 \(Self.size(bytes))，超过 \(Self.size(limit)) 的上限"
                : "the photo is \(Self.size(bytes)), over the \(Self.size(limit)) limit"
        case .tooSmall(let bytes, let limit):
            return zh
                ? "照片只有 \(Self.size(bytes))，不足 \(Self.size(limit))"
                : "the photo is \(Self.size(bytes)), under the \(Self.size(limit)) minimum"
        case .wrongName(let found, let expected):
            return zh ? "照片文件名「\(found)」应为「\(expected)」" : "the photo is named \(found), not \(expected)"
        }
    }

    /// `19.5 KB` (1 KB = 1024 bytes), or bytes below 1 KB.
    static func size(_ bytes: Int) -> String {
        guard bytes >= 1024 else { return "\(bytes) B" }
        let tenths = bytes * 10 / 1024
        return tenths % 10 == 0 ? "\(tenths / 10) KB" : "\(tenths / 10).\(tenths % 10) KB"
    }
}
