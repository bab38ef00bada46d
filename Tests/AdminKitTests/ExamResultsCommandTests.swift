import ContestCore
import ExamCore
import Foundation
import Testing

@testable import AdminKit

/// `exam results` as a command: what it prints, what it writes, its exit status, and the pages.
struct ExamResultsCommandTests {
    typealias Fixtures = ExamResultsFixtures

    func run(_ words: [String], day: Result<ExamDay, ResultsProblem>) throws -> AdminCommand.Outcome {
        try ExamResultsCommand.run(ArgumentList(words, options: ["--out"]), read: { _ in day })
    }

    @Test func aFinishedDayWritesEveryFileAndOneSummaryLine() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try run(["数据", "--out", folder], day: .success(Fixtures.finishedDay()))
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output
                == "数据：4 人，缺考 1 人，理论成绩已定 3 人，实操已签完 4 人；0 个错误，0 个警告；已写出到 \(folder)：理论成绩.csv、理论成绩.html、每题统计.csv、每题统计.html、实操成绩.csv、实操成绩.html、实操评分表.html、综合成绩.csv、初赛成绩.csv\n"
        )
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written.count == 9)
        let sheets = try String(contentsOfFile: folder + "/实操评分表.html", encoding: .utf8)
        #expect(sheets.contains("王芳（A001）") && sheets.contains("实操成绩：88 分"))
        let theory = try String(contentsOfFile: folder + "/理论成绩.html", encoding: .utf8)
        #expect(!theory.contains("暂定成绩") && !theory.contains("尚未完成"))
    }

    @Test func anUnfinishedDayPrintsItsWarningsAndStillExitsZero() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let day = Fixtures.written(Fixtures.exam(), stage: .answering).day
        let outcome = try run(["数据", "--out", folder, "--lang", "en"], day: .success(day))
        #expect(outcome.exitCode == 0)
        let lines = outcome.output.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines[0]
                == "数据: warning: admission number A004 (赵<丽>) is still answering: no theory score until the paper is handed in or closed [paper-open]"
        )
        #expect(
            lines[3].hasPrefix(
                "数据: 4 candidates, 1 absent, 0 theory scores final, 0 practical scores final; 0 errors, 3 warnings; the results are provisional; wrote to"
            ))
        let theory = try String(contentsOfFile: folder + "/理论成绩.html", encoding: .utf8)
        #expect(theory.contains("<p class=\"provisional\">Provisional: 3 items still open"))
        #expect(theory.contains("<h2>Still open</h2>"))
        #expect(theory.contains("赵&lt;丽&gt;") && !theory.contains("赵<丽>"))
    }

    @Test func anUnreadableFolderIsAnErrorAndWritesNothing() throws {
        let folder = temporaryFolder() + "/out"
        let outcome = try run(
            ["数据", "--out", folder],
            day: .failure(
                .unreadableData(chinese: "数据/exam.qcj：没有考试日志。", english: "数据/exam.qcj: no exam journal here.")))
        #expect(outcome.exitCode == 1)
        #expect(outcome.output == "数据: 错误: 数据/exam.qcj：没有考试日志。 [unreadable-data]\n数据：1 个错误，0 个警告；未写出成绩\n")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func theTheoryPageListsEveryCandidateWithTheirPlace() throws {
        let html = TheoryResultsPage.html(ExamResults(Fixtures.finishedDay(), source: "数据"))
        #expect(html.contains("<h1>2026 年窗口办事员技能竞赛初赛 · 理论成绩</h1>"))
        #expect(html.contains("2026 年 12 月 10 日 09:00 开考 · 4 人，缺考 1 人，理论成绩已定 3 人，实操已签完 4 人 · 及格线 10 分"))
        #expect(
            html.contains(
                "<tr><td class=\"id\">A004</td><td>赵&lt;丽&gt;</td><td>城东镇便民服务中心</td><td class=\"number\">5</td><td class=\"number\">7.5</td><td class=\"number\">12.5</td><td>合格</td><td class=\"number\">10:30:00</td><td class=\"number\">1:30:00</td><td>已收卷</td><td class=\"number\">2</td><td></td></tr>"
            ))
        let questions = QuestionStatisticsPage.html(ExamResults(Fixtures.finishedDay(), source: "数据"))
        #expect(questions.contains("<td>一次性告知=&lt;必须&gt;书面</td>"))
        #expect(questions.contains("6 题，参考 3 人"))
    }

    @Test func aMissingDataFolderIsAUsageError() {
        #expect(throws: ArgumentList.UsageError.self) { try run([], day: .success(Fixtures.finishedDay())) }
    }

    @Test func theCommandReadsTheServersDataFolderAndNamesAFolderWithoutAJournal() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = AdminCommand.run(["exam", "results", folder, "--out", folder + "/out"], today: today)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.output
                == "\(folder): 错误: \(folder)/exam.qcj：没有考试日志。请指定 quiz-server --exam 使用的数据目录（--data）。 [unreadable-data]\n\(folder)：1 个错误，0 个警告；未写出成绩\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        #expect(AdminCommand.run(["exam", "results"], today: today).exitCode == 2)
    }
}
