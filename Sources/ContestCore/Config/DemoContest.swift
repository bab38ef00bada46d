/// The bundled demo final: 8 invented teams of 3, 5 judges, one segment of each kind, drawing from
/// `question-banks/demo.json`. Every name and unit here is made up.
///
/// Public because two tools start from it: `quiz-server` runs it when no contest file is given,
/// and `quiz-admin prelim rank` takes its segments and judges for the final it writes.
public enum DemoContest {
    public static let bankPath = "question-banks/demo.json"

    public static let config: ContestConfig = {
        let units = ["城东", "城西", "南湖", "北岭", "青石", "白沙", "临河", "枫桥"]
        let teams = units.enumerated().map { index, place in
            TeamConfig(
                id: TeamID(index + 1), name: "\(place)队", unit: "示例县\(place)镇便民服务中心",
                players: (1...3).map { PlayerConfig(seat: $0, name: "\(place)\($0)号选手") })
        }
        var buzz = BuzzRules()
        buzz.falseStartPoints = -5
        return ContestConfig(
            title: "政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）", seed: 20_261_121, teams: teams,
            judges: (1...5).map { JudgeConfig(number: $0, name: "\($0)号裁判") },
            segments: [
                SegmentConfig(rules: .speed(SpeedRules()), draw: DrawFilter(types: [.single, .trueFalse, .fill])),
                SegmentConfig(rules: .buzz(buzz), draw: DrawFilter(types: [.single, .multiple, .trueFalse])),
                SegmentConfig(rules: .relay(RelayRules()), draw: DrawFilter(types: [.single, .trueFalse])),
                SegmentConfig(rules: .risk(RiskRules()), draw: DrawFilter(types: [.single, .multiple, .short])),
                SegmentConfig(rules: .essay(EssayRules()), draw: DrawFilter(types: [.essay])),
                SegmentConfig(rules: .tieBreak(BuzzRules()), draw: DrawFilter(types: [.single])),
            ])
    }()
}
