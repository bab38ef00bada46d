import ContestCore

extension HostConsole {
    /// The console: contest state and clock on top, the question with its answer key, the pending
    /// answer and buzz order, the standings (beside it when the terminal is wide), then the dialogue
    /// line and every key.
    public func render(width: Int, height: Int, now: Int64) -> [Line] {
        let who = role == .host ? "主持人" : "裁判" + (judgeNumber.map { " \($0)号" } ?? "")
        let right = Line(who + "  ", style: Theme.heading) + StatusPanel.link(link, now: now)
        var top = [StatusPanel.titleLine(live?.view.title ?? "主持台", right: right, width: width)]
        top.append(stateLine(now: now).truncated(to: width))
        top.append(StatusPanel.rule(width: width))

        var bottom = [dialogue(now: now).truncated(to: width), StatusPanel.rule(width: width)]
        let items = HostKeyBinding.all(role: role, paused: live?.view.paused == true).map(\.helpItem)
        bottom += KeyHelp.lines(items, width: width)

        let room = max(0, height - top.count - bottom.count)
        let wide = width >= 110
        let sideWidth = wide ? 46 : width
        let mainWidth = wide ? width - sideWidth - 3 : width
        var main = questionLines(width: mainWidth)
        var side = showsTokens ? tokenLines(width: sideWidth) : standingLines(width: sideWidth)
        side += presenceLines(width: sideWidth)
        if !wide {
            main += side
            side = []
        }
        var body: [Line] = []
        for row in 0..<room {
            let left = row < main.count ? main[row] : Line("")
            guard wide else {
                body.append(left)
                continue
            }
            let right = row < side.count ? side[row] : Line("")
            body.append(left.padded(to: mainWidth) + Line(" │ ", style: Theme.dim) + right.truncated(to: sideWidth))
        }
        return Array((top + body + bottom).prefix(height))
    }

    private func stateLine(now: Int64) -> Line {
        guard let view = live?.view else { return Line("等待服务器…", style: Theme.dim) }
        var line = StatusPanel.segmentText(view)
        if let countdown = live?.countdownText(at: now) {
            line = line + "   倒计时 " + Line(countdown, style: live?.isUrgent(at: now) == true ? Theme.bad : Theme.title)
        }
        if let turn = view.turn { line = line + Line("   轮到：\(view.name(of: turn))") }
        if role == .host, let depth = host?.undoDepth { line = line + Line("   可撤销 \(depth) 步", style: Theme.dim) }
        return line
    }

    private func questionLines(width: Int) -> [Line] {
        guard let host, let view = live?.view else { return [] }
        var lines: [Line] = []
        if let question = view.question {
            lines.append(Line("题号 \(question.id)" + (question.answer != nil ? "（已公布）" : ""), style: Theme.dim))
            lines += QuestionPanel.lines(
                question, width: width, answer: host.answerKey, explanation: host.explanation)
        } else {
            lines.append(Line(view.stage == .running ? "（未出题）" : "（\(Labels.stage(view.stage))）", style: Theme.dim))
        }
        if let pending = host.pending.map(Labels.submission) {
            let team = view.answering ?? view.turn
            let who = team.map(view.name(of:)) ?? "本队"
            lines += QuestionPanel.hanging(
                "待裁决：", "\(who) 答「\(pending)」  按 + 判对 / - 判错", width: width, style: Theme.alert)
        }
        lines += BuzzPanel.lines(view.buzzes, answering: view.answering, round: view.buzzers?.round, width: width)
        if let outcome = Labels.outcome(view.outcome, names: view.name(of:)) {
            lines.append(Line("结果：" + outcome, style: Theme.heading))
        }
        if view.segment?.kind == .essay { lines.append(essayLine(host).truncated(to: width)) }
        for entry in host.recentScores.suffix(3).reversed() {
            let text =
                "\(view.name(of: entry.team)) \(ScoreText.signed(entry.delta)) \(Labels.scoreReason(entry.reason))"
            lines.append(Line("  " + text, style: Theme.dim).truncated(to: width))
        }
        return lines
    }

    /// The host sees every judge's score; a judge only how many are in and its own, so no judge
    /// anchors on another's.
    private func essayLine(_ host: HostView) -> Line {
        let received = "论述评分 已收 \(host.essayScores.count) 份  "
        guard role == .host else {
            let mine = judgeNumber.flatMap { host.essayScores[$0] }
            return Line(received + (mine.map { "本裁判 \($0)" } ?? "本裁判未评"))
        }
        let scores = host.essayScores.sorted { $0.key < $1.key }.map { "\($0.key)号 \($0.value)" }
            .joined(separator: "  ")
        return Line(received + scores)
    }

    private func standingLines(width: Int) -> [Line] {
        guard let view = live?.view else { return [] }
        return ScoreboardPanel.lines(view.scoreboard, width: width, highlight: view.answering ?? view.turn)
    }

    private func presenceLines(width: Int) -> [Line] {
        guard role == .host else { return [] }
        let teams = Set(presence.compactMap(\.team))
        let judges = presence.compactMap(\.judge).sorted().map(String.init).joined(separator: ",")
        let missing = (view?.scoreboard.map(\.team) ?? []).filter { !teams.contains($0) }
        var lines = [
            Line("在线：队伍 \(teams.count) · 裁判 \(judges.isEmpty ? "无" : judges) · 大屏 \(screenCount)", style: Theme.heading)
        ]
        if !missing.isEmpty {
            lines.append(Line("未连接：" + missing.map { "\($0)号" }.joined(separator: " "), style: Theme.bad))
        }
        return lines.map { $0.truncated(to: width) }
    }

    private var view: PublicView? { live?.view }

    private func tokenLines(width: Int) -> [Line] {
        guard let tokens else { return [Line("（无令牌）", style: Theme.dim)] }
        var lines = [Line("令牌（按 l 收起）", style: Theme.heading), Line("主持人      " + tokens.host)]
        for judge in tokens.judges { lines.append(Line("裁判 \(judge.judge)号    " + judge.token)) }
        for team in tokens.teams {
            let online = presence.contains { $0.team == team.team } ? "● " : "○ "
            lines.append(Line(online + TextLayout.pad("\(team.team) \(team.name)", to: 12) + " " + team.token))
        }
        return lines.map { $0.truncated(to: width) }
    }

    /// The form being filled, the confirmation asked, the last result while fresh, or the programme.
    private func dialogue(now: Int64) -> Line {
        if let form {
            let line = Line("\(form.title) › \(form.currentLabel)：", style: Theme.alert) + Line(form.input + "▏")
            if notice?.isError == true, let error = notice?.line(at: now) { return line + "  " + error }
            return line + Line("  回车确定 Esc 取消", style: Theme.dim)
        }
        if let confirming {
            return Line("确认\(confirming.label)？按 y 确认，其他键取消", style: Theme.highlight)
        }
        if let line = notice?.line(at: now) { return line }
        guard role == .host, let host else { return Line("") }
        let programme = host.segments.map { "\($0.index + 1)\($0.title)" }.joined(separator: " ")
        return Line("环节：" + programme, style: Theme.dim)
    }
}
