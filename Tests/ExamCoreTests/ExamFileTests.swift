import ContestCore
import ExamCore
import Foundation
import Testing

@Suite struct ExamFileTests {
    static let roster = #""candidates": [{"candidate": "A001", "name": "王芳"}, {"candidate": "A002"}]"#

    static let refusals: [(String, ExamFileProblem)] = [
        (
            #"{"titel": "x", \#(roster)}"#,
            .rules(.init(file: "exam.json", path: "titel", reason: .unknownKey(suggestion: "title"), document: .exam))
        ),
        (
            #"{"candidates": [{"candidate": "A001", "nmae": "王芳"}]}"#,
            .rules(
                .init(
                    file: "exam.json", path: "candidates[0].nmae", reason: .unknownKey(suggestion: "name"),
                    document: .exam))
        ),
        (
            #"{"shuffle": {"option": false}, \#(roster)}"#,
            .rules(
                .init(
                    file: "exam.json", path: "shuffle.option", reason: .unknownKey(suggestion: "options"),
                    document: .exam))
        ),
        (
            #"{"grading": {"multiSelect": "some"}, \#(roster)}"#,
            .rules(.init(file: "exam.json", path: "grading.multiSelect", reason: .wrongType, document: .exam))
        ),
        (
            #"{"durationMinutes": "90", \#(roster)}"#,
            .rules(.init(file: "exam.json", path: "durationMinutes", reason: .wrongType, document: .exam))
        ),
        (
            #"{"grading": {"synonyms": {"F1": "一窗"}}, \#(roster)}"#,
            .rules(.init(file: "exam.json", path: "grading.synonyms.F1", reason: .wrongType, document: .exam))
        ),
        (#"{"title": "x", "#, .rules(.init(file: "exam.json", path: "", reason: .notJSON, document: .exam))),
        (#"{"title": "x"}"#, .emptyRoster),
        (#"{"candidates": []}"#, .emptyRoster),
        (#"{"candidates": [{"candidate": "A001"}, {"candidate": " "}]}"#, .blankAdmissionNumber(index: 1)),
        (
            #"{"candidates": [{"candidate": "A001"}, {"candidate": "A002"}, {"candidate": "A001 "}]}"#,
            .duplicateCandidate("A001", first: 0, again: 2)
        ),
        (#"{"start": "2026-12-10 09:00", \#(roster)}"#, .badStart("2026-12-10 09:00")),
        (#"{"durationMinutes": -5, \#(roster)}"#, .durationNotPositive(-5)),
        (#"{"lateEntryMinutes": -1, \#(roster)}"#, .negative(path: "lateEntryMinutes")),
        (#"{"markers": -1, \#(roster)}"#, .negative(path: "markers")),
        (#"{"seed": 9007199254740992, \#(roster)}"#, .seedTooLarge),
        (#"{"grading": {"partialShare": 1.5}, \#(roster)}"#, .shareOutOfRange(path: "grading.partialShare")),
    ]

    @Test(arguments: refusals)
    func refusesWithThePlace(json: String, problem: ExamFileProblem) {
        let result = ExamFile.decode(ExamFixtures.bytes(json), file: "exam.json")
        #expect(result.error?.problems == [problem])
        #expect(result.error?.messages(.chinese).allSatisfy { $0.hasPrefix("exam.json: 错误: ") } == true)
    }

    @Test func readsEveryKeyAndKeepsTheDefaults() throws {
        let json = #"""
            {"title": "初赛", "start": "2026-12-10T09:00:00+08:00", "durationMinutes": 60, "seed": 9,
             "shuffle": {"options": false}, "passMark": 12.5, "proctors": 3,
             "grading": {"multiSelect": "partial", "synonyms": {"F1": ["一窗通办"]}},
             "candidates": [{"candidate": "A001", "name": "王芳", "unit": "城东"}, {"candidate": "A002"}]}
            """#
        let file = try ExamFile.decode(ExamFixtures.bytes(json), file: "exam.json").get()
        #expect(file.candidates[1] == ExamCandidate(candidate: "A002", name: "", unit: ""))
        #expect(file.shuffle == ExamFile.Shuffle(questions: true, options: false))
        #expect(file.grading.synonyms == ["F1": ["一窗通办"]] && file.grading.multiSelect == .partial)
        #expect(file.lateEntryMinutes == 15 && file.markers == 4 && file.passMark == Points(hundredths: 1250))
        let exam = try file.resolve(paper: ExamFixtures.paper, file: "exam.json", now: 0).get()
        #expect(exam.start == ExamFixtures.start)
        #expect(exam.deadline == ExamFixtures.start + 60 * ExamFixtures.minute)
        #expect(exam.entryCloses == ExamFixtures.start + 15 * ExamFixtures.minute)
        #expect(exam.title == "初赛" && exam.tokens == Exam.Tokens(proctors: 3, markers: 4, judges: 5))
    }

    @Test func withoutAStartTheExamOpensWhenTheServerStartsForThePapersTime() throws {
        let file = try ExamFile.decode(ExamFixtures.bytes("{\(Self.roster)}"), file: "exam.json").get()
        let exam = try file.resolve(paper: ExamFixtures.paper, file: "exam.json", now: 1_000).get()
        #expect(exam.start == 1_000 && exam.duration == 90 * ExamFixtures.minute && exam.title == "测试卷")
    }

    static let paperRefusals: [(String, ExamFileProblem)] = [
        (#"{"grading": {"synonyms": {"Q404": ["x"]}}, \#(roster)}"#, .synonymsForUnknownQuestion("Q404")),
        (#"{"grading": {"synonyms": {"S1": ["x"]}}, \#(roster)}"#, .synonymsForNonFill("S1")),
        (#"{"passMark": 100, \#(roster)}"#, .passMarkAbovePaper(100, total: ExamFixtures.paper.totalPoints)),
    ]

    @Test(arguments: paperRefusals)
    func refusesWhatOnlyThePaperShows(json: String, problem: ExamFileProblem) throws {
        let file = try ExamFile.decode(ExamFixtures.bytes(json), file: "exam.json").get()
        let result = file.resolve(paper: ExamFixtures.paper, file: "exam.json", now: 0)
        #expect(result.error?.problems == [problem])
    }

    @Test func aPaperWithoutTimeNeedsADuration() throws {
        var paper = ExamFixtures.paper
        paper.timeLimitMinutes = 0
        let file = try ExamFile.decode(ExamFixtures.bytes("{\(Self.roster)}"), file: "exam.json").get()
        #expect(file.resolve(paper: paper, file: "exam.json", now: 0).error?.problems == [.durationNotPositive(0)])
    }

    static let foreignPapers: [(String, ExamFileProblem)] = [
        (#"{"format": "quiz-contest", "title": "x"}"#, .notAWrittenPaper("paper.json")),
        (#"[1, 2]"#, .notAWrittenPaper("paper.json")),
        (#"{"format": "quiz-written-paper", "version": 9}"#, .newerPaperVersion("paper.json", version: 9)),
        (#"{"format": "quiz-written-paper", "version": 1, "title": 3}"#, .notAWrittenPaper("paper.json")),
    ]

    @Test(arguments: foreignPapers)
    func refusesAPaperThatIsNotAWrittenPaper(json: String, problem: ExamFileProblem) {
        let result = WrittenPaper.decodeExamPaper(ExamFixtures.bytes(json), file: "paper.json")
        #expect(result.error == problem)
    }

    @Test func readsTheFileAndItsPaperBesideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(ExamFixtures.paper.encoded()).write(to: folder.appendingPathComponent("卷.json"))
        let exam = folder.appendingPathComponent("exam.json")
        try Data(#"{"paper": "卷.json", \#(Self.roster)}"#.utf8).write(to: exam)
        let read = try ExamFile.read(path: exam.path, now: 5).get()
        #expect(read.paper == ExamFixtures.paper && read.candidates.count == 2)
        let missing = ExamFile.read(path: folder.appendingPathComponent("none.json").path, now: 5)
        #expect(missing.error?.messages(.english).first?.contains("cannot read the exam file") == true)
    }

    /// The bundled demo exam (`quiz-server --exam` without a file) reads cleanly and opens when it is read.
    @Test func theDemoExamSeatsTwentyCandidatesFromNow() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = repository.appendingPathComponent("question-banks/demo-exam/exam.json").path
        let exam = try ExamFile.read(path: path, now: 77).get()
        #expect(exam.candidates.count == 20 && Set(exam.candidates.map(\.candidate)).count == 20)
        #expect(
            exam.start == 77 && exam.duration == 90 * ExamFixtures.minute && exam.passMark <= exam.paper.totalPoints)
        #expect(exam.paper.items.contains { $0.type == .essay } && exam.paper.items.contains { $0.type == .short })
    }

    static let times: [(String, Micros?)] = [
        ("2026-12-10T09:00:00+08:00", ExamFixtures.start),
        ("2026-12-10T01:00:00Z", ExamFixtures.start),
        ("2026-12-10T09:00+0800", ExamFixtures.start),
        ("2026-12-09T20:00:00-05:00", ExamFixtures.start),
        ("1970-01-01T00:00:01Z", 1_000_000),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000_000),
        ("2026-12-10T09:00:00", nil),
        ("2026-02-29T09:00:00+08:00", nil),
        ("2026-12-10T24:00:00+08:00", nil),
        ("明天上午九点", nil),
    ]

    @Test(arguments: times)
    func readsStartTimesWithTheirOffset(text: String, micros: Micros?) {
        #expect(ExamTime.parse(text) == micros)
    }

    static let instants: [(Micros, String)] = [
        (ExamFixtures.start, "2026-12-10T09:00:00+08:00"),
        (0, "1970-01-01T08:00:00+08:00"),
        (-1_000_000, "1970-01-01T07:59:59+08:00"),
        (-8 * 3_600_000_000 - 1, "1969-12-31T23:59:59+08:00"),
        (1_709_164_800_000_000, "2024-02-29T08:00:00+08:00"),
        (4_107_513_599_999_999, "2100-02-28T23:59:59+08:00"),
    ]

    /// The data folder's copy fixes an exam's start in Beijing time, and reads back to the same second.
    @Test(arguments: instants)
    func writesInstantsAsBeijingTimeThatReadBack(micros: Micros, text: String) {
        #expect(ExamTime.beijing(micros) == text)
        #expect(ExamTime.parse(text) == micros - ((micros % 1_000_000) + 1_000_000) % 1_000_000)
    }
}

extension Result {
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
