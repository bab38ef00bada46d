import Foundation
import Testing

/// A whole final through the real binary: 8 teams, a host, 3 judges and 2 screens, over WebSocket
/// and NDJSON, every segment kind, ending on the same scoreboard everywhere.
@Suite(.serialized) struct FullFinalEndToEndTests {
    @Test func eightTeamsHostJudgesAndScreensPlayAFullFinal() throws {
        let hall = try Hall()
        var expected = [Int: Double](uniqueKeysWithValues: (1...8).map { ($0, 0) })

        // 速答题: two questions per team; a team's k-th answer is right when the table says so.
        try hall.host.ok("startSegment", ["segment": 0])
        let speedRight: [[Bool]] = [
            [true, true], [true, false], [false, true], [false, false], [true, true], [true, false], [false, false],
            [false, true],
        ]
        for team in 1...8 {
            try hall.host.ok("nextTurn")
            for right in speedRight[team - 1] {
                let client = hall.team(team)
                try client.waitForState { ($0["turn"] as? Int) == team && Hall.questionID($0) != nil }
                let id = Hall.questionID(client.lastState)!
                try client.ok("answer", Hall.answer(id, correct: right))
                try client.waitForState { Hall.questionID($0) != id || $0["turn"] as? Int != team }
                if right { expected[team]! += 10 }
            }
        }
        try hall.host.ok("endSegment")

        // 抢答题: a right answer, a false start and a wrong answer re-opened, a judge's wrong ruling.
        try hall.host.ok("startSegment", ["segment": 1])
        try hall.host.ok("showQuestion")
        try hall.host.ok("armBuzzers")
        try hall.team(2).ok("buzz")
        try hall.judges[0].ok("rule", ["verdict": "correct"])
        expected[2]! += 10
        try hall.host.ok("showQuestion")
        try hall.team(5).ok("buzz")  // before the buzzers are armed: a false start
        expected[5]! -= 5
        try hall.host.ok("armBuzzers")
        try hall.team(3).ok("buzz")
        try hall.team(3).waitForState { $0["answering"] as? Int == 3 }
        let second = Hall.questionID(hall.team(3).lastState)!
        try hall.team(3).ok("answer", Hall.answer(second, correct: false))
        expected[3]! -= 10
        try hall.team(6).ok("buzz")
        try hall.team(6).waitForState { $0["answering"] as? Int == 6 }
        try hall.team(6).ok("answer", Hall.answer(second, correct: true))
        expected[6]! += 10
        try hall.host.ok("showQuestion")
        try hall.host.ok("armBuzzers")
        try hall.team(7).ok("buzz")
        try hall.judges[1].ok("rule", ["verdict": "wrong"])
        expected[7]! -= 10
        try hall.host.ok("skip")  // re-opened after the wrong answer; nobody else buzzes
        try hall.host.ok("endSegment")

        // 接力答题: even teams sweep both seats (+20 bonus), odd teams break on the first seat.
        let secondSeats = try (1...8).map { team in
            let client = try NDJSONClient(port: hall.server.port)
            try Hall.expectWelcome(client.hello("team", token: hall.server.teamToken(team), seat: 2))
            return client
        }
        try hall.host.ok("startSegment", ["segment": 2])
        for team in 1...8 {
            try hall.host.ok("nextTurn")
            var previous: String?
            for seat in 1...2 {
                let client = seat == 1 ? hall.team(team) : secondSeats[team - 1]
                try client.waitForState {
                    ($0["turn"] as? Int) == team && Hall.questionID($0) != nil && Hall.questionID($0) != previous
                }
                let id = Hall.questionID(client.lastState)!
                let right = team % 2 == 0
                try client.ok("answer", Hall.answer(id, correct: right))
                previous = id
                if !right { break }
                expected[team]! += 10
            }
            if team % 2 == 0 { expected[team]! += 20 }
        }
        try hall.host.ok("endSegment")

        // 进阶风险题: odd teams decline; even teams take the 10-point tier, are ruled right and stop.
        try hall.host.ok("startSegment", ["segment": 3])
        for _ in 1...8 {
            try hall.host.ok("nextTurn")
            try hall.host.waitForState { (($0["view"] as? [String: Any])?["turn"] as? Int) != nil }
            let team = (hall.host.lastState["view"] as! [String: Any])["turn"] as! Int
            if team % 2 == 1 {
                try hall.team(team).ok("decline")
            } else {
                try hall.team(team).ok("pickTier", ["tier": 0])
                try hall.judges[1].ok("rule", ["verdict": "correct"])
                try hall.host.ok("stop", ["team": team])
                expected[team]! += 10
            }
            try hall.host.waitForState { (($0["view"] as? [String: Any])?["turn"] as? Int) == nil }
        }
        try hall.host.ok("endSegment")

        // 论述题: teams 1 and 2, three judges each (no trimming below five judges).
        try hall.host.ok("startSegment", ["segment": 4])
        for (team, scores) in [(1, [15, 16, 17]), (2, [12, 12.5, 13])] {
            try hall.host.ok("nextTurn")
            for (judge, score) in zip(hall.judges, scores) {
                try judge.ok("scoreEssay", ["team": team, "score": score])
            }
            expected[team]! += scores.reduce(0, +) / 3
        }
        try hall.host.ok("endSegment")

        // A correction with its reason, then the end.
        try hall.host.ok("correctScore", ["team": 8, "delta": 3, "reason": "仲裁组复核"])
        expected[8]! += 3
        try hall.host.ok("finishContest")

        // Every screen and team shows the same final scoreboard, and so does /api/state.
        let state = try HTTPGet(port: hall.server.port, path: "/api/state").json
        let view = state["view"] as? [String: Any] ?? [:]
        #expect(view["stage"] as? String == "finished")
        #expect(Hall.totals(view) == expected, "\(view["scoreboard"] ?? "")")
        for client in hall.screens + hall.teams {
            try client.waitForState { $0["stage"] as? String == "finished" }
            #expect(Hall.totals(client.lastState) == expected)
        }
        let csv = try HTTPGet(port: hall.server.port, path: "/api/results.csv")
        #expect(csv.status == 200)
        #expect(csv.body.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: csv.body.dropFirst(3), as: UTF8.self)
        for name in ["城东队", "城西队", "南湖队", "北岭队", "青石队", "白沙队", "临河队", "枫桥队"] { #expect(text.contains(name)) }
    }
}
