import ContestCore
import Foundation
import OfficeDocuments
import QuestionBank

/// `quiz-admin ledger import-results`: certificates a contest or a certification round issued, added to the roster.
enum LedgerImportCommand {
    static let entry = AdminCommand.Entry(
        words: ["ledger", "import-results"],
        usage: """
              quiz-admin ledger import-results ROSTER RESULTS... [--date 2026-11-20] [--out FILE] [--rules FILE]
                把比赛（composite.csv 的「发证」）或认定名单（「等级」「取证日期」）发出的证书补进花名册；
                按身份证号码对人（无号码时按姓名和中心），已有的同一证书不重复；--date 为没有取证日期的行的日期（默认今天）；
                --out FILE 写出更新后的花名册（建议 .xlsx；也可 .csv），不写 --out 只列出将要添加的证书。
            """,
        options: ["--date", "--out", "--rules"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        guard list.positionals.count >= 2 else {
            throw ArgumentList.UsageError(message: "需要花名册和至少一个结果文件 (ROSTER and at least one RESULTS file)")
        }
        let rosterFile = list.positionals[0]
        var date = today
        if let text = list.options["--date"] {
            guard let parsed = CalendarDate(written: text) else {
                throw ArgumentList.UsageError(message: "--date 应为日期，如 2026-11-20 (--date takes a date)")
            }
            guard parsed <= today else {
                throw ArgumentList.UsageError(message: "--date \(parsed) 晚于今天 (--date is after today)")
            }
            date = parsed
        }
        if let out = list.options["--out"],
            URL(fileURLWithPath: out).standardized == URL(fileURLWithPath: rosterFile).standardized
        {
            throw ArgumentList.UsageError(message: "--out 不能是花名册本身，请另存一个文件 (--out must not be the roster itself)")
        }
        let rules = try list.rules()
        let language = list.language
        let table = TableReader.read(path: rosterFile)
        let roster = ClerkRoster.read(table, file: rosterFile, today: today)
        var output = roster.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        guard let sheet = roster.sheet else {
            return AdminCommand.Outcome(exitCode: 1, output: output)
        }
        let results = list.positionals.dropFirst().map { (file: $0, table: TableReader.read(path: $0)) }
        let imported = ResultImport.run(
            roster: table, rosterSheet: sheet, clerks: roster.clerks, results: results,
            level: rules.composite.certificateLevel, date: date)
        output += imported.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        let zh = language == .chinese
        for added in imported.added {
            output +=
                zh
                ? "\(added.name)（\(added.centre)）：加\(SkillLevel.name(of: added.level))证书，\(added.date)（\(added.source)）\n"
                : "\(added.name) (\(added.centre)): level-\(added.level) certificate of \(added.date) added (\(added.source))\n"
        }
        let failed = imported.diagnostics.errorCount() > 0
        guard let out = list.options["--out"] else {
            output +=
                zh
                ? "共 \(imported.added.count) 张证书；未写出（加 --out FILE 写出更新后的花名册）\n"
                : "\(imported.added.count) certificates; nothing written (add --out FILE to write the roster)\n"
            return AdminCommand.Outcome(exitCode: failed ? 1 : 0, output: output)
        }
        guard !failed else {
            output += zh ? "结果文件有错误，未写出 \(out)\n" : "the results have errors; \(out) not written\n"
            return AdminCommand.Outcome(exitCode: 1, output: output)
        }
        let bytes: [UInt8]
        if out.lowercased().hasSuffix(".xlsx") {
            var writer = WorkbookWriter()
            for (index, written) in imported.sheets.enumerated() {
                writer.addSheet(
                    written.name.isEmpty ? "Sheet\(index + 1)" : written.name, rows: written.rows, boldHeader: false)
            }
            do {
                bytes = try writer.bytes()
            } catch {
                return AdminCommand.Outcome(
                    exitCode: 1, output: output, errorOutput: "\(out): \(error.message(chinese: zh))\n")
            }
        } else {
            bytes = CSVDocument.bytes(imported.sheets[sheet.sheetIndex].rows)
            output +=
                zh
                ? "提示：Excel 直接打开 CSV 会把 18 位身份证号码变成科学计数法并丢失末几位；请改用 .xlsx，或用「数据→从文本/CSV」导入并把该列设为文本\n"
                : "note: Excel opening a CSV directly turns 18-digit ID numbers into numbers and loses their last digits; write .xlsx instead, or import the CSV with that column as text\n"
        }
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: out).lastPathComponent
        if let failure = OutputFolder.write([(name, bytes)], to: folder, language: language) {
            return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
        }
        output +=
            zh ? "共 \(imported.added.count) 张证书；已写出 \(out)\n" : "\(imported.added.count) certificates; \(out) written\n"
        return AdminCommand.Outcome(exitCode: 0, output: output)
    }
}
