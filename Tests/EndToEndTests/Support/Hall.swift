import ContestCore
import Foundation
import QuestionBank

/// A hall for end-to-end tests: the server, a host console, judges, eight teams and screens, mixing
/// WebSocket and NDJSON the way a real final mixes browsers, terminals and buzzer bridges.
final class Hall {
    let server: ServerProcess
    let host: ContestClient
    let judges: [ContestClient]
    /// Teams 1…8 (index 0 is team 1): odd teams on WebSocket, even teams on NDJSON.
    let teams: [ContestClient]
    let screens: [ContestClient]

    static let bank: [String: Question] = {
        let loaded = BankLoader.load(path: ServerProcess.packageRoot + "/question-banks/demo.json")
        return Dictionary(loaded.bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// A short final on the demo bank: every segment kind, small enough to play in seconds.
    static func contestFile(in directory: String, buzzQuestions: Int = 3) throws -> String {
        let names = ["城东队", "城西队", "南湖队", "北岭队", "青石队", "白沙队", "临河队", "枫桥队"]
        let teams = names.enumerated().map { index, name in
            #"{"id": \#(index + 1), "name": "\#(name)", "unit": "测试单位\#(index + 1)", "players": [{"seat": 1, "name": "甲"}, {"seat": 2, "name": "乙"}]}"#
        }
        let text = """
            {"title": "端到端测试决赛", "seed": 7, "banks": ["\(ServerProcess.packageRoot)/question-banks/demo.json"],
             "teams": [\(teams.joined(separator: ",\n"))],
             "judges": [{"number": 1, "name": "一号裁判"}, {"number": 2, "name": "二号裁判"}, {"number": 3, "name": "三号裁判"}],
             "segments": [
               {"kind": "speed", "rules": {"maxQuestionsPerTeam": 2}, "draw": {"types": ["truefalse", "single"]}},
               {"kind": "buzz", "rules": {"questionCount": \(buzzQuestions), "falseStartPoints": -5}, "draw": {"types": ["single"]}},
               {"kind": "relay", "draw": {"types": ["truefalse"]}},
               {"kind": "risk", "draw": {"types": ["single", "multiple"]}},
               {"kind": "essay", "draw": {"types": ["essay"]}},
               {"kind": "tiebreak", "rules": {"questionCount": 100}, "draw": {"types": ["single", "truefalse"]}}
             ]}
            """
        let path = directory + "/contest.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The hall on `contestFile`, or on the short test final when none is given.
    init(screens screenCount: Int = 2, contestFile: String? = nil) throws {
        let directory = ServerProcess.scratchDirectory("hall")
        let server = try ServerProcess(
            dataDirectory: directory + "/data",
            arguments: ["--contest", try contestFile ?? Self.contestFile(in: directory)])
        self.server = server
        host = try WebSocketClient(port: server.port)
        try Self.expectWelcome(host.hello("host", token: server.hostToken))
        judges = try (1...3).map { judge in
            let client = try NDJSONClient(port: server.port)
            try Self.expectWelcome(client.hello("judge", token: server.judgeToken(judge)))
            return client
        }
        teams = try (1...8).map { team in
            let client: ContestClient =
                team % 2 == 1 ? try WebSocketClient(port: server.port) : try NDJSONClient(port: server.port)
            try Self.expectWelcome(client.hello("team", token: server.teamToken(team), seat: 1))
            return client
        }
        self.screens = try (0..<screenCount).map { index in
            let client: ContestClient =
                index % 2 == 0 ? try WebSocketClient(port: server.port) : try NDJSONClient(port: server.port)
            try Self.expectWelcome(client.hello("screen"))
            return client
        }
    }

    static func expectWelcome(_ reply: [String: Any]) throws {
        guard reply["type"] as? String == "welcome" else { throw TestFailure("expected a welcome, got \(reply)") }
    }

    func team(_ number: Int) -> ContestClient { teams[number - 1] }

    /// The current question's id as `client` last saw it.
    static func questionID(_ view: [String: Any]) -> String? {
        (view["question"] as? [String: Any])?["id"] as? String
    }

    /// The `answer` message fields for the question on screen, right or wrong.
    static func answer(_ id: String, correct: Bool) -> [String: Any] {
        guard let question = bank[id] else { return ["text": "?"] }
        switch question.answer {
        case .choices(let key):
            return ["choices": correct ? key : [(key[0] + 1) % question.options.count]]
        case .truth(let value):
            return ["truth": correct ? value : !value]
        case .accepted(let spellings):
            return ["text": correct ? spellings[0] : "不对"]
        case .reference:
            return ["text": "口述"]
        }
    }

    /// Totals by team number from a view's scoreboard.
    static func totals(_ view: [String: Any]) -> [Int: Double] {
        let board = view["scoreboard"] as? [[String: Any]] ?? []
        return Dictionary(
            uniqueKeysWithValues: board.map {
                ($0["team"] as? Int ?? 0, ($0["total"] as? NSNumber)?.doubleValue ?? .nan)
            })
    }
}
