import ContestCore
import QuestionBank

/// Every problem `certificates` can find in a results list or a template, each with a stable code.
public enum CertificateProblem: AdminProblem {
    case reading(Problem)
    case noHeader
    case noAwards
    case missingRecipient
    case unknownPlaceholder(String)
    case unreadableTemplate

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .noAwards: .warning
        case .noHeader, .missingRecipient, .unknownPlaceholder, .unreadableTemplate: .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .noHeader: "no-header"
        case .noAwards: "no-awards"
        case .missingRecipient: "missing-recipient"
        case .unknownPlaceholder: "unknown-placeholder"
        case .unreadableTemplate: "unreadable-template"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .noHeader:
            return RecordSheet<CertificateColumn>.noHeaderMessage(language)
        case .noAwards:
            return zh ? "没有一行填了「奖项」：不生成证书" : "no row has an award (奖项): no certificates"
        case .missingRecipient:
            return zh ? "有奖项但「姓名」和「单位」都没有填：证书发给谁？" : "an award with neither 姓名 nor 单位: whose certificate is it?"
        case .unknownPlaceholder(let name):
            let known = CertificateTemplate.placeholders.map { "{{\($0)}}" }.joined(separator: " ")
            return zh
                ? "模板中的占位符「{{\(name)}}」不认识；可用的有 \(known)"
                : "unknown placeholder {{\(name)}} in the template; known ones: \(known)"
        case .unreadableTemplate:
            return zh ? "无法读取模板文件" : "cannot read the template file"
        }
    }
}
