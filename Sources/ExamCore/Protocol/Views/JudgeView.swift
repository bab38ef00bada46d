import ContestCore
import ContestProtocol

/// What a practical judge's page gets (`practical`): the rubric and, per contestant, their own sheet.
///
/// Each judge sees their own points only; of the others, whether and when they signed, so the chief
/// judge knows whose sheet to reopen. A contestant's score appears once every judge has signed.
public struct JudgeView: Sendable, Hashable, JSONEncodable {
    public var judge: PracticalJudge
    public var chief: Bool
    public var rubric: PracticalRubric
    public var sheets: [PracticalScoreSheet]

    public init(judge: Int, book: PracticalBook) {
        self.judge = book.judges.first { $0.number == judge } ?? PracticalJudge(number: judge, name: "")
        chief = judge == book.chief
        rubric = book.rubric
        sheets = book.scoreSheets
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("judge", judge.number)
            fields.field("name", judge.name)
            fields.field("chief", chief)
            fields.field("trimFromJudges", rubric.trimFromJudges)
            fields.field("items") { json in
                json.array(rubric.items) { json, item in
                    json.object { fields in
                        fields.field("name", item.name)
                        fields.field("max", item.max)
                    }
                }
            }
            fields.field("contestants") { json in
                json.array(sheets) { json, sheet in encode(sheet, into: &json) }
            }
        }
    }

    private func encode(_ sheet: PracticalScoreSheet, into json: inout JSONWriter) {
        let own = sheet.rows.first { $0.judge.number == judge.number }
        json.object { fields in
            fields.field("id", sheet.contestant.id)
            fields.field("name", sheet.contestant.name)
            fields.field("order", sheet.contestant.order)
            fields.field("points") { json in
                json.array(own?.points ?? sheet.items.map { _ in nil }) { json, points in
                    if let points { json.write(points) } else { json.null() }
                }
            }
            fields.field("total", own?.total ?? .zero)
            fields.field("signedAt", own?.signedAt)
            fields.field("panel") { json in
                json.array(sheet.rows) { json, row in
                    json.object { fields in
                        fields.field("judge", row.judge.number)
                        fields.field("name", row.judge.name)
                        fields.field("signedAt", row.signedAt)
                    }
                }
            }
            fields.field("score", sheet.final ? sheet.score : nil)
            fields.field("reopens") { json in
                json.array(sheet.reopens) { json, reopen in
                    json.object { fields in
                        fields.field("chief", reopen.chief)
                        fields.field("judge", reopen.judge)
                        fields.field("reason", reopen.reason)
                        fields.field("at", reopen.at)
                    }
                }
            }
        }
    }
}
