import ContestCore
import ContestProtocol
import ExamCore
import Foundation
import Testing

@Suite struct MarkingBookRecordTests {
    static let question = MarkingQuestion(
        stem: "简述一次性告知制度的要求。", reference: "①告知内容完整；②书面告知；③留存记录。",
        markingPoints: ["告知内容完整", "书面告知", "留存记录"])

    /// Three candidates, two questions, four markers; every script marked, some needing a third.
    static func markedBook() -> (MarkingBook, [MarkingEvent]) {
        var book = MarkingBook(rules: MarkingRules(), markers: 4, seed: 77)
        var events: [MarkingEvent] = []
        let answers = ["2026120001", "2026120002", "2026120003"].flatMap { candidate in
            ["q51", "q52"].map {
                SubjectiveAnswer(candidate: candidate, question: $0, text: "\(candidate) 的作答", max: 10)
            }
        }
        events += (try? book.handle(.addScripts(answers), at: 0).get()) ?? []
        var time: Micros = 1_000
        var round = 0
        while let (marker, script) = (1...4).lazy.compactMap({ m in book.nextScript(for: m).map { (m, $0) } }).first {
            round += 1
            time += 1_000
            let points = Points(hundredths: (marker * script * 350) % 1050)
            events +=
                (try? book.handle(.mark(marker: marker, script: script, points: points, note: "第\(round)次"), at: time)
                    .get()) ?? []
        }
        return (book, events)
    }

    @Test func theMarkersViewHasNeitherTheCandidateNorTheOtherMark() throws {
        var book = MarkingBook(rules: MarkingRules(), markers: 3, seed: 5)
        let answer = SubjectiveAnswer(candidate: "2026120042", question: "q51", text: "应当一次性告知所需材料。", max: 10)
        _ = book.handle(.addScripts([answer]), at: 0)
        let (one, two) = (book.scripts[0].markers[0], book.scripts[0].markers[1])
        _ = try book.handle(.mark(marker: one, script: 1, points: Points(hundredths: 750), note: "要点②缺失"), at: 10).get()
        let view = try book.view(marker: two, script: 1, questions: ["q51": Self.question]).get()
        #expect(view.ownMark == nil && view.ownNote == nil && view.open)
        #expect(view.text == answer.text && view.stem == Self.question.stem)
        #expect(view.markingPoints == Self.question.markingPoints)
        let json = String(decoding: JSONWriter.encode(view), as: UTF8.self)
        #expect(!json.contains("2026120042"))
        #expect(!json.contains("7.5") && !json.contains("要点②缺失"))
        let own = try book.view(marker: one, script: 1, questions: [:]).get()
        #expect(own.ownMark == Points(hundredths: 750) && own.ownNote == "要点②缺失" && own.stem == nil)
        let outsider = try #require((1...3).first { ![one, two].contains($0) })
        #expect(book.view(marker: outsider, script: 1, questions: [:]) == .failure(MarkingRejection(.notAssigned)))
        #expect(book.views(marker: outsider, questions: [:]).isEmpty)
        #expect(book.views(marker: two, questions: [:]).map(\.script) == [1])
    }

    @Test func replayingTheEventsRebuildsTheBookExactly() {
        let (book, events) = Self.markedBook()
        #expect(book.isComplete)
        #expect(events.contains { if case .thirdMarkerAssigned = $0 { true } else { false } })
        var replayed = MarkingBook(rules: MarkingRules(), markers: 4, seed: 77)
        for event in events { replayed.apply(event) }
        #expect(replayed == book)
    }

    @Test func eventsReadBackFromTheirJSONReplayTheSameBook() throws {
        let (book, events) = Self.markedBook()
        let decoded = try [MarkingEvent](jsonText: JSONWriter.encode(events))
        #expect(decoded == events)
        var replayed = MarkingBook(rules: MarkingRules(), markers: 4, seed: 77)
        for event in decoded { replayed.apply(event) }
        #expect(replayed == book)
    }

    @Test(arguments: [
        (
            MarkingEvent.markGiven(marker: 3, script: 12, points: Points(hundredths: 750), note: "要点②", at: 1_700),
            #"{"type":"markGiven","marker":3,"script":12,"points":7.5,"note":"要点②","at":1700}"#
        ),
        (.scriptFinal(script: 12, points: 8), #"{"type":"scriptFinal","script":12,"points":8}"#),
        (.thirdMarkerAssigned(script: 4, marker: 2), #"{"type":"thirdMarkerAssigned","script":4,"marker":2}"#),
        (
            .scriptAdded(script: 1, candidate: "2026120001", question: "q51", text: "答", max: 10, markers: [1, 2]),
            #"{"type":"scriptAdded","script":1,"candidate":"2026120001","question":"q51","text":"答","max":10,"markers":[1,2]}"#
        ),
    ])
    func eventsAreTaggedObjects(event: MarkingEvent, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(event), as: UTF8.self) == json)
        #expect(try MarkingEvent(jsonText: Array(json.utf8)) == event)
    }

    @Test func anUnknownEventTypeIsAnError() {
        #expect(throws: ProtocolDecodingError.self) {
            try MarkingEvent(jsonText: Array(#"{"type":"markErased","script":1}"#.utf8))
        }
    }

    @Test func progressCountsTheWholeAndEachMarker() throws {
        var book = MarkingBook(rules: MarkingRules(), markers: 3, seed: 1)
        let answers = (1...3).map { SubjectiveAnswer(candidate: "c\($0)", question: "q51", text: "", max: 10) }
        _ = book.handle(.addScripts(answers), at: 0)
        #expect(book.progress.total == 3 && book.progress.markedOnce == 0 && book.progress.final == 0)
        let first = book.scripts[0].markers
        _ = try book.handle(.mark(marker: first[0], script: 1, points: 2, note: ""), at: 1).get()
        _ = try book.handle(.mark(marker: first[1], script: 1, points: 9, note: ""), at: 2).get()
        let second = book.scripts[1].markers
        _ = try book.handle(.mark(marker: second[0], script: 2, points: 6, note: ""), at: 3).get()
        let progress = book.progress
        #expect(progress.markedOnce == 2 && progress.markedTwice == 1)
        #expect(progress.needingThird == 1 && progress.final == 0)
        #expect(progress.markers.map(\.assigned).reduce(0, +) == 7)
        #expect(progress.markers.map(\.marked).reduce(0, +) == 3)
        #expect(progress.markers.map(\.waiting).reduce(0, +) == 4)
        #expect(progress.markers[first[0] - 1].marked >= 1)
    }

    @Test func theMarkingQuestionComesFromThePaper() {
        let item = WrittenPaper.Item(
            number: 51, id: "q51", type: .short, stem: "简述……", options: [],
            answer: PaperAnswer(.reference("①完整；②书面。")), points: 10, explanation: "", category: "", difficulty: 2,
            origin: "", source: .bank, file: "demo.json")
        let question = MarkingQuestion(item: item)
        #expect(question.stem == "简述……" && question.markingPoints == ["完整", "书面"])
    }
}
