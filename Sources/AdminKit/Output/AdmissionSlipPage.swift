import ContestCore
import QuestionBank

/// `准考证.html`: every candidate's admission slip, one A4 portrait page each, handed out before the exam.
///
/// The admission number and the token are printed large (the token in fours, monospace, so 8 and B
/// or 5 and S are told apart and it can be read aloud); the rules are the few lines a candidate must
/// know in the hall. The page's own heading is hidden: its `<title>` names the file, and each slip
/// carries its own.
public enum AdmissionSlipPage {
    public static let fileName = "准考证.html"
    public static let csvFileName = "准考证.csv"

    /// `准考证.csv` for a mail merge: 准考证号, 姓名, 单位, 登录口令 (as typed, without spaces), in slip order.
    public static func csv(_ slips: AdmissionSlips) -> [UInt8] {
        CSVDocument.bytes(
            [["准考证号", "姓名", "单位", "登录口令"]]
                + slips.slips.map { [$0.candidate.candidate, $0.candidate.name, $0.candidate.unit, $0.token] })
    }

    static let css = """
        body > h1 { display: none; }
        section.slip { height: 265mm; padding: 6mm 8mm; border: 1px solid #999; display: flex;
          flex-direction: column; page-break-after: always; break-after: page; break-inside: avoid; }
        section.slip:last-child { page-break-after: auto; break-after: auto; }
        .exam { text-align: center; font-size: 14pt; font-weight: bold; margin: 4mm 0 0; }
        .heading { text-align: center; font-size: 26pt; margin: 2mm 0 8mm; }
        .heading:lang(zh) { letter-spacing: 6mm; }
        table.facts th { width: 32mm; background: none; font-weight: normal; vertical-align: middle; }
        table.facts td { font-size: 13pt; padding: 2.5mm 3mm; vertical-align: middle; }
        table.facts td.large { font-size: 24pt; font-weight: bold; letter-spacing: 0.5mm; }
        table.facts td.token { font-size: 28pt; white-space: pre; word-spacing: 4mm; }
        td.large, td.url { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; }
        td.url { font-size: 12pt; word-break: break-all; }
        .hint { font-size: 10pt; color: #333; margin: 2mm 0 0; }
        h2 { margin-top: 8mm; }
        ol.rules { margin: 0; padding-left: 6mm; font-size: 11pt; line-height: 1.8; }
        .sign { margin-top: auto; display: flex; justify-content: space-between; font-size: 12pt; }
        .sign span { display: inline-block; min-width: 45mm; border-bottom: 1px solid #111; }
        @media print { section.slip { border: none; height: 268mm; } }

        """

    public static func html(_ slips: AdmissionSlips, language: Language = .chinese) -> String {
        let zh = language == .chinese
        let heading = zh ? "准考证" : "Admission slip"
        let title = slips.sitting.title.isEmpty ? heading : "\(slips.sitting.title) · \(heading)"
        var page = ReportPage(title: title, language: language, extraCSS: css)
        let shared = (time: time(slips.sitting, language), rules: rules(slips.sitting, language))
        for slip in slips.slips { page.raw(section(slip, slips.sitting, shared, language)) }
        return page.html
    }

    private static func section(
        _ slip: AdmissionSlip, _ sitting: AdmissionSlips.Sitting, _ shared: (time: String, rules: [String]),
        _ language: Language
    ) -> String {
        let zh = language == .chinese
        let escape = HTMLText.escape
        let colon = zh ? "：" : ": "
        let url = sitting.url.isEmpty ? "" : escape(sitting.url)
        let rows = [
            (zh ? "姓名" : "Name", "large", escape(slip.candidate.name)),
            (zh ? "单位" : "Unit", "", escape(slip.candidate.unit)),
            (zh ? "准考证号" : "Admission no.", "large", escape(slip.candidate.candidate)),
            (zh ? "登录口令" : "Token", "large token", escape(slip.groupedToken)),
            (zh ? "考试网址" : "Exam address", "url", url),
            (zh ? "考试时间" : "Time", "", escape(shared.time)),
        ]
        var html = "<section class=\"slip\">\n"
        if !sitting.title.isEmpty { html += "<p class=\"exam\">\(escape(sitting.title))</p>\n" }
        html += "<p class=\"heading\">\(zh ? "准考证" : "Admission slip")</p>\n<table class=\"facts\">\n"
        for (label, kind, value) in rows {
            html += "<tr><th>\(label)</th><td\(kind.isEmpty ? "" : " class=\"\(kind)\"")>\(value)</td></tr>\n"
        }
        html += "</table>\n<p class=\"hint\">"
        html +=
            zh
            ? "用浏览器打开考试网址，输入准考证号和登录口令（口令中的空格不用输入）。口令只属于本人，请勿告诉他人。"
            : "Open the exam address in a browser and enter the admission number and the token (without the spaces). The token is yours alone; do not share it."
        html += "</p>\n<h2>\(zh ? "考生须知" : "Rules")</h2>\n<ol class=\"rules\">\n"
        html += shared.rules.map { "<li>\(escape($0))</li>\n" }.joined() + "</ol>\n"
        html += "<div class=\"sign\"><p>\(zh ? "监考员签字" : "Proctor's signature")\(colon)<span></span></p>"
        html += "<p>\(zh ? "日期" : "Date")\(colon)<span></span></p></div>\n</section>\n"
        return html
    }

    /// `2026 年 12 月 10 日 09:00–10:30（北京时间），共 90 分钟`, or what is known of it.
    static func time(_ sitting: AdmissionSlips.Sitting, _ language: Language) -> String {
        let zh = language == .chinese
        let length = sitting.minutes.map { zh ? "共 \($0) 分钟" : "\($0) minutes" }
        guard let start = sitting.start else {
            let announced = zh ? "以考场通知为准" : "as announced in the hall"
            return length.map { zh ? "\(announced)，\($0)" : "\(announced), \($0)" } ?? announced
        }
        let day = BeijingTime.day(start, language)
        let opens = BeijingTime.clock(start)
        guard let minutes = sitting.minutes, let length else {
            return zh ? "\(day) \(opens) 开考（北京时间）" : "\(day) from \(opens) (Beijing time)"
        }
        let closes = BeijingTime.clock(start + Micros(minutes) * 60_000_000)
        return zh
            ? "\(day) \(opens)–\(closes)（北京时间），\(length)"
            : "\(day) \(opens)–\(closes) (Beijing time), \(length)"
    }

    /// The hall's rules in five short lines, the late-entry limit from the exam file.
    static func rules(_ sitting: AdmissionSlips.Sitting, _ language: Language) -> [String] {
        let late = sitting.lateEntryMinutes
        if language == .english {
            return [
                "Arrive 15 minutes before the start with this slip and your ID card.",
                late > 0
                    ? "Nobody may enter later than \(late) minutes after the start."
                    : "Nobody may enter after the start.",
                "Work alone: no copying, talking, phones or notes; copy and paste are disabled on the page.",
                "Stay on the exam page: every time you leave it is counted and reported to the proctors.",
                "An answer is saved only when 已保存 (saved) shows beside it; check the unanswered list before submitting.",
            ]
        }
        return [
            "请于开考前 15 分钟到达考场，凭本准考证和身份证入场，对号入座。",
            late > 0 ? "开考 \(late) 分钟后不得入场。" : "开考后不得入场。",
            "独立作答，不得抄袭、交谈，不得使用手机和资料；页面禁止复制粘贴。",
            "作答时不要离开考试页面：每次切换窗口或离开页面都会被记录并报告监考员。",
            "每题显示「已保存」后答案才算保存；交卷前请核对未答题目。",
        ]
    }
}
