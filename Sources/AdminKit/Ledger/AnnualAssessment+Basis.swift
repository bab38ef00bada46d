import ContestCore

extension AnnualAssessment {
    /// 依据: the months counted, then the rule that decided the grade with the rules' numbers.
    ///
    /// `已评 12 个月：好 5、一般 7、差 0；好 ≥ 4 次且无差 → 优秀`.
    public func basis(_ language: Language) -> String {
        let zh = language == .chinese
        guard heldBack.isEmpty else {
            let reasons = heldBack.map { $0.message(language) }.joined(separator: zh ? "；" : "; ")
            return zh ? "待更正花名册后评定：\(reasons)" : "to grade once the roster is put right: \(reasons)"
        }
        var counted =
            zh
            ? "已评 \(monthsRated) 个月：好 \(good)、一般 \(fair)、差 \(poor)"
            : "\(monthsRated) months rated: \(good) good, \(fair) fair, \(poor) poor"
        if withheld > 0 { counted += zh ? "，暂缓 \(withheld) 个月不计" : ", \(withheld) withheld not counted" }
        if monthsInRoster < 12 {
            counted +=
                zh ? "（花名册只有 \(year) 年 \(monthsInRoster) 个月）" : " (the roster has \(monthsInRoster) months of \(year))"
        }
        guard rule != .noRating else {
            return zh
                ? "\(year) 年没有一个月评了好、一般或差\(withheld > 0 ? "（暂缓 \(withheld) 个月）" : "")"
                : "no month of \(year) rated good, fair or poor\(withheld > 0 ? " (\(withheld) withheld)" : "")"
        }
        return counted + (zh ? "；" : "; ") + ruleText(zh)
    }

    /// The rule with the rules' numbers, and the grade it gives.
    func ruleText(_ zh: Bool) -> String {
        let grade = grade.name(zh ? .chinese : .english)
        switch rule {
        case .poorInARow(let from, let months):
            return zh
                ? "\(from) 起连续 \(months) 个月差（≥ \(rules.incompetentPoorInARow) 个月）→ \(grade)"
                : "poor in \(months) months running from \(from) (≥ \(rules.incompetentPoorInARow)) → \(grade)"
        case .poorInYear:
            return zh
                ? "全年差 \(poor) 次（≥ \(rules.incompetentPoorInYear) 次）→ \(grade)"
                : "poor \(poor) times in the year (≥ \(rules.incompetentPoorInYear)) → \(grade)"
        case .excellent:
            return zh
                ? "好 ≥ \(rules.excellentMinimumGood) 次且无差 → \(grade)"
                : "good ≥ \(rules.excellentMinimumGood) times and never poor → \(grade)"
        case .competentShortService(let employed):
            return zh
                ? "好 ≥ \(rules.excellentMinimumGood) 次且无差，但至年底只工作 \(employed) 个月（不满 \(rules.excellentMinimumMonthsEmployed) 个月不评优秀）→ \(grade)"
                : "good ≥ \(rules.excellentMinimumGood) times and never poor, but only \(employed) months employed by the year's end (under \(rules.excellentMinimumMonthsEmployed) is never excellent) → \(grade)"
        case .competent:
            return zh
                ? "好 ≥ \(rules.competentMinimumGood) 次且无差 → \(grade)"
                : "good ≥ \(rules.competentMinimumGood) times and never poor → \(grade)"
        case .basic:
            if poor == 0 {
                return zh
                    ? "好不足 \(rules.competentMinimumGood) 次、无差（差 ≤ \(rules.basicMaximumPoor) 次）→ \(grade)"
                    : "good fewer than \(rules.competentMinimumGood) times, never poor (poor ≤ \(rules.basicMaximumPoor)) → \(grade)"
            }
            return zh
                ? "差 \(poor) 次（≤ \(rules.basicMaximumPoor) 次）→ \(grade)"
                : "poor \(poor) times (≤ \(rules.basicMaximumPoor)) → \(grade)"
        case .belowBasic:
            return zh
                ? "差 \(poor) 次，超过基本称职的 \(rules.basicMaximumPoor) 次 → \(grade)"
                : "poor \(poor) times, more than basically competent allows (\(rules.basicMaximumPoor)) → \(grade)"
        case .noRating, .heldBack:
            return grade
        }
    }

    /// 建议调岗: 是（不称职、未取证） or 否.
    public func changeOfPost(_ language: Language) -> String {
        let zh = language == .chinese
        guard suggestsChangeOfPost else { return zh ? "否" : "no" }
        var reasons: [String] = []
        if grade == .incompetent { reasons.append(zh ? "不称职" : "incompetent") }
        if !certified { reasons.append(zh ? "年底未取证" : "no certificate by the year's end") }
        return zh ? "是（\(reasons.joined(separator: "、"))）" : "yes (\(reasons.joined(separator: ", ")))"
    }
}
