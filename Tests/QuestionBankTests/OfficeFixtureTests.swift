import ContestCore
import Foundation
import Testing

@testable import QuestionBank

/// The committed Word, Excel and text banks of `Tests/Fixtures/office` (see its README) read as
/// their sidecars say: the expected questions, the expected problems, or the expected refusal.
@Suite struct OfficeFixtureTests {
    static let folder = repositoryRoot + "/Tests/Fixtures/office"

    static func fixtures(withSidecar suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }

    /// The expected bank; the fixtures leave out ids they do not hold, so each gets its index as id,
    /// and keep stems verbatim, so their blanks are put in the canonical `（  ）` the readers write.
    static func expected(_ name: String) throws -> Bank {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name + ".expected.json"))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var questions = try #require(object["questions"] as? [[String: Any]])
        for index in questions.indices where questions[index]["id"] == nil { questions[index]["id"] = "#\(index)" }
        object["questions"] = questions
        let bytes = Array(try JSONSerialization.data(withJSONObject: object))
        let result = BankLoader.load(bytes: bytes, file: name + ".expected.json", format: .json)
        #expect(result.isValid, "\(result.diagnostics.map { $0.formatted() })")
        var bank = result.bank
        for index in bank.questions.indices {
            bank.questions[index].stem = PaperStem.normalizingBlanks(bank.questions[index].stem)
        }
        return bank
    }

    @Test(arguments: fixtures(withSidecar: ".expected.json"))
    func readsTheExpectedQuestions(name: String) throws {
        let expected = try Self.expected(name)
        let loaded = BankLoader.load(path: Self.folder + "/" + name)
        let expectedDiagnostics = Self.fixtures(withSidecar: ".expected-diagnostics.txt").contains(name)
        if !expectedDiagnostics { #expect(loaded.isValid, "\(loaded.diagnostics.map { $0.formatted() })") }
        #expect(loaded.bank.questions.count == expected.questions.count)
        for (actual, wanted) in zip(loaded.bank.questions, expected.questions) {
            var actual = actual
            if wanted.id.hasPrefix("#") { actual.id = wanted.id }
            #expect(actual == wanted)
        }
    }

    @Test(arguments: fixtures(withSidecar: ".expected-diagnostics.txt"))
    func reportsTheDeliberateMistakesWhereTheyAre(name: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + name + ".expected-diagnostics.txt", encoding: .utf8)
        let loaded = BankLoader.load(path: Self.folder + "/" + name)
        let found = Set(loaded.diagnostics.map { "\(Self.place($0)) \($0.code)" })
        for line in text.split(separator: "\n") where !line.isEmpty {
            #expect(found.contains(String(line)), "\(found)")
        }
        #expect(loaded.errorCount == text.split(separator: "\n").count)
    }

    @Test(arguments: fixtures(withSidecar: ".expected-error.txt"))
    func refusesABrokenFileSayingWhy(name: String) throws {
        let code = try String(contentsOfFile: Self.folder + "/" + name + ".expected-error.txt", encoding: .utf8)
        let loaded = BankLoader.load(path: Self.folder + "/" + name)
        #expect(loaded.diagnostics.map(\.code) == [code.trimmingCharacters(in: .whitespacesAndNewlines)])
        #expect(loaded.diagnostics.first?.location == nil)
        #expect(loaded.bank.questions.isEmpty)
    }

    /// `¶76` or `单选!G3`: a Word paragraph without its excerpt, a cell as it is.
    static func place(_ diagnostic: Diagnostic) -> String {
        switch diagnostic.location {
        case .paragraph(let number, _): "¶\(number)"
        case let location?: location.description
        case nil: "-"
        }
    }
}
