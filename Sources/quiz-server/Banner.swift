import ContestCore
import ContestProtocol
import ContestServer
import Glibc

/// What the organiser reads when the server starts: where to point the projector and the consoles,
/// and the token for each role.
enum Banner {
    static func text(
        config: ContestConfig, tokens: AccessTokens, port: Int, host: String, data: String, warnings: [String] = []
    ) -> String {
        let addresses = host == "0.0.0.0" || host == "::" ? lanAddresses() : [host]
        let main = addresses.first ?? "127.0.0.1"
        var lines = [
            config.title,
            "",
            "大屏 Audience screen:   " + addresses.map { "http://\($0):\(port)/" }.joined(separator: "  "),
            "客户端 Consoles:        quiz-team|quiz-host|quiz-screen --server \(main):\(port) --token …",
            "WebSocket:              ws://\(main):\(port)/ws      NDJSON: nc \(main) \(port)",
            "数据 Data:              \(data)/journal.qcj, \(data)/tokens.json",
            "",
        ]
        if !warnings.isEmpty {
            lines.append("请核对 Warnings（比赛照常开始 the contest starts anyway）:")
            lines += warnings.map { "  " + $0 }
            lines.append("")
        }
        lines.append("令牌 Tokens（请只发给本人 give each only to its holder）:")
        let rows =
            [("主持人 host", tokens.host, "")]
            + tokens.judges.map { ("裁判 judge \($0.judge)", $0.token, $0.name) }
            + tokens.teams.map { ("队伍 team \($0.team)", $0.token, $0.name) }
        let labelWidth = rows.map { columns($0.0) }.max() ?? 0
        for (label, token, name) in rows {
            let padding = String(repeating: " ", count: labelWidth - columns(label) + 2)
            lines.append("  \(label)\(padding)\(token)" + (name.isEmpty ? "" : "  \(name)"))
        }
        lines.append("")
        lines.append("按 Ctrl-C 结束（日志已逐条落盘，可随时重启续赛）Ctrl-C stops; restart any time to carry on.")
        return lines.joined(separator: "\n")
    }

    /// Terminal columns of a label made of ASCII and CJK characters, so the tokens line up.
    private static func columns(_ label: String) -> Int {
        label.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }

    /// The machine's IPv4 addresses other than loopback, then loopback: what clients in the hall dial.
    static func lanAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return ["127.0.0.1"] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else {
                continue
            }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(MemoryLayout<sockaddr_in>.size)
            guard getnameinfo(address, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else {
                continue
            }
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text != "127.0.0.1" && !found.contains(text) { found.append(text) }
        }
        return found + ["127.0.0.1"]
    }
}
