import ContestCore

extension MarkingBook {
    /// The first markers of script `number`: the least loaded, then the least often paired with those
    /// already chosen, then the next after a cursor that moves one marker per script.
    ///
    /// Least loaded first keeps every marker within one script of every other; the pairing rule varies
    /// who marks with whom, so no two markers settle each other's marks all day.
    func firstMarkers(for number: Int) -> [Int] {
        let cursor = (number - 1) % markers
        var chosen: [Int] = []
        for _ in 0..<min(max(1, rules.markersPerAnswer), markers) {
            let pick = (1...markers).filter { !chosen.contains($0) }.min { left, right in
                rank(left, chosen, cursor).lexicographicallyPrecedes(rank(right, chosen, cursor))
            }
            if let pick { chosen.append(pick) }
        }
        return chosen
    }

    /// The least loaded marker not yet involved in the script, the lowest number on a tie.
    func thirdMarker(for script: MarkingScript) -> Int? {
        (1...markers).filter { !script.everyMarker.contains($0) }.min { (load[$0 - 1], $0) < (load[$1 - 1], $1) }
    }

    private func rank(_ marker: Int, _ chosen: [Int], _ cursor: Int) -> [Int] {
        let paired = chosen.reduce(0) { $0 + together[($1 - 1) * markers + marker - 1] }
        return [load[marker - 1], paired, (marker - 1 - cursor + markers) % markers]
    }

    /// A batch in the order it is numbered: question by question as first seen, each question's answers
    /// shuffled, so a script number says nothing about the roster order.
    func numberingOrder(_ answers: [SubjectiveAnswer]) -> [SubjectiveAnswer] {
        var questions: [String] = []
        var byQuestion: [String: [SubjectiveAnswer]] = [:]
        for answer in answers {
            if byQuestion[answer.question] == nil { questions.append(answer.question) }
            byQuestion[answer.question, default: []].append(answer)
        }
        var generator = SplitMix64(seed: seed ^ (UInt64(scripts.count) &* 0x9E37_79B9_7F4A_7C15))
        return questions.flatMap { question in
            var group = byQuestion[question] ?? []
            generator.shuffle(&group)
            return group
        }
    }

    /// Whether the marks spread more than `share` of `max`: the share is read to four decimals and the
    /// comparison made in whole numbers, so a spread of exactly 15% of 10 points (1.5) is within 0.15.
    public static func exceedsTolerance(_ marks: [Points], max: Points, share: Double) -> Bool {
        guard let low = marks.min(), let high = marks.max() else { return false }
        let tenThousandths = Int((Swift.max(share, 0) * 10_000).rounded())
        return (high - low).hundredths * 10_000 > tenThousandths * max.hundredths
    }

    /// The plain mean, rounded half away from zero to hundredths.
    public static func mean(_ marks: [Points]) -> Points { TrimmedMean.of(marks, trimFrom: .max) }

    /// The mark that stands after a third marking, by the exam's rule.
    ///
    /// `closerPair`: the third mark and the first mark nearest it, averaged; when first marks tie for
    /// nearest, all marks are averaged. `third`: the third mark. `meanOfThree`: every mark averaged.
    public static func combine(_ first: [Points], third: Points, rule: MarkingRules.ThirdMark) -> Points {
        switch rule {
        case .third: return third
        case .meanOfThree: return mean(first + [third])
        case .closerPair:
            let distances = first.map { ($0 - third).hundredths.magnitude }
            guard let nearest = distances.min() else { return third }
            let closest = first.indices.filter { distances[$0] == nearest }
            return closest.count == 1 ? mean([first[closest[0]], third]) : mean(first + [third])
        }
    }
}
