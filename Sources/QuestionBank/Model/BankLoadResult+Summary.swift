import ContestCore

extension BankLoadResult {
    /// The one line `bank check` prints per file: how many questions of each type were read, how
    /// many problems, and the encoding or kind of file, so the 命题组 can compare it with their
    /// document's own counts (`一、单选题（共35题）`).
    ///
    ///     题库.docx：330 题（单选题 120，多选题 60，判断题 75，填空题 36，简答题 24，论述题 15），0 个错误，0 个警告（Word）
    public func summary(_ language: Language) -> String {
        let zh = language == .chinese
        var counts: [QuestionType: Int] = [:]
        for question in bank.questions { counts[question.type, default: 0] += 1 }
        let perType = QuestionType.allCases.compactMap { type -> String? in
            counts[type].map { zh ? "\(type.chineseName) \($0)" : "\(type.rawValue) \($0)" }
        }.joined(separator: zh ? "，" : ", ")
        let types = perType.isEmpty ? "" : zh ? "（\(perType)）" : " (\(perType))"
        let kind: String? =
            switch format {
            case .docx: "Word"
            case .xlsx: "Excel"
            default: encoding?.rawValue
            }
        let suffix = kind.map { zh ? "（\($0)）" : " (\($0))" } ?? ""
        let count = bank.questions.count
        return zh
            ? "\(file)：\(count) 题\(types)，\(errorCount) 个错误，\(warningCount) 个警告\(suffix)"
            : "\(file): \(count) questions\(types), \(errorCount) error(s), \(warningCount) warning(s)\(suffix)"
    }
}
