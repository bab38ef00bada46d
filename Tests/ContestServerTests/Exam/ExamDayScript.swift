import ContestCore
import ContestProtocol
import ExamCore
import Foundation

@testable import ContestServer

/// One short exam day played through the hub by every role, with everything each page heard.
///
/// The source of docs/exam.md's message examples, the pages' contract file and the golden exam
/// journal: two candidates answer every kind of question, one submits, a proctor extends, reopens and
/// admits a latecomer, the deadline closes the rest, two markers mark an essay, and the practical
/// judges score, sign, and the chief reopens a sheet.
struct ExamDayScript {
    struct Heard {
        var page: String
        var request: String
        var message: [UInt8]
    }

    var world: ExamHubWorld
    /// Every message a page received, replies and notices, in order, with the request that caused it.
    var heard: [Heard] = []
    /// Every request a page sent, as it sent it.
    var sent: [(page: String, text: String)] = []

    static let start = ExamHubWorld.start
    static let minute = ExamHubWorld.minute

    init() throws {
        world = try ExamHubWorld()
        let c1 = world.candidate(1)
        let c2 = world.candidate(2)
        let c3 = world.candidate(3)
        func at(_ minutes: Int, _ seconds: Int = 0) -> Micros {
            Self.start + Micros(minutes) * Self.minute + Time.seconds(seconds)
        }

        send("c1", #"{"type":"hello","role":"candidate","candidate":"\#(c1)","token":"CAND10000"}"#, at: at(0, 5))
        send(
            "c2", #"{"type":"hello","role":"candidate","candidate":"\#(c2)","token":"CAND10001","lang":"en"}"#,
            at: at(0, 9))
        send("p1", #"{"type":"hello","role":"proctor","token":"PROCTOR1"}"#, at: at(0, 10))
        send("x", #"{"type":"hello","role":"candidate","candidate":"\#(c1)","token":"WRONGTOKEN"}"#, at: at(0, 11))
        for (index, question) in world.questions(of: 1).enumerated() {
            send(
                "c1", #"{"type":"saveAnswer","id":"s\#(index)",\#(Self.answer(question, right: index % 3 != 0))}"#,
                at: at(1, index * 7))
        }
        for (index, question) in world.questions(of: 2).enumerated() where index % 2 == 0 {
            send(
                "c2", #"{"type":"saveAnswer","id":"t\#(index)",\#(Self.answer(question, right: true))}"#,
                at: at(2, index * 5))
        }
        send("c1", #"{"type":"leftPage","id":"l1"}"#, at: at(10))
        send(
            "c1", #"{"type":"saveAnswer","id":"bad","question":"\#(world.questions(of: 1)[0].id)","text":"甲"}"#,
            at: at(11))
        send("c1", #"{"type":"ping","id":"p1"}"#, at: at(12))
        send(
            "p1", #"{"type":"extendTime","id":"e1","candidate":"\#(c2)","minutes":10,"reason":"电脑故障，更换座位"}"#, at: at(20)
        )
        send("c3", #"{"type":"hello","role":"candidate","candidate":"\#(c3)","token":"CAND10002"}"#, at: at(16))
        send("p1", #"{"type":"admitLate","id":"a1","candidate":"\#(c3)","reason":"公交晚点，凭车票入场"}"#, at: at(21))
        send("c3", #"{"type":"hello","role":"candidate","candidate":"\#(c3)","token":"CAND10002"}"#, at: at(22))
        send("c1", #"{"type":"submitPaper","id":"sub"}"#, at: at(60))
        send(
            "p1", #"{"type":"reopenPaper","id":"r1","candidate":"\#(c1)","minutes":5,"reason":"误点交卷，本人申请"}"#, at: at(61)
        )
        send("c1", #"{"type":"submitPaper","id":"sub2"}"#, at: at(63))
        flush(at: at(63))
        tick(at: at(90))
        tick(at: at(100))
        flush(at: at(100))
        send("m1", #"{"type":"hello","role":"marker","token":"MARKER1"}"#, at: at(110))
        let scripts = world.hub.day.marking.scripts
        if let first = scripts.first {
            for marker in first.markers {
                send("m\(marker)", #"{"type":"hello","role":"marker","token":"MARKER\#(marker)"}"#, at: at(111))
                let points = marker == first.markers[0] ? "7.5" : "8"
                send(
                    "m\(marker)",
                    #"{"type":"markScript","id":"k\#(marker)","script":1,"points":\#(points),"note":"要点②不全"}"#,
                    at: at(112))
            }
            send("m\(first.markers[0])", #"{"type":"openScript","id":"o1","script":1}"#, at: at(113))
        }
        for judge in 1...5 {
            send("j\(judge)", #"{"type":"hello","role":"judge","token":"JUDGE\#(judge)"}"#, at: at(120))
            for item in 0..<5 {
                let points = [8, 12, 26, 21, 17][item] + (judge % 3)
                send(
                    "j\(judge)",
                    #"{"type":"scoreItem","id":"i\#(item)","contestant":"\#(c1)","item":\#(item),"points":\#(points)}"#,
                    at: at(121, judge * 10 + item))
            }
            send("j\(judge)", #"{"type":"signSheet","id":"g\#(judge)","contestant":"\#(c1)"}"#, at: at(122, judge))
        }
        send("j2", #"{"type":"scoreItem","id":"late","contestant":"\#(c1)","item":0,"points":9}"#, at: at(123))
        send(
            "j1", #"{"type":"reopenSheet","id":"ro","judge":2,"contestant":"\#(c1)","reason":"第 1 项录入有误"}"#, at: at(124)
        )
        send("j2", #"{"type":"scoreItem","id":"fix","contestant":"\#(c1)","item":0,"points":9}"#, at: at(125))
        send("j2", #"{"type":"signSheet","id":"g2b","contestant":"\#(c1)"}"#, at: at(126))
    }

    /// The answer fields of a save: the key's answer when `right` (as this candidate sees the options), else a wrong one.
    static func answer(_ question: CandidatePaper.View.Question, right: Bool) -> String {
        let id = #""question":"\#(question.id)""#
        switch question.type {
        case .single: return id + #","choices":[\#(right ? 0 : 1)]"#
        case .multiple: return id + #","choices":[0,2]"#
        case .trueFalse: return id + #","truth":\#(right)"#
        case .fill: return id + #","text":"一次性告知""#
        case .short: return id + #","text":"首问负责：第一位接待的工作人员负责到底；一次性告知所需材料。""#
        case .essay: return id + #","text":"以群众满意为标准，推进一窗受理、一网通办，减材料、减环节、减时限。""#
        }
    }

    mutating func send(_ page: String, _ text: String, at: Micros) {
        sent.append((page, text))
        let (_, outcome) = world.send(page, text, at: at)
        let request =
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["type"] as? String ?? ""
        for reply in outcome.replies { heard.append(Heard(page: page, request: request, message: reply.text(seq: 1))) }
        deliver(outcome.notices, request: request)
    }

    mutating func tick(at: Micros) {
        let outcome = world.hub.tick(at: at)
        world.records += outcome.records
        deliver(outcome.notices, request: "tick")
    }

    mutating func flush(at: Micros) { deliver(world.hub.flush(at: at), request: "batch") }

    /// Notices as the pages of their identity heard them.
    private mutating func deliver(_ notices: [HubNotice], request: String) {
        for notice in notices {
            for (page, session) in world.sessions.sorted(by: { $0.key < $1.key }) where session.identity == notice.to {
                heard.append(Heard(page: page, request: request, message: notice.message.text(seq: 1)))
            }
        }
    }

    /// The journal bytes of the day: the header, then every record.
    var journal: [UInt8] {
        let header = JSONWriter.encode(
            ExamJournalRecord.header(ExamJournalReplay.header(for: world.exam, createdAt: Self.start - Self.minute)))
        return ([header] + world.records).flatMap(JournalRecordFormat.frame)
    }
}
