import ContestServer
import ExamCore

/// What the organiser reads when the exam server starts: the pages' addresses and where the tokens are.
///
/// Candidates' tokens are not printed: there may be thousands, and they go out on the admission slips
/// (`quiz-admin exam slips`); the officials' few are listed for the chief proctor.
enum ExamBanner {
    static func text(hub: ExamHub, port: Int, host: String, data: String, notes: [String], now: Int64) -> String {
        let exam = hub.day.exam
        let addresses = host == "0.0.0.0" || host == "::" ? Banner.lanAddresses() : [host]
        let main = addresses.first ?? "127.0.0.1"
        let minutes = (exam.start - now) / 60_000_000
        let start =
            exam.start <= now
            ? "已开考 open since \((now - exam.start) / 60_000_000) min"
            : "\(minutes + 1) 分钟后开考 opens in \(minutes + 1) min"
        var lines = [
            exam.title,
            "考生 \(exam.candidates.count) 人 candidates · \(start) · 时长 \(exam.duration / 60_000_000) 分钟 minutes",
            "",
            "考生 Candidates:        " + addresses.map { "http://\($0):\(port)/exam" }.joined(separator: "  "),
            "监考 Proctors:          http://\(main):\(port)/exam/proctor",
            "阅卷 Markers:           http://\(main):\(port)/exam/mark",
            "实操评分 Practical:     http://\(main):\(port)/practical",
            "数据 Data:              \(data)/\(ExamDataFolder.journal), \(data)/\(ExamDataFolder.tokens)",
            "准考证 Admission slips: quiz-admin exam slips \(data)/\(ExamDataFolder.examCopy) --tokens \(data)/\(ExamDataFolder.tokens) --url http://\(main):\(port)/exam",
            "",
        ]
        lines += notes.map { "  " + $0 }
        if !notes.isEmpty { lines.append("") }
        lines.append("令牌 Tokens（考生令牌在准考证上 candidates' tokens are on their admission slips）:")
        let rows =
            hub.tokens.proctors.map { ("监考 proctor \($0.proctor)", $0.token) }
            + hub.tokens.markers.map { ("阅卷 marker \($0.marker)", $0.token) }
            + hub.tokens.judges.map { ("实操评委 judge \($0.judge)\($0.judge == 1 ? "（裁判长 chief）" : "")", $0.token) }
        for (label, token) in rows { lines.append("  \(label)  \(token)") }
        lines.append("")
        lines.append("按 Ctrl-C 结束（每个答案确认前已落盘，可随时重启续考）Ctrl-C stops; every answer is on disk before its ack.")
        return lines.joined(separator: "\n")
    }
}
