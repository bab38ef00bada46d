import ContestCore
import ContestProtocol
import Foundation

/// A short dialogue at the bottom of the host console, one field at a time, for the commands that
/// need numbers or words: which segment, which team, how many points, and why.
public struct HostForm: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case startSegment, tieBreak, showQuestion, correction, onBehalf, essayScore
    }

    public let kind: Kind
    public private(set) var values: [String] = []
    public var input = ""

    public init(_ kind: Kind) { self.kind = kind }

    public var title: String {
        switch kind {
        case .startSegment: "开始环节"
        case .tieBreak: "开始加赛"
        case .showQuestion: "指定题号出题"
        case .correction: "改分"
        case .onBehalf: "代录"
        case .essayScore: "论述评分"
        }
    }

    var labels: [String] {
        switch kind {
        case .startSegment: ["环节序号"]
        case .tieBreak: ["加赛环节序号", "参赛队号（如 3,6）"]
        case .showQuestion: ["题号"]
        case .correction: ["队号", "加减分（如 -2.5）", "原因（必填）"]
        case .onBehalf: ["队号", "内容：字母 AC / 对 / 错 / 文字 / 跳过 / 进阶 / 停止 / 放弃 / 档N"]
        case .essayScore: ["队号", "分数"]
        }
    }

    public var currentLabel: String { labels[min(values.count, labels.count - 1)] }

    /// Takes the typed field: the next field, the finished command, or why the field is wrong.
    /// When the finished fields do not make a command, the form starts again from its first field.
    public mutating func submit() -> Result<Action?, HostFormError> {
        let value = input.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return .failure(HostFormError("\(currentLabel)不能为空")) }
        values.append(value)
        input = ""
        guard values.count == labels.count else { return .success(nil) }
        let result = build()
        if case .failure = result { values = [] }
        return result.map(Optional.some)
    }

    private func build() -> Result<Action, HostFormError> {
        func number(_ text: String, _ name: String) -> Result<Int, HostFormError> {
            Int(text).map(Result.success) ?? .failure(HostFormError("\(name)应是整数：\(text)"))
        }
        func points(_ text: String) -> Result<Points, HostFormError> {
            Self.points(text).map(Result.success) ?? .failure(HostFormError("分数应是数字：\(text)"))
        }
        switch kind {
        case .startSegment:
            return number(values[0], "环节序号").map { .startSegment($0 - 1) }
        case .tieBreak:
            let teams = values[1].split(whereSeparator: { ",，、 ".contains($0) }).compactMap {
                Int($0).map { TeamID($0) }
            }
            guard teams.count >= 2 else { return .failure(HostFormError("加赛至少两队：\(values[1])")) }
            return number(values[0], "环节序号").map { .startTieBreak(segment: $0 - 1, teams: teams) }
        case .showQuestion:
            return .success(.showQuestion(id: values[0]))
        case .correction:
            return number(values[0], "队号").flatMap { team in
                points(values[1]).map { .correctScore(team: TeamID(team), delta: $0, reason: values[2]) }
            }
        case .onBehalf:
            return number(values[0], "队号").map { .onBehalf(team: TeamID($0), Self.action(values[1])) }
        case .essayScore:
            return number(values[0], "队号").flatMap { team in
                points(values[1]).map { .scoreEssay(team: TeamID(team), score: $0) }
            }
        }
    }

    /// A typed score, read exactly as the server reads a JSON number (`-2.5`, `17.67`, `10`), with a
    /// leading `+` allowed since a host types a gain that way; nil for anything else.
    static func points(_ text: String) -> Points? {
        let number = text.hasPrefix("+") ? String(text.dropFirst()) : text
        return try? Points(jsonText: Array(number.utf8))
    }

    /// The team's spoken entry as an action: option letters, 对/错, a keyword, or else text.
    static func action(_ entry: String) -> Action {
        switch entry.lowercased() {
        case "对", "t", "true": return .answer(.truth(true))
        case "错", "f", "false": return .answer(.truth(false))
        case "跳过", "skip": return .skip
        case "进阶", "climb": return .climb
        case "停止", "stop": return .stop
        case "放弃", "decline": return .decline
        default: break
        }
        if entry.hasPrefix("档"), let tier = Int(entry.dropFirst()) { return .pickTier(tier - 1) }
        let letters = entry.compactMap(OptionLetters.index(of:))
        if !letters.isEmpty && letters.count == entry.count { return .answer(.choices(Array(Set(letters)).sorted())) }
        return .answer(.text(entry))
    }
}
