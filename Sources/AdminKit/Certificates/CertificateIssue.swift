/// What one printing of certificates shares: the contest, the date, the organisers and the wording.
public struct CertificateIssue: Sendable {
    public var contest: String
    public var date: CalendarDate
    public var organisers: [String]
    public var rules: CertificateRules

    public init(contest: String, date: CalendarDate, organisers: [String], rules: CertificateRules = CertificateRules())
    {
        (self.contest, self.date, self.organisers, self.rules) = (contest, date, organisers, rules)
    }

    /// `2026年11月20日`, as certificates and notices write dates.
    public var dateText: String { "\(date.year)年\(date.month)月\(date.day)日" }

    /// The wording with `{比赛}`, `{奖项}`, `{称号}` and `{名次}` filled in.
    public func wording(for certificate: Certificate) -> String {
        let title =
            certificate.title.isEmpty
            ? "" : rules.titleWording.replacingOccurrences(of: "{称号}", with: certificate.title)
        return (certificate.isTeam ? rules.teamWording : rules.personWording)
            .replacingOccurrences(of: "{比赛}", with: contest)
            .replacingOccurrences(of: "{奖项}", with: certificate.award)
            .replacingOccurrences(of: "{名次}", with: certificate.rank)
            .replacingOccurrences(of: "{称号}", with: title)
    }

    /// Every placeholder's value for one certificate; 获奖者 is the person (`王小明　同志`) or, for a unit's, the unit.
    public func values(for certificate: Certificate) -> [String: String] {
        [
            "姓名": certificate.name, "单位": certificate.unit,
            "获奖者": certificate.isTeam ? certificate.unit : certificate.name + "　同志",
            "附注": certificate.isTeam
                ? (certificate.members.isEmpty ? "" : "队员：" + certificate.members) : certificate.unit,
            "奖项": certificate.award, "称号": certificate.title, "名次": certificate.rank, "队员": certificate.members,
            "比赛": contest, "日期": dateText, "主办单位": organisers.joined(separator: "\n"),
            "正文": wording(for: certificate), "证书": rules.heading,
        ]
    }
}
