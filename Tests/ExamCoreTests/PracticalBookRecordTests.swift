import ContestCore
import ContestProtocol
import ExamCore
import Foundation
import Testing

@Suite struct PracticalBookRecordTests {
    static func played() -> (PracticalBook, [PracticalEvent]) {
        let judges = (1...5).map { PracticalJudge(number: $0, name: "评委\($0)") }
        let contestants = [PracticalContestant(id: "A01", name: "王芳", order: 1)]
        var book = PracticalBook(rubric: PracticalRubric(), contestants: contestants, judges: judges, chief: 1)
        var events: [PracticalEvent] = []
        var time: Micros = 0
        for judge in 1...5 {
            for (item, line) in PracticalRubric().items.enumerated() {
                time += 10
                let points = line.max - Points(hundredths: 50 * ((judge + item) % 4))
                events +=
                    (try? book.handle(.score(judge: judge, contestant: "A01", item: item, points: points), at: time)
                        .get()) ?? []
            }
            events += (try? book.handle(.sign(judge: judge, contestant: "A01"), at: time + 1).get()) ?? []
        }
        events +=
            (try? book.handle(.reopen(chief: 1, judge: 4, contestant: "A01", reason: "漏看一处"), at: 900).get()) ?? []
        events += (try? book.handle(.score(judge: 4, contestant: "A01", item: 2, points: 28), at: 910).get()) ?? []
        events += (try? book.handle(.sign(judge: 4, contestant: "A01"), at: 920).get()) ?? []
        return (book, events)
    }

    @Test func replayingTheEventsRebuildsTheBookExactly() throws {
        let (book, events) = Self.played()
        #expect(events.count == 5 * 5 + 5 + 3)
        #expect(book.scoreSheet("A01")?.final == true)
        let decoded = try [PracticalEvent](jsonText: JSONWriter.encode(events))
        #expect(decoded == events)
        var replayed = PracticalBook(
            rubric: PracticalRubric(), contestants: book.contestants, judges: book.judges, chief: book.chief)
        for event in decoded { replayed.apply(event) }
        #expect(replayed == book)
        #expect(replayed.record.map(\.reason) == ["漏看一处"])
    }

    @Test(arguments: [
        (
            PracticalEvent.itemScored(judge: 2, contestant: "A03", item: 1, points: Points(hundredths: 1350), at: 40),
            #"{"type":"itemScored","judge":2,"contestant":"A03","item":1,"points":13.5,"at":40}"#
        ),
        (
            .sheetSigned(judge: 2, contestant: "A03", at: 41),
            #"{"type":"sheetSigned","judge":2,"contestant":"A03","at":41}"#
        ),
        (
            .sheetReopened(chief: 1, judge: 2, contestant: "A03", reason: "误录", at: 50),
            #"{"type":"sheetReopened","chief":1,"judge":2,"contestant":"A03","reason":"误录","at":50}"#
        ),
    ])
    func eventsAreTaggedObjects(event: PracticalEvent, json: String) throws {
        #expect(String(decoding: JSONWriter.encode(event), as: UTF8.self) == json)
        #expect(try PracticalEvent(jsonText: Array(json.utf8)) == event)
    }

    @Test func everyRejectionSpeaksBothLanguages() {
        for code in PracticalRejection.Code.allCases {
            let rejection = PracticalRejection(code)
            #expect(!rejection.message().isEmpty && rejection.message() != rejection.message(.english))
        }
    }
}
