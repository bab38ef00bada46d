/// What every certificate and the public list say besides the results: contest, date, organisers, wording.
///
/// `--contest`, `--date` and `--organiser` override the file's values for one run. Wording strings
/// take `{比赛}`, `{奖项}`, `{称号}` and `{名次}`; `{称号}` becomes `titleWording` filled in, or
/// nothing when the row has no 称号.
public struct CertificateRules: Codable, Sendable, Hashable {
    /// The contest's full name; required (here or by `--contest`).
    public var contest = ""
    /// `2026-11-20`; empty means the day the certificates are made.
    public var date = ""
    /// 主办单位, as the seal line prints them, in order.
    public var organisers: [String] = []
    public var heading = "荣誉证书"
    public var personWording = "在{比赛}中荣获{奖项}{称号}，特发此证，以资鼓励。"
    public var teamWording = "在{比赛}中荣获团体{奖项}，特发此证，以资鼓励。"
    public var titleWording = "，并被授予“{称号}”称号"
    /// 公示期: working days for objections, the usual five of Chinese public notices.
    public var publicNoticeDays = 5
    /// Whom to tell an objection to (a phone or an office); empty leaves the line to the organisers.
    public var publicNoticeContact = ""

    public init() {}
}
