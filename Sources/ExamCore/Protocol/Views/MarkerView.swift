import ContestCore
import ContestProtocol

/// What a marker's page gets (`marking`): how far their work and the whole marking have come, and the next script.
///
/// Blind: the next script is a `MarkerScriptView`, which has no field for the candidate or another
/// marker's mark. The page lists what the marker marked from their own acks; `openScript` brings any
/// of their scripts back to check or change.
public struct MarkerView: Sendable, Hashable, JSONEncodable {
    public var marker: Int
    public var progress: MarkingProgress
    public var next: MarkerScriptView?

    public init(marker: Int, book: MarkingBook, questions: [String: MarkingQuestion]) {
        self.marker = marker
        progress = book.progress
        next = book.nextScript(for: marker).flatMap {
            try? book.view(marker: marker, script: $0, questions: questions).get()
        }
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("marker", marker)
            fields.field("total", progress.total)
            fields.field("markedTwice", progress.markedTwice)
            fields.field("needingThird", progress.needingThird)
            fields.field("final", progress.final)
            if let own = progress.markers.first(where: { $0.marker == marker }) {
                fields.field("assigned", own.assigned)
                fields.field("marked", own.marked)
                fields.field("waiting", own.waiting)
            }
            fields.field("next", next)
        }
    }
}

extension MarkerScriptView: JSONEncodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("script", script)
            fields.field("question", question)
            fields.field("stem", stem)
            fields.field("reference", reference)
            fields.field("markingPoints", markingPoints)
            fields.field("text", text)
            fields.field("max", max)
            fields.field("ownMark", ownMark)
            fields.field("ownNote", ownNote)
            fields.field("open", open)
        }
    }
}
