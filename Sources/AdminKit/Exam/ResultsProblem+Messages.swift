import ContestCore

extension ResultsProblem {
    /// The message in plain words: who or what is missing, and that the sheets stay provisional.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        let list = { (items: [String]) in items.joined(separator: zh ? "、" : ", ") }
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .unreadableData(let chinese, let english):
            return zh ? chinese : english
        case .paperOpen(let candidate, let name):
            return zh
                ? "准考证号 \(candidate)（\(name)）的试卷仍在作答中：理论成绩暂缺，交卷或收卷后再运行"
                : "admission number \(candidate) (\(name)) is still answering: no theory score until the paper is handed in or closed"
        case .unmarked(let number, let question, let scripts, let markers):
            let who = list(markers.map { zh ? "\($0) 号" : "\($0)" })
            return zh
                ? "第 \(number) 题（\(question)）有 \(scripts.count) 份答卷尚未定分（答卷号 \(list(scripts.map(String.init)))；待评卷员 \(who) 评分）：相关考生的主观题得分暂缺"
                : "question \(number) (\(question)): \(scripts.count) script\(scripts.count == 1 ? "" : "s") without a final mark (scripts \(list(scripts.map(String.init))); waiting for marker\(markers.count == 1 ? "" : "s") \(who)); those candidates' subjective scores are left blank"
        case .scriptsNotAdded(let count, let markers):
            return zh
                ? "\(count) 份主观题答卷未进入评卷：考试文件只有 \(markers) 名评卷员，不够双评（含第三评）；相关考生的主观题得分暂缺"
                : "\(count) short answer or essay script\(count == 1 ? "" : "s") never reached the markers: the exam's \(markers) markers are too few for double marking with a third; those subjective scores are left blank"
        case .unsigned(let order, let candidate, let name, let judges):
            return zh
                ? "第 \(order) 位出场 \(name)（\(candidate)）的实操评分表尚未签字：\(list(judges))；实操最终得分暂缺"
                : "practical no. \(order) \(name) (\(candidate)): not signed by \(list(judges)); no final practical score yet"
        case .notSigned(let orders):
            let ranges = Self.ranges(orders, zh)
            return zh
                ? "\(orders.count) 位选手的实操评分表还没有评委签字（出场顺序 \(ranges)）：实操最终得分暂缺"
                : "\(orders.count) contestant\(orders.count == 1 ? "" : "s") with no judge's signature yet (performing order \(ranges)): no final practical score"
        case .noJudges:
            return zh
                ? "考试文件没有实操评委（judges 为 0）：没有实操成绩，综合成绩.csv 的实操成绩留空"
                : "the exam has no practical judges (judges is 0): no practical scores, and 综合成绩.csv leaves them blank"
        }
    }

    /// `3–20、25` (`3–20, 25`): sorted numbers with every run of consecutive ones as a range.
    static func ranges(_ numbers: [Int], _ zh: Bool) -> String {
        var runs: [ClosedRange<Int>] = []
        for number in numbers.sorted() {
            if let last = runs.last, number == last.upperBound + 1 {
                runs[runs.count - 1] = last.lowerBound...number
            } else if runs.last?.contains(number) != true {
                runs.append(number...number)
            }
        }
        return runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(
            separator: zh ? "、" : ", ")
    }
}
