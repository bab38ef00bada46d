import ContestCore

/// Why a rules file was refused, naming the file and the key, in the organiser's language.
public struct RulesFileError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case unreadable
        case notJSON
        case unknownKey(suggestion: String?)
        case wrongType
    }

    /// Which strict file was read, so the message names it as the organiser knows it.
    public enum Document: Sendable, Hashable {
        case rules
        case blueprint
        case exam
    }

    public var file: String
    /// The key's place, `prelimRank.awards[1].count`; empty for the file as a whole.
    public var path: String
    public var reason: Reason
    public var document = Document.rules

    public init(file: String, path: String, reason: Reason, document: Document = .rules) {
        (self.file, self.path, self.reason, self.document) = (file, path, reason, document)
    }

    /// `规则.json: 错误: …`, the bank tools' line shape with the key in place of a line.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        let place = path.isEmpty ? "" : (zh ? "「\(path)」" : "\(path): ")
        let (name, item, example) =
            switch document {
            case .rules: (zh ? "规则文件" : "the rules file", zh ? "规则项" : "no such rule", "quiz-admin rules show")
            case .blueprint:
                (zh ? "试卷蓝图" : "the blueprint", zh ? "试卷蓝图的项" : "no such blueprint key", "docs/admin.md")
            case .exam: (zh ? "考试文件" : "the exam file", zh ? "考试文件的项" : "no such exam key", "docs/exam.md")
            }
        let text: String
        switch reason {
        case .unreadable:
            text = zh ? "无法读取\(name)" : "cannot read \(name)"
        case .notJSON:
            text = zh ? "\(name)不是有效的 JSON" : "\(name) is not valid JSON"
        case .unknownKey(let suggestion):
            let hint = suggestion.map { zh ? "，是否想写「\($0)」？" : "; did you mean \($0)?" } ?? ""
            text = zh ? "\(place)不是\(item)\(hint)" : "\(place)\(item)\(hint)"
        case .wrongType:
            text = zh ? "\(place)的取值类型不对，请对照 \(example) 的写法" : "\(place)wrong kind of value; compare \(example)"
        }
        return "\(file): \(zh ? "错误" : "error"): \(text)"
    }
}
