import ContestCore

/// Why a rules file was refused, naming the file and the key, in the organiser's language.
public struct RulesFileError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case unreadable
        case notJSON
        case unknownKey(suggestion: String?)
        case wrongType
    }

    public var file: String
    /// The key's place, `prelimRank.awards[1].count`; empty for the file as a whole.
    public var path: String
    public var reason: Reason

    /// `规则.json: 错误: …`, the bank tools' line shape with the key in place of a line.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        let place = path.isEmpty ? "" : (zh ? "「\(path)」" : "\(path): ")
        let text: String
        switch reason {
        case .unreadable:
            text = zh ? "无法读取规则文件" : "cannot read the rules file"
        case .notJSON:
            text = zh ? "规则文件不是有效的 JSON" : "the rules file is not valid JSON"
        case .unknownKey(let suggestion):
            let hint = suggestion.map { zh ? "，是否想写「\($0)」？" : "; did you mean \($0)?" } ?? ""
            text = zh ? "\(place)不是规则项\(hint)" : "\(place)no such rule\(hint)"
        case .wrongType:
            text =
                zh
                ? "\(place)的取值类型不对，请对照 quiz-admin rules show 的写法"
                : "\(place)wrong kind of value; compare quiz-admin rules show"
        }
        return "\(file): \(zh ? "错误" : "error"): \(text)"
    }
}
