import ContestCore
import ContestProtocol
import ExamCore
import Foundation
import Testing

/// The exam day through the reducer: times are passed in, never read from a clock.
@Suite struct ExamDayTests {
    let exam = ExamFixtures.exam()
    let start = ExamFixtures.start
    let minute = ExamFixtures.minute

    /// The option position candidate `candidate` sees the paper's option `original` at.
    func shown(_ candidate: String, _ question: String, _ original: Int) -> Int {
        exam.paper(for: candidate).question(question)!.optionOrder.firstIndex(of: original)!
    }

    func save(_ candidate: String, _ question: String, _ answer: Submission) -> ExamCommand {
        .saveAnswer(candidate: candidate, question: question, answer: answer)
    }

    @Test func enterSaveAndRebuildFromTheJournal() throws {
        var day = ExamState(exam: exam)
        var journal: [ExamEvent] = []
        func run(_ command: ExamCommand, at time: Micros) throws {
            journal += try day.handle(command, at: time).get()
        }
        try run(.enter(candidate: "A001"), at: start - 10 * minute)
        #expect(day.handle(save("A001", "S1", .choices([0])), at: start - 5 * minute) == .failure(.init(.notStarted)))
        try run(save("A001", "S1", .choices([0])), at: start + minute)
        try run(save("A001", "S1", .choices([shown("A001", "S1", 1)])), at: start + 3 * minute)
        try run(save("A001", "T1", .truth(true)), at: start + 4 * minute)
        try run(save("A001", "F2", .text("一次性；告知")), at: start + 6 * minute)
        try run(.leftPage(candidate: "A001"), at: start + 7 * minute)
        try run(.enter(candidate: "A001"), at: start + 8 * minute)
        try run(.enter(candidate: "A002"), at: start + 9 * minute)

        let record = try #require(day.records["A001"])
        #expect(record.enteredAt == start - 10 * minute && record.leftPageCount == 1 && record.status == .answering)
        let s1 = try #require(record.answers["S1"])
        #expect(s1.answer == .choices([shown("A001", "S1", 1)]) && s1.saves == 2)
        #expect(s1.firstSavedAt == start + minute && s1.savedAt == start + 3 * minute && s1.time == 3 * minute)
        #expect(record.answers["F2"]?.time == 2 * minute)
        #expect(record.answeredCount == 3)
        #expect(journal.count == 7)

        #expect(ExamState.replay(exam: exam, events: journal) == day)
        let decoded = try journal.map { try ExamEvent(jsonText: JSONWriter.encode($0)) }
        #expect(decoded == journal)
        #expect(ExamState.replay(exam: exam, events: decoded) == day)
    }

    static let shapes: [(ExamEvent, String)] = [
        (
            .answerSaved(candidate: "A001", question: "M1", answer: .choices([2, 0]), at: 5),
            #"{"type":"answerSaved","candidate":"A001","question":"M1","choices":[2,0],"at":5}"#
        ),
        (
            .answerSaved(candidate: "A001", question: "F1", answer: .text("一窗"), at: 6),
            #"{"type":"answerSaved","candidate":"A001","question":"F1","text":"一窗","at":6}"#
        ),
        (
            .answerSaved(candidate: "A001", question: "T1", answer: .truth(false), at: 6),
            #"{"type":"answerSaved","candidate":"A001","question":"T1","truth":false,"at":6}"#
        ),
        (.entered(candidate: "A001", at: 1), #"{"type":"entered","candidate":"A001","at":1}"#),
        (.paperClosed(candidate: "A001", at: 9), #"{"type":"paperClosed","candidate":"A001","at":9}"#),
        (
            .timeExtended(candidate: "A002", minutes: 10, deadline: 70, reason: "停电", by: 1, at: 8),
            #"{"type":"timeExtended","candidate":"A002","minutes":10,"deadline":70,"reason":"停电","by":1,"at":8}"#
        ),
        (
            .paperReopened(candidate: "A002", deadline: 90, reason: "误交卷", by: 2, at: 8),
            #"{"type":"paperReopened","candidate":"A002","deadline":90,"reason":"误交卷","by":2,"at":8}"#
        ),
        (
            .admittedLate(candidate: "A003", reason: "堵车", by: 1, at: 3),
            #"{"type":"admittedLate","candidate":"A003","reason":"堵车","by":1,"at":3}"#
        ),
    ]

    @Test(arguments: shapes)
    func eventsAreTaggedObjectsInTheJournal(event: ExamEvent, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(event), as: UTF8.self) == json)
        #expect(try ExamEvent(jsonText: Array(json.utf8)) == event)
    }

    @Test func theDeadlineClosesOpenPapersAndLateSavesAreRefused() throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A001"), at: start).get()
        _ = try day.handle(.enter(candidate: "A002"), at: start).get()
        #expect(day.nextDeadline == start + 90 * minute)
        #expect(day.handle(.tick, at: start + 90 * minute - 1) == .success([]))
        let late = day.handle(save("A001", "T1", .truth(true)), at: start + 90 * minute)
        #expect(late == .failure(.init(.timeUp)))
        #expect(ExamRejection(.timeUp).message() == "考试时间已到，答案未保存")
        let closed = try day.handle(.tick, at: start + 90 * minute + 5).get()
        #expect(closed == ["A001", "A002"].map { .paperClosed(candidate: $0, at: start + 90 * minute + 5) })
        #expect(day.records["A003"]?.status == .absent && day.records["A001"]?.status == .closed)
        #expect(day.records["A001"]?.closedAt == start + 90 * minute)
        #expect(day.grade().candidates[0].answeringTime == 90 * minute)
        #expect(day.handle(.submit(candidate: "A001"), at: start + 91 * minute) == .failure(.init(.timeUp)))
        #expect(day.handle(.tick, at: start + 92 * minute) == .success([]))
        #expect(day.nextDeadline == nil)
    }

    @Test func aProctorExtendsOneCandidate() throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A001"), at: start).get()
        _ = try day.handle(.enter(candidate: "A002"), at: start).get()
        let extend = ExamCommand.extend(candidate: "A002", minutes: 10, reason: " 电脑故障，换机 ", by: 1)
        #expect(
            day.handle(.extend(candidate: "A002", minutes: 10, reason: "  ", by: 1), at: start + 20 * minute)
                == .failure(.init(.reasonRequired)))
        #expect(
            day.handle(.extend(candidate: "A002", minutes: 0, reason: "x", by: 1), at: start + 20 * minute)
                == .failure(.init(.invalidMinutes)))
        _ = try day.handle(extend, at: start + 20 * minute).get()
        #expect(day.records["A002"]?.deadline == start + 100 * minute)
        #expect(day.records["A002"]?.actions.map(\.reason) == ["电脑故障，换机"])
        #expect(day.nextDeadline == start + 90 * minute)
        #expect(
            try day.handle(.tick, at: start + 90 * minute).get() == [
                .paperClosed(candidate: "A001", at: start + 90 * minute)
            ])
        #expect(day.handle(save("A001", "T1", .truth(true)), at: start + 95 * minute) == .failure(.init(.timeUp)))
        _ = try day.handle(save("A002", "T1", .truth(true)), at: start + 95 * minute).get()
        #expect(day.nextDeadline == start + 100 * minute)
        #expect(try day.handle(.tick, at: start + 100 * minute).get().map(\.candidate) == ["A002"])
        #expect(day.handle(extend, at: start + 101 * minute) == .failure(.init(.paperNotOpen)))
    }

    @Test func aProctorReopensASubmittedPaperWithAReason() throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A001"), at: start).get()
        _ = try day.handle(.enter(candidate: "A002"), at: start).get()
        _ = try day.handle(.submit(candidate: "A001"), at: start + 30 * minute).get()
        #expect(
            day.handle(save("A001", "T1", .truth(true)), at: start + 31 * minute) == .failure(.init(.alreadySubmitted)))
        #expect(day.handle(.submit(candidate: "A001"), at: start + 31 * minute) == .failure(.init(.alreadySubmitted)))
        #expect(
            day.handle(.reopen(candidate: "A002", minutes: 5, reason: "x", by: 2), at: start + 35 * minute)
                == .failure(.init(.paperStillOpen)))
        #expect(
            day.handle(.reopen(candidate: "A001", minutes: 5, reason: "", by: 2), at: start + 35 * minute)
                == .failure(.init(.reasonRequired)))
        _ = try day.handle(.reopen(candidate: "A001", minutes: 15, reason: "考生误点交卷", by: 2), at: start + 40 * minute)
            .get()
        let record = try #require(day.records["A001"])
        #expect(record.status == .answering && record.deadline == start + 55 * minute)
        #expect(
            record.actions.first?.kind == .reopened(deadline: start + 55 * minute) && record.actions.first?.proctor == 2
        )
        _ = try day.handle(save("A001", "T1", .truth(true)), at: start + 41 * minute).get()
        #expect(try day.handle(.tick, at: start + 55 * minute).get().map(\.candidate) == ["A001"])
        _ = try day.handle(.reopen(candidate: "A001", minutes: 5, reason: "收卷时网络中断", by: 1), at: start + 56 * minute)
            .get()
        #expect(day.records["A001"]?.status == .answering && day.records["A001"]?.actions.count == 2)
    }

    @Test func lateEntryIsRefusedUnlessAProctorAdmitsWithAReason() throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A002"), at: start + 15 * minute).get()
        #expect(day.handle(.enter(candidate: "A003"), at: start + 15 * minute + 1) == .failure(.init(.entryClosed)))
        #expect(
            day.handle(.admitLate(candidate: "A003", reason: " ", by: 1), at: start + 16 * minute)
                == .failure(.init(.reasonRequired)))
        #expect(
            day.handle(.admitLate(candidate: "A002", reason: "x", by: 1), at: start + 16 * minute)
                == .failure(.init(.alreadyEntered)))
        _ = try day.handle(.admitLate(candidate: "A003", reason: "暴雨封路，经主考同意", by: 1), at: start + 18 * minute).get()
        #expect(try day.handle(.enter(candidate: "A003"), at: start + 20 * minute).get().count == 1)
        let record = try #require(day.records["A003"])
        #expect(
            record.admittedLate && record.actions.map(\.kind) == [.admittedLate]
                && record.deadline == start + 90 * minute)
    }

    static let refusals: [(ExamCommand, ExamRejection.Code)] = [
        (.enter(candidate: "B999"), .unknownCandidate),
        (.saveAnswer(candidate: "A003", question: "S1", answer: .choices([0])), .notEntered),
        (.leftPage(candidate: "A003"), .notEntered),
        (.submit(candidate: "A003"), .notEntered),
        (.saveAnswer(candidate: "A001", question: "Q404", answer: .choices([0])), .unknownQuestion),
        (.saveAnswer(candidate: "A001", question: "S1", answer: .choices([4])), .choiceOutOfRange),
        (.saveAnswer(candidate: "A001", question: "S1", answer: .choices([0, 1])), .oneChoiceOnly),
        (.saveAnswer(candidate: "A001", question: "M1", answer: .choices([1, 1])), .choiceOutOfRange),
        (.saveAnswer(candidate: "A001", question: "M1", answer: .choices([-1])), .choiceOutOfRange),
        (.saveAnswer(candidate: "A001", question: "T1", answer: .text("对")), .wrongAnswerKind),
        (.saveAnswer(candidate: "A001", question: "F1", answer: .truth(true)), .wrongAnswerKind),
        (
            .saveAnswer(candidate: "A001", question: "E1", answer: .text(String(repeating: "字", count: 20_001))),
            .answerTooLong
        ),
        (.extend(candidate: "B999", minutes: 5, reason: "x", by: 1), .unknownCandidate),
        (.reopen(candidate: "A001", minutes: 601, reason: "x", by: 1), .invalidMinutes),
    ]

    @Test(arguments: refusals)
    func refusesWithACode(command: ExamCommand, code: ExamRejection.Code) throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A001"), at: start).get()
        let before = day
        #expect(day.handle(command, at: start + minute) == .failure(ExamRejection(code)))
        #expect(day == before)
    }

    @Test func everyRejectionSaysWhyInBothLanguages() {
        let zh = ExamRejection.Code.allCases.map { ExamRejection($0).message(.chinese) }
        let en = ExamRejection.Code.allCases.map { ExamRejection($0).message(.english) }
        #expect(Set(zh).count == zh.count && Set(en).count == en.count)
        #expect(zh.allSatisfy { $0.unicodeScalars.contains { $0.value > 0x4E00 } })
    }

    @Test func gradesTheDayWithAnsweringTimes() throws {
        var day = ExamState(exam: exam)
        _ = try day.handle(.enter(candidate: "A001"), at: start - minute).get()
        _ = try day.handle(.enter(candidate: "A002"), at: start + 2 * minute).get()
        let answers: [(String, Submission, Int)] = [
            ("S1", .choices([shown("A001", "S1", 1)]), 1), ("M1", .choices([0, 2].map { shown("A001", "M1", $0) }), 4),
            ("T1", .truth(false), 5), ("F1", .text("一窗受理"), 9), ("A1", .text("首问负责"), 20),
        ]
        for (question, answer, minutes) in answers {
            _ = try day.handle(save("A001", question, answer), at: start + Micros(minutes) * minute).get()
        }
        _ = try day.handle(save("A002", "S1", .choices([shown("A002", "S1", 0)])), at: start + 3 * minute).get()
        _ = try day.handle(.submit(candidate: "A001"), at: start + 30 * minute).get()
        let grades = day.grade()
        let first = grades.candidates[0]
        #expect(first.objective == 4 && first.toBeMarked == 1 && first.status == .submitted)
        #expect(first.answeringTime == 30 * minute)
        #expect(first.questions.map(\.id) == exam.paper.items.map(\.id))
        #expect(first.questions.first { $0.id == "M1" }?.time == 3 * minute)
        #expect(first.questions.first { $0.id == "S1" }?.time == minute)
        #expect(grades.candidates[1].objective == 0 && grades.candidates[1].answeringTime == nil)
        let s1 = try #require(grades.questions.first { $0.id == "S1" })
        #expect(s1.count(.right) == 1 && s1.count(.wrong) == 1 && s1.answered == 2 && s1.meanTime == minute)
        let t1 = try #require(grades.questions.first { $0.id == "T1" })
        #expect(t1.count(.wrong) == 1 && t1.count(.unanswered) == 1)
    }
}
