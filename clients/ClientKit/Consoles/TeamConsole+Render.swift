import ContestCore

extension TeamConsole {
    /// The team's full screen: who we are and where we stand, the question, the clock, the buzz
    /// order, then what the team should do now, what it has entered, and the keys.
    public func render(width: Int, height: Int, now: Int64) -> [Line] {
        let view = live?.view
        var top = [StatusPanel.titleLine(view?.title ?? "比赛终端", right: StatusPanel.link(link, now: now), width: width)]
        top.append(identity(view, width: width))
        top.append(StatusPanel.rule(width: width))

        var bottom: [Line] = [StatusPanel.rule(width: width)]
        bottom += KeyHelp.lines(keys, width: width)
        var middle: [Line] = []
        if let prompt = prompt(now: now) { middle.append(prompt.truncated(to: width)) }
        if let entry = entryLine { middle.append(entry.truncated(to: width)) }
        if let line = notice?.line(at: now) { middle.append(line.truncated(to: width)) }

        var body: [Line] = []
        if let view {
            body = self.body(view, width: width, now: now)
        }
        let room = max(0, height - top.count - middle.count - bottom.count)
        body = Array(body.prefix(room))
        body += Array(repeating: Line(""), count: room - body.count)
        return Array((top + body + middle + bottom).prefix(height))
    }

    private func identity(_ view: PublicView?, width: Int) -> Line {
        var line = Line(teamName ?? "（未登录）", style: Theme.heading)
        if let seat { line = line + Line(" · \(seat)号座位") }
        if let team, let standing = view?.standing(of: team) {
            line = line + "   总分 " + Line(standing.total.description, style: Theme.title)
            if let lastDelta, lastDelta != .zero {
                line =
                    line + Line("（\(ScoreText.signed(lastDelta))）", style: lastDelta > .zero ? Theme.good : Theme.bad)
            }
            line = line + Line(" · 第 \(standing.rank) 名" + (standing.tied ? "（并列）" : ""))
        }
        guard let view else { return line.truncated(to: width) }
        let segment = StatusPanel.segmentText(view)
        let gap = width - line.width - segment.width
        return gap >= 2
            ? line + Line(String(repeating: " ", count: gap)) + segment : (line + "  " + segment).truncated(to: width)
    }

    private func body(_ view: PublicView, width: Int, now: Int64) -> [Line] {
        var lines: [Line] = []
        if let question = view.question {
            lines += QuestionPanel.lines(
                question, width: width, selected: selection, answer: question.answer,
                explanation: question.explanation)
        } else {
            lines.append(Line(view.stage == .finished ? "比赛已结束，感谢参赛" : "等待主持人出题…", style: Theme.dim))
        }
        lines += previousLines(view, width: width)
        if let countdown = live?.countdownText(at: now) {
            let urgent = live?.isUrgent(at: now) == true
            lines.append(
                Line("倒计时 ", style: Theme.heading) + Line(countdown, style: urgent ? Theme.bad : Theme.title))
        }
        if view.segment?.kind == .risk, let tiers = view.riskTiers {
            let offered = tiers.enumerated().map { "\($0.offset + 1)) \($0.element)分" }.joined(separator: "  ")
            var line = Line("档位 " + offered)
            if let tier = view.riskTier, tiers.indices.contains(tier) {
                line = line + Line("   当前第 \(tier + 1) 档 \(tiers[tier])分", style: Theme.alert)
            }
            lines.append(line.truncated(to: width))
        }
        lines += BuzzPanel.lines(view.buzzes, answering: view.answering, round: view.buzzers?.round, width: width)
        if let outcome = Labels.outcome(view.outcome, names: view.name(of:)) {
            lines.append(Line("结果：" + outcome, style: Theme.heading))
        }
        return lines
    }

    /// The question just settled once revealed, with what this team sent for it, so the team
    /// learns how it did without looking up at the big screen.
    private func previousLines(_ view: PublicView, width: Int) -> [Line] {
        var lines = QuestionPanel.previous(view, width: width)
        guard !lines.isEmpty, let submitted, submitted.question == view.previous?.id else { return lines }
        let mine = Line("本队答：", style: Theme.dim) + Line(submitted.answer)
        if view.question != nil, let key = lines.popLast() {
            lines.append((key + Line("　") + mine).truncated(to: width))
        } else {
            lines.append(mine.truncated(to: width))
        }
        return lines
    }

    /// The one line that says what this team can do now, loudest first.
    private func prompt(now: Int64) -> Line? {
        guard let view = live?.view, let team else { return nil }
        if mayAnswer, hasAnswered, let submitted {
            return Line("已提交「\(submitted.answer)」，等待裁决", style: Theme.alert)
        }
        if view.answering == team { return Line("★ 你队获得答题权，请作答 ★", style: Theme.highlight) }
        if let buzzers = view.buzzers { return buzzPrompt(view, buzzers: buzzers, team: team) }
        if let mine = view.buzzes.last(where: { $0.team == team }) {
            if mine.falseStart { return Line("✗ 犯规：开放抢答前按键", style: Theme.bad) }
            return Line("已抢答", style: Theme.alert)
        }
        if buzzIsPending {
            return Line("抢答已发出，等待服务器确认…", style: Theme.alert)
        }
        if mayAnswer { return Line("▶ 轮到你队作答", style: Theme.highlight) }
        if kind == .risk && view.turn == team && view.question == nil { return riskPrompt(view) }
        if let turn = view.turn, turn != team { return Line("现在是\(view.name(of: turn))作答", style: Theme.dim) }
        return nil
    }

    /// A risk turn between questions: choosing the first tier, or, after a correct answer, whether
    /// to climb to the next tier or stop with what the team has.
    private func riskPrompt(_ view: PublicView) -> Line {
        let tiers = view.riskTiers ?? []
        guard let tier = view.riskTier else {
            let range = tiers.count > 1 ? "1-\(tiers.count)" : "数字"
            return Line("▶ 轮到你队：按 \(range) 选档，0 放弃", style: Theme.highlight)
        }
        guard tiers.indices.contains(tier + 1) else { return Line("答对了！已到最高档，按 ↓ 停止", style: Theme.highlight) }
        return Line("答对了！↑ 进阶到第 \(tier + 2) 档（\(tiers[tier + 1])分），↓ 停止", style: Theme.highlight)
    }

    /// While a buzz question is open: whether a press counts now, and where this team stands in
    /// the current round (a re-opened question starts a new round; earlier buzzes no longer count).
    private func buzzPrompt(_ view: PublicView, buzzers: BuzzerStatus, team: TeamID) -> Line {
        if buzzers.out.contains(team) {
            return view.buzzes.contains { $0.team == team && $0.falseStart }
                ? Line("✗ 犯规：开放抢答前按键，本题不能再抢答", style: Theme.bad)
                : Line("✗ 本队本题已答错，请等待其他队作答", style: Theme.bad)
        }
        let round = view.buzzes.filter { $0.round == buzzers.round && !$0.falseStart }
        if buzzers.round > 0, let place = round.firstIndex(where: { $0.team == team }) {
            let winner = view.answering.map { "，\(view.name(of: $0))获得答题权" } ?? ""
            return Line("已抢答，第 \(place + 1) 位\(winner)", style: Theme.alert)
        }
        if buzzIsPending {
            return Line("抢答已发出，等待服务器确认…", style: Theme.alert)
        }
        if let holder = view.answering { return Line("\(view.name(of: holder))正在作答", style: Theme.dim) }
        if buzzers.open {
            return Line(buzzers.round > 1 ? "重新开放抢答！按空格键或回车抢答" : "按空格键或回车抢答", style: Theme.heading)
        }
        return Line("等待主持人开放抢答（提前按键算犯规）", style: Theme.dim)
    }

    /// What the team has entered and not yet sent.
    private var entryLine: Line? {
        if isTyping { return Line("答案：", style: Theme.heading) + Line(text + "▏") + Line("（回车提交）", style: Theme.dim) }
        if let truth { return Line("已选：" + (truth ? "对" : "错") + "（回车提交）", style: Theme.alert) }
        guard !selection.isEmpty else { return nil }
        let letters = selection.sorted().map { String(OptionLetters.letter(for: $0)) }.joined(separator: " ")
        return Line("已选：\(letters)（回车提交）", style: Theme.alert)
    }

    private var keys: [KeyHelp.Item] {
        var items = [KeyHelp.Item("空格/回车", "抢答·提交"), KeyHelp.Item("A-H", "选择"), KeyHelp.Item("T/F", "对/错")]
        switch kind {
        case .speed?: items.append(KeyHelp.Item("Tab", "跳过"))
        case .risk?:
            items += [
                KeyHelp.Item("1-9", "选档"), KeyHelp.Item("0", "放弃"), KeyHelp.Item("↑", "进阶"), KeyHelp.Item("↓", "停止"),
            ]
        default: break
        }
        items += [KeyHelp.Item("Esc", "清除"), KeyHelp.Item("Ctrl-C×2", "退出")]
        return items
    }
}
