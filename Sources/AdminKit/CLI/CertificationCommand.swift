import ContestCore
import QuestionBank

/// `quiz-admin certification check`: who may apply for a skill level, and whether their files are all there.
enum CertificationCommand {
    static let entry = AdminCommand.Entry(
        words: ["certification", "check"],
        usage: """
              quiz-admin certification check FILE --level 5|4|3 [--materials DIR] [--rules FILE] [--out DIR]
                职业技能等级认定资格审核：逐人判断能否申报该等级（本职业工龄、下一级证书及取证后年限、
                相关专业学历或在读、初级职称），写明符合的条件或缺少什么；身份证号码和重复也检查；
                --materials DIR 每人一个文件夹（姓名_证件号）：身份证、照片 姓名_证件号.JPG（20 KB 以内）、
                学历证明、工作证明、申报表、诚信承诺书，顶层一份信息表；
                --out DIR 写出 资格审核.csv、材料检查.csv 和 资格审核.html。
            """,
        options: ["--level", "--materials", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("申报名单文件 (FILE)")
        guard let text = list.options["--level"], let level = Int(text), [5, 4, 3].contains(level) else {
            throw ArgumentList.UsageError(message: "--level 应为 5、4 或 3 (--level takes 5, 4 or 3)")
        }
        let rules = try list.rules().certification
        if let problem = CertificationCheck.rulesProblem(rules, level: level, language: list.language) {
            throw ArgumentList.UsageError(message: problem)
        }
        let language = list.language
        var materials: MaterialsListing?
        let materialsPath = list.options["--materials"] ?? ""
        if !materialsPath.isEmpty {
            materials = MaterialsListing.read(path: materialsPath)
            if materials == nil {
                let problem = CertificationDiagnostic(file: materialsPath, location: nil, problem: .unreadableMaterials)
                return AdminCommand.Outcome(exitCode: 1, output: problem.formatted(language) + "\n")
            }
        }
        let report = CertificationCheck.run(
            TableReader.read(path: file), file: file, level: level, rules: rules, materials: materials,
            materialsPath: materialsPath, today: today)
        var output = report.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += "\(file): \(CertificationPage.countsText(report, language == .chinese))\n"
        if let directory = list.options["--out"] {
            var files = [
                (
                    CertificationSheets.verdictsFileName,
                    CertificationSheets.verdicts(report, rules: rules, language: language)
                )
            ]
            if report.materialsChecked {
                files.append(
                    (CertificationSheets.materialsFileName, CertificationSheets.materials(report, language: language)))
            }
            files.append((CertificationPage.fileName, Array(CertificationPage.html(report, language: language).utf8)))
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: report.hasErrors ? 1 : 0, output: output)
    }
}
