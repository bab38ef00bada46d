import ContestCore
import QuestionBank

extension RankProblem {
    /// The message in plain words, naming what is wrong and what the organisers should do.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        let list = { (names: [String]) in names.joined(separator: zh ? "、" : ", ") }
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .noHeader(let columns):
            return RecordSheet<ScoreColumn>.noHeaderMessage(columns, language)
        case .missingColumn(let chinese, let english):
            return zh ? "缺少「\(chinese)」列" : "the column \(chinese) (\(english)) is missing"
        case .missingValue(let chinese, let english):
            return zh ? "「\(chinese)」没有填" : "\(chinese) (\(english)) is empty"
        case .badScore(let chinese, let english, let text):
            return zh
                ? "「\(chinese)」应为不小于 0 的数，最多两位小数（如 87.5），写的是「\(text)」"
                : "\(chinese) (\(english)) should be a number of at least 0 with at most two decimals (87.5), not \(text)"
        case .badTime(let text):
            return zh
                ? "答题用时「\(text)」应写成秒数（754）、分:秒（12:34）或时:分:秒（1:02:03）"
                : "the answering time \(text) should be seconds (754), mm:ss (12:34) or h:mm:ss (1:02:03)"
        case .duplicateID(let first):
            return zh ? "身份证号码与第 \(first.row) 行重复" : "the resident ID repeats row \(first.row)"
        case .unknownEligibility(let text):
            return zh
                ? "资格审核「\(text)」应为 符合 或 不符合（是/否）"
                : "eligibility \(text) should be 符合 or 不符合 (yes/no)"
        case .unknownSkillLevel(let text):
            return zh
                ? "技术等级「\(text)」无法识别，应写如 四级/中级工、五级/初级工 或 无"
                : "skill level \(text) is not recognised; write e.g. 四级/中级工, 五级/初级工 or 无"
        case .badCertificateDate(let text):
            return zh
                ? "取证时间「\(text)」无法识别，应写如 2022.05 或 2022-05"
                : "certificate date \(text) is not recognised; write e.g. 2022.05 or 2022-05"
        case .certificateDateMissing(let level):
            return zh
                ? "技术等级为「\(level)」但没有填取证时间，无法判断能否发证"
                : "skill level \(level) with no certificate date: cannot tell whether a certificate may be issued"
        case .tie(let scope, let places, let names, let score, let spanned):
            return tieMessage(
                scope, places, names: list(names), score: zh ? score.chinese : score.english, spanned: spanned, zh: zh)
        case .tieBreakUnknown(let label):
            return zh ? "成绩表中没有「\(label)」" : "the score sheet has no \(label)"
        case .tieBreakNotTied(let names):
            return zh
                ? "\(list(names)) 不是跨越分界的并列，无需也不能由组委会决定"
                : "\(list(names)) are not tied across a boundary; there is nothing to decide"
        case .tieBreakIncomplete(let named, let missing):
            return zh
                ? "这一组只写了 \(list(named))，未包括同样并列的 \(list(missing))：请写出并列的全部人员"
                : "this group names \(list(named)) but not \(list(missing)), who are tied with them: name the whole tie"
        case .tieBreakEmptyRow:
            return zh
                ? "这一行没有写身份证号码、姓名或单位，不知道指的是谁"
                : "the row names no resident ID, name or unit"
        case .template(let text):
            return zh ? "决赛模板：\(text)" : "final template: \(text)"
        case .templateWarning(let text):
            return text
        }
    }

    private func tieMessage(
        _ scope: Scope, _ places: ClosedRange<Int>, names: String, score: String, spanned: [[String]], zh: Bool
    ) -> String {
        let boundaries = spanned.map { $0.joined(separator: zh ? "与" : " and ") }.joined(separator: zh ? "、" : "; ")
        if zh {
            let prefix =
                switch scope {
                case .individuals: ""
                case .units: "单位"
                case .players(let unit): "「\(unit)」队内"
                }
            let joint = places.count == 2 ? "与" : "至"
            return
                "\(prefix)第 \(places.lowerBound) 名\(joint)第 \(places.upperBound) 名并列（\(score)）：\(names)，跨越\(boundaries)的分界；"
                + "组委会决定前不评定，决定后用 --tie-break 文件记录"
        }
        let prefix =
            switch scope {
            case .individuals: "places"
            case .units: "units at places"
            case .players(let unit): "within \(unit), places"
            }
        return
            "\(prefix) \(places.lowerBound) to \(places.upperBound) are tied (\(score)): \(names), across the boundary "
            + "between \(boundaries); nothing is awarded until the organisers decide and --tie-break records it"
    }
}
