import AdminKit
import Foundation
import QuestionBank
import Testing

/// `certificates`: who gets one, what the template says, and what the public list leaves out.
@Suite struct CertificateTests {
    static let header = ["名次", "姓名", "单位", "身份证号码", "笔试成绩", "奖项"]
    static let issue = CertificateIssue(
        contest: "示例县技能竞赛", date: CalendarDate(year: 2026, month: 11, day: 20)!, organisers: ["示例县政务办", "示例县人社局"])

    static func list(_ text: String, file: String = "individual.csv") -> CertificateList {
        CertificateList(TableReader.read(Array(text.utf8), file: file), file: file)
    }

    @Test func aPersonAndATeamEachGetTheirOwnWording() {
        let people = Self.list(
            csv([["1", "王小明", "城东社区", residentID("32082119900501001"), "95", "一等奖"]], header: Self.header))
        let person = try! #require(people.certificates.first)
        #expect(!person.isTeam)
        #expect(Self.issue.values(for: person)["获奖者"] == "王小明　同志")
        #expect(Self.issue.wording(for: person) == "在示例县技能竞赛中荣获一等奖，特发此证，以资鼓励。")
        let teams = Self.list(
            csv([["1", "甲镇", "甲队", "30", "一等奖", "甲一、甲二"]], header: ["名次", "单位", "队伍", "总分", "奖项", "队员"]))
        let team = try! #require(teams.certificates.first)
        #expect(team.isTeam)
        #expect(Self.issue.values(for: team)["获奖者"] == "甲镇")
        #expect(Self.issue.values(for: team)["附注"] == "队员：甲一、甲二")
        #expect(Self.issue.wording(for: team) == "在示例县技能竞赛中荣获团体一等奖，特发此证，以资鼓励。")
        let page = CertificatePage.html(teams.certificates, issue: Self.issue)
        #expect(page.contains("size: A4 landscape") && page.contains("page-break-after: always"))
        #expect(page.contains("示例县政务办<br>示例县人社局") && page.contains("2026年11月20日"))
    }

    @Test func aTitleIsNamedOnTheSameCertificate() {
        let list = Self.list(csv([["1", "李红", "城西", "一等奖", "创新能手"]], header: ["名次", "姓名", "单位", "奖项", "称号"]))
        #expect(list.certificates.count == 1)
        #expect(Self.issue.wording(for: list.certificates[0]).contains("荣获一等奖，并被授予“创新能手”称号"))
    }

    @Test func aRowWithoutAnAwardGetsNoneAndNeitherListShowsIDs() {
        let id = residentID("32082119900501001")
        let list = Self.list(
            csv([["1", "王小明", "城东", id, "95", "一等奖"], ["2", "李红", "城西", id, "60", ""]], header: Self.header))
        #expect(list.certificates.map(\.name) == ["王小明"])
        let notice = PublicNoticePage.html(list, issue: Self.issue)
        let table = String(decoding: PublicNoticePage.csv(list).dropFirst(3), as: UTF8.self)
        #expect(table == "名次,姓名,单位,奖项\r\n1,王小明,城东,一等奖\r\n")
        #expect(!notice.contains(id) && !notice.contains("李红"))
        #expect(notice.contains("公示期为 5 个工作日"))
        let none = Self.list(csv([["2", "李红", "城西", id, "60", ""]], header: Self.header))
        #expect(none.diagnostics.map(\.problem.code) == ["no-awards"])
    }

    @Test func placeholdersAreFilledAndEscaped() throws {
        let template = try CertificateTemplate.parse("<p>{{姓名}}·{{ 奖项 }}·{{比赛}}·{{名次}}</p>", file: "t.html").get()
        let list = Self.list(csv([["1", "<b>王</b>", "城东", "", "", "一等奖"]], header: Self.header))
        let page = CertificatePage.html(list.certificates, issue: Self.issue, template: template)
        #expect(page.contains("<p>&lt;b&gt;王&lt;/b&gt;·一等奖·示例县技能竞赛·1</p>"))
        let whole = try CertificateTemplate.parse(
            "<html><head><style>p{}</style></head><body class=\"x\"><p>{{单位}}</p></body></html>", file: "t.html"
        ).get()
        #expect(
            CertificatePage.html(list.certificates, issue: Self.issue, template: whole)
                == "<html><head><style>p{}</style></head><body class=\"x\"><p>城东</p></body></html>")
    }

    @Test func anUnknownPlaceholderIsAnErrorNamingItAndItsLine() {
        guard case .failure(let problem) = CertificateTemplate.parse("<p>\n  {{姓名}} {{职务}}</p>", file: "t.html") else {
            Issue.record("an unknown placeholder must be refused")
            return
        }
        #expect(problem.formatted().hasPrefix("t.html:2:10: 错误: 模板中的占位符「{{职务}}」不认识"))
    }

    @Test func aGB18030ListIsRead() {
        let text = csv([["1", "王小明", "城东社区", "", "", "二等奖"]], header: Self.header)
        let read = TableReader.read(encode(text, as: "GB18030"), file: "gbk.csv")
        #expect(CertificateList(read, file: "gbk.csv").certificates.map(\.unit) == ["城东社区"])
    }

    @Test func theCommandNeedsAContestNameAndWritesThreeFiles() throws {
        let folder = temporaryFolder()
        let file = folder + "/composite.csv"
        try csv([["1", "王小明", "城东", "", "", "一等奖"]], header: Self.header).write(
            toFile: file, atomically: true, encoding: .utf8)
        #expect(AdminCommand.run(["certificates", file], today: today).exitCode == 2)
        #expect(
            AdminCommand.run(["certificates", file, "--contest", "赛", "--date", "2026-02-30"], today: today).exitCode
                == 2)
        let out = folder + "/out"
        let run = AdminCommand.run(
            ["certificates", file, "--contest", "赛", "--organiser", "甲、乙", "--out", out], today: today)
        #expect(run.exitCode == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["公示名单.csv", "公示名单.html", "证书.html"])
        let page = try String(contentsOfFile: out + "/证书.html", encoding: .utf8)
        #expect(page.contains("\(today.year)年\(today.month)月\(today.day)日") && page.contains("甲<br>乙"))
    }
}
