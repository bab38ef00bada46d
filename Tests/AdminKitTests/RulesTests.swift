import Testing

@testable import AdminKit

struct RulesTests {
    /// A unit's team of `count` members, `frontline` of them from 村社区 or 窗口前台.
    static func team(_ unit: String, count: Int, frontline: Int, start: Int = 0) -> [[String]] {
        (0..<count).map { index in
            let sequence = String(100 + start + index)
            return entryRow(
                unit: unit, name: "队员\(start + index)", sex: Int(sequence)! % 2 == 1 ? "男" : "女",
                id: residentID("32082119900501" + sequence), phone: "1391234\(5000 + start + index)",
                category: index < frontline ? (index % 2 == 0 ? "村社区" : "窗口前台") : "其他")
        }
    }

    static let jiangyinCases: [(String, [[String]], [String])] = [
        ("five with two frontline", team("甲镇", count: 5, frontline: 2), []),
        ("one member short", team("甲镇", count: 4, frontline: 2), ["unit-size"]),
        ("one too many", team("甲镇", count: 6, frontline: 3), ["unit-size"]),
        ("a single 村社区 member", team("甲镇", count: 5, frontline: 1), ["too-few-frontline"]),
        ("none from the front line", team("甲镇", count: 3, frontline: 0), ["unit-size", "too-few-frontline"]),
        (
            "two units, one short", team("甲镇", count: 5, frontline: 2) + team("乙镇", count: 4, frontline: 4, start: 5),
            ["unit-size"]
        ),
    ]

    @Test(arguments: jiangyinCases)
    func jiangyinWantsFiveMembersWithTwoFromTheFrontLine(label: String, rows: [[String]], expected: [String]) {
        #expect(codes(check(rows, rules: .jiangyin)) == expected, "\(label)")
    }

    @Test func jiangyinNamesTheUnitAtItsFirstRow() {
        let report = check(Self.team("甲镇", count: 4, frontline: 1), rules: .jiangyin)
        #expect(
            report.diagnostics.map { $0.formatted() } == [
                "报名表.csv:2:1: 错误: 「甲镇」报了 4 人，每个单位应为 5 人 [unit-size]",
                "报名表.csv:2:1: 错误: 「甲镇」只有 1 人来自村社区或窗口前台，至少应有 2 人 [too-few-frontline]",
            ])
        #expect(report.units == [UnitSummary(unit: "甲镇", members: 4, frontline: 1, problems: 2)])
    }

    static let siyangCases: [(String, [String], [String])] = [
        ("eligible", entryRow(), []),
        ("village staff", entryRow(category: "村社区"), ["not-window-staff"]),
        ("established post", entryRow(employment: "编制内"), ["not-contract-staff"]),
        ("half a year of pension", entryRow(pension: "0.5"), ["pension-too-short"]),
        ("one year of pension, written with 年", entryRow(pension: "1年"), []),
        ("new in the job, no certificate", entryRow(jobYears: "0.5"), ["not-experienced"]),
        ("new in the job, level 5", entryRow(jobYears: "0", level: "五级/初级工"), ["not-experienced"]),
        ("new in the job, level 4", entryRow(jobYears: "0.5", level: "四级/中级工"), []),
        ("new in the job, 技师", entryRow(jobYears: "", level: "技师"), []),
        ("years unreadable", entryRow(jobYears: "很久"), ["bad-years"]),
        ("pension empty", entryRow(pension: ""), ["missing-value"]),
        ("level unreadable", entryRow(level: "特级"), ["unknown-skill-level"]),
        (
            "everything wrong", entryRow(category: "其他", employment: "编制内", jobYears: "0", pension: "0"),
            ["not-window-staff", "not-contract-staff", "not-experienced", "pension-too-short"]
        ),
    ]

    @Test(arguments: siyangCases)
    func siyangWantsContractWindowStaffWithPensionAndExperience(label: String, row: [String], expected: [String]) {
        #expect(codes(check([row], rules: .siyang)) == expected, "\(label)")
    }

    @Test func withoutRulesOnlyTheRowChecksRun() {
        #expect(codes(check(Self.team("甲镇", count: 2, frontline: 0))) == [])
    }
}
