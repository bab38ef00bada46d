import Foundation
import Glibc

/// Candidates of an exam saving answers at once over NDJSON, each with one `saveAnswer` in flight,
/// driven by one `poll` loop; every `ack` is recorded, so a test can say what the server promised.
///
/// Each candidate cycles through `questions` (one of each type), saving a different answer each time,
/// so later saves overwrite earlier ones and the last acknowledged one is the one that must survive.
final class SavingCandidates {
    /// An answer as the wire carries it, compared as the JSON fields `choices`, `truth` or `text`.
    struct Answer: Equatable, CustomStringConvertible {
        var choices: [Int]?
        var truth: Bool?
        var text: String?

        init(choices: [Int]? = nil, truth: Bool? = nil, text: String? = nil) {
            (self.choices, self.truth, self.text) = (choices, truth, text)
        }

        /// The answer fields of a `saveAnswer`, or of a saved answer in a welcome.
        init(fields: [String: Any]) {
            self.init(
                choices: fields["choices"] as? [Int], truth: fields["truth"] as? Bool, text: fields["text"] as? String)
        }

        var fields: [String: Any] {
            if let choices { return ["choices": choices] }
            if let truth { return ["truth": truth] }
            return ["text": text ?? ""]
        }

        var description: String { "\(fields)" }
    }

    /// One candidate's page: its socket, the save in flight, and what was acknowledged per question.
    final class Page {
        let candidate: String
        let socket: Socket
        var open = true
        var sent = 0
        var inFlight: (id: String, question: String, answer: Answer)?
        /// The last acknowledged answer per question, with the `at` of its ack.
        var acknowledged: [String: (answer: Answer, at: Int)] = [:]

        init(candidate: String, socket: Socket) {
            (self.candidate, self.socket) = (candidate, socket)
        }
    }

    /// The questions every candidate saves, as their welcome showed them: id, type and option count.
    let questions: [(id: String, type: String, options: Int)]
    let pages: [Page]
    private(set) var acks = 0
    /// What went wrong that is not a lost connection: a rejection, a stray reply.
    private(set) var problems: [String] = []

    init(pages: [Page], questions: [(id: String, type: String, options: Int)]) {
        (self.pages, self.questions) = (pages, questions)
    }

    /// The `sent`th answer to `question`: a choice, a set of choices, a truth or a text, each different from the last.
    static func answer(_ question: (id: String, type: String, options: Int), variant: Int) -> Answer {
        switch question.type {
        case "single": return Answer(choices: [variant % max(1, question.options)])
        case "multiple":
            let count = max(2, question.options)
            return Answer(choices: Set([variant % count, (variant + 2) % count]).sorted())
        case "truefalse": return Answer(truth: variant % 2 == 0)
        default: return Answer(text: "第\(variant)稿：一次性告知所需材料；当场受理")
        }
    }

    /// Sends each open page's next save.
    private func sendNext(_ page: Page) throws {
        let question = questions[page.sent % questions.count]
        let answer = Self.answer(question, variant: page.sent)
        page.sent += 1
        let id = "s\(page.sent)"
        var message = answer.fields
        (message["type"], message["id"], message["question"]) = ("saveAnswer", id, question.id)
        page.inFlight = (id, question.id, answer)
        let data = try JSONSerialization.data(withJSONObject: message)
        try page.socket.write(Array(data) + [0x0A])
    }

    /// Saves on every page until `acks` reach `killAt`, then calls `kill` and reads what the server
    /// had already sent until every connection ends; throws when the server goes quiet for 10 s.
    func run(killAt: Int, kill: () -> Void) throws {
        for page in pages { try sendNext(page) }
        var killed = false
        while pages.contains(where: \.open) {
            var descriptors = pages.map {
                pollfd(fd: $0.open ? $0.socket.descriptor : -1, events: Int16(POLLIN), revents: 0)
            }
            guard poll(&descriptors, nfds_t(descriptors.count), 10_000) > 0 else {
                throw TestFailure("no byte from the server within 10 s (\(acks) acks, killed: \(killed))")
            }
            for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
                let page = pages[index]
                page.open = (try? page.socket.fill()) ?? false
                for reply in Self.lines(page.socket) { record(reply, on: page) }
                if page.open && !killed && page.inFlight == nil { try sendNext(page) }
            }
            if !killed && acks >= killAt {
                kill()
                killed = true
            }
        }
    }

    private func record(_ reply: [String: Any], on page: Page) {
        let type = reply["type"] as? String
        guard type == "ack" || type == "rejected" || type == "error" else { return }
        guard let flight = page.inFlight, reply["id"] as? String == flight.id, type == "ack",
            let at = reply["at"] as? Int
        else {
            problems.append(
                "\(page.candidate): \(reply) while \(page.inFlight.map { "\($0.id)" } ?? "nothing") was in flight")
            return
        }
        page.acknowledged[flight.question] = (flight.answer, at)
        page.inFlight = nil
        acks += 1
    }

    /// The whole lines read so far on `socket`, each parsed as a JSON object.
    static func lines(_ socket: Socket) -> [[String: Any]] {
        var objects: [[String: Any]] = []
        while let newline = socket.pending.firstIndex(of: 0x0A) {
            let line = Data(socket.pending[..<newline])
            socket.pending.removeFirst(newline + 1)
            if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] { objects.append(object) }
        }
        return objects
    }
}
