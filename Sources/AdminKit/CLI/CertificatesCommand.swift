import ContestCore
import Foundation
import QuestionBank

/// `quiz-admin certificates RESULTS`: award certificates and the public list from any ranking's output.
enum CertificatesCommand {
    static let entry = AdminCommand.Entry(
        words: ["certificates"],
        usage: """
              quiz-admin certificates RESULTS --contest NAME [--date 2026-11-20] [--organiser NAME]
                                      [--template FILE] [--rules FILE] [--out DIR]
                由名次表（individual.csv、composite.csv、awards.csv 等，按表头读 名次、姓名、单位、奖项、称号、队员）
                为每个有奖项的行生成一张 A4 横向荣誉证书；无「姓名」列时为单位（团体）证书；
                比赛名称、日期、主办单位（多个用「、」分隔）也可写在规则文件的 certificates 一节；
                --out DIR 写出 证书.html、公示名单.html 和 公示名单.csv（不含身份证号码）。
            """,
        options: ["--contest", "--date", "--organiser", "--template", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("名次表文件 (RESULTS)")
        let issue = try issue(list, today: today)
        let language = list.language
        var template = CertificateTemplate.standard
        if let path = list.options["--template"] {
            guard let data = FileManager.default.contents(atPath: path) else {
                let problem = AdminDiagnostic<CertificateProblem>(
                    file: path, location: nil, problem: .unreadableTemplate)
                return AdminCommand.Outcome(exitCode: 1, output: problem.formatted(language) + "\n")
            }
            switch CertificateTemplate.parse(String(decoding: data, as: UTF8.self), file: path) {
            case .success(let parsed): template = parsed
            case .failure(let problem):
                return AdminCommand.Outcome(exitCode: 1, output: problem.formatted(language) + "\n")
            }
        }
        let results = CertificateList(TableReader.read(path: file), file: file)
        var output = results.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        let people = results.certificates.filter { !$0.isTeam }.count
        output +=
            language == .chinese
            ? "\(file): \(results.certificates.count) 张证书（个人 \(people)，单位 \(results.certificates.count - people)）\n"
            : "\(file): \(results.certificates.count) certificates (\(people) personal, \(results.certificates.count - people) units)\n"
        if results.hasErrors { return AdminCommand.Outcome(exitCode: 1, output: output) }
        if let directory = list.options["--out"] {
            let files = [
                (
                    CertificatePage.fileName,
                    Array(CertificatePage.html(results.certificates, issue: issue, template: template).utf8)
                ),
                (
                    PublicNoticePage.fileName,
                    Array(PublicNoticePage.html(results, issue: issue, language: language).utf8)
                ),
                (PublicNoticePage.csvFileName, PublicNoticePage.csv(results)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: 0, output: output)
    }

    /// Contest, date and organisers: the options over the rules file; no contest name is a usage error.
    static func issue(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> CertificateIssue {
        let rules = try list.rules().certificates
        let contest = list.options["--contest"] ?? rules.contest
        guard !contest.isEmpty else {
            throw ArgumentList.UsageError(
                message: "缺少比赛名称：用 --contest NAME 或规则文件的 certificates.contest (the contest name is missing)")
        }
        let dateText = list.options["--date"] ?? rules.date
        var date = today
        if !dateText.isEmpty {
            let parts = dateText.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let parsed = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else {
                throw ArgumentList.UsageError(message: "日期应写作 2026-11-20 (dates are written 2026-11-20): \(dateText)")
            }
            date = parsed
        }
        let organisers =
            list.options["--organiser"].map { $0.split(whereSeparator: { "、,，;；".contains($0) }).map(String.init) }
            ?? rules.organisers
        return CertificateIssue(contest: contest, date: date, organisers: organisers, rules: rules)
    }
}
