import ContestCore
import Foundation
import QuestionBank

/// `quiz-admin registration check`: the entry list checked row by row and by the notice's rules.
enum RegistrationCommand {
    static let entry = AdminCommand.Entry(
        words: ["registration", "check"],
        usage: """
              quiz-admin registration check FILE [--rules siyang|jiangyin|FILE] [--photos DIR] [--out DIR]
                检查报名表（CSV 或 .xlsx）：身份证号码、性别、出生年月、联系电话、重复；
                --rules jiangyin 每单位 5 人且至少 2 人来自村社区或窗口前台；
                --rules siyang 非编窗口前台人员、养老保险满 1 年、工龄满 1 年或持四级证书；
                --rules FILE 规则文件的 registration 部分（见 quiz-admin rules show）；
                --photos DIR 每人一张照片（身份证号码.JPG 或 姓名_身份证号码.JPG），JPG 格式，泗阳 5–20 KB，其余 20 KB 以内；
                --out DIR 写出 报名汇总表.csv、问题清单.csv 和 报名检查.html。
            """,
        options: ["--rules", "--out", "--photos"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("报名表文件 (FILE)")
        let rules = try registrationRules(list)
        let photos = list.options["--photos"].map { (folder: $0, listing: MaterialsListing.read(path: $0)) }
        let report = RegistrationCheck.run(
            TableReader.read(path: file), file: file, rules: rules, today: today, photos: photos)
        let language = list.language
        var output = report.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += "\(file): \(RegistrationPage.countsText(report, language == .chinese))\n"
        if let directory = list.options["--out"] {
            let files = [
                (RegistrationSheets.summaryFileName, RegistrationSheets.summary(report)),
                (RegistrationSheets.problemsFileName, RegistrationSheets.problems(report, language: language)),
                (RegistrationPage.fileName, Array(RegistrationPage.html(report, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: report.hasErrors ? 1 : 0, output: output)
    }

    /// `--rules siyang|jiangyin` names built-in rules; anything else is a rules file's `registration` section.
    private static func registrationRules(_ list: ArgumentList) throws(ArgumentList.UsageError) -> RegistrationRules {
        guard let name = list.options["--rules"] else { return .none }
        if let rules = RegistrationRules.named[name] { return rules }
        guard name.contains(".") || name.contains("/") else {
            throw ArgumentList.UsageError(
                message: "--rules 应为 siyang、jiangyin 或规则文件 (--rules takes siyang, jiangyin or a rules file)")
        }
        return try list.rules().registration
    }
}
