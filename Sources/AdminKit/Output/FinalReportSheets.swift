import ContestCore

/// The CSV files of `final report --out`: the arbitration record, the score sheet, the award list.
///
/// Headers stay in Chinese whatever `--lang` says; `awards.csv` has the columns `certificates`
/// reads (名次, 单位, 奖项, 队员), so the award list goes straight on to the certificates.
public enum FinalReportSheets {
    public static let auditFileName = "audit.csv"
    public static let scoresFileName = "scores.csv"
    public static let awardsFileName = "awards.csv"
    public static let digestFileName = "journal.sha256"

    public static func audit(_ report: FinalReport) -> [UInt8] {
        var rows = [
            ["序号", "相对时间", "时钟（北京时间）", "环节", "题目", "操作者", "操作", "内核时间(µs)", "差距(ms)", "结果", "备注/理由"]
        ]
        for row in report.audit {
            rows.append([
                "\(row.number)", FinalReport.elapsed(row.elapsed), FinalReport.wallClock(row.at), row.segment,
                row.question, row.actor, row.action, row.kernelTime.map { "\($0)" } ?? "",
                row.margin.map(AuditTrail.milliseconds) ?? "", row.result, row.note,
            ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func scores(_ report: FinalReport) -> [UInt8] {
        var rows = [["名次", "队伍", "单位"] + report.segmentTitles + ["更正", "总分"]]
        for standing in report.standings {
            rows.append(
                ["\(standing.rank)", standing.name, report.unit(standing.team)]
                    + standing.bySegment.map(\.description) + [
                        standing.corrections.description, standing.total.description,
                    ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func awards(_ report: FinalReport, language: Language = .chinese) -> [UInt8] {
        var rows = [["名次", "单位", "队伍", "总分", "奖项", "队员"]]
        for line in report.awards.lines {
            rows.append([
                "\(line.rank)", report.unit(line.team), line.name, line.total.description, report.award(line, language),
                report.players(line.team).joined(separator: "、"),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// `sha256sum -c journal.sha256` beside the journal checks it.
    public static func digest(_ report: FinalReport) -> [UInt8] {
        Array("\(report.journal.digest)  \(ContestJournal.fileName)\n".utf8)
    }
}
