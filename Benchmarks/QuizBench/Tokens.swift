import Foundation

/// The tokens a server wrote to `DATA/tokens.json`: the host's and each team's.
struct Tokens {
    let host: String
    let teams: [Int: String]

    init(dataFolder: String) throws {
        guard let data = FileManager.default.contents(atPath: dataFolder + "/tokens.json"),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let host = object["host"] as? String
        else { throw BenchFailure("no readable tokens.json in \(dataFolder)") }
        self.host = host
        let teams = object["teams"] as? [[String: Any]] ?? []
        self.teams = Dictionary(
            teams.compactMap { entry in
                (entry["team"] as? Int).flatMap { team in (entry["token"] as? String).map { (team, $0) } }
            }, uniquingKeysWith: { first, _ in first })
    }
}
