import ContestCore

/// One answer under marking, as the organisers' record holds it: who wrote it, who marks it, the marks.
///
/// Markers never see this: they get a `MarkerScriptView` with the number and the text only. `number`
/// is the opaque script number (1, 2, …) that identifies the answer on the marking page.
public struct MarkingScript: Codable, Sendable, Hashable {
    /// One marker's mark; a marker who changes it before the script is final replaces it.
    public struct Mark: Codable, Sendable, Hashable {
        public var marker: Int
        public var points: Points
        public var note: String
        public var at: Micros

        public init(marker: Int, points: Points, note: String, at: Micros) {
            (self.marker, self.points, self.note, self.at) = (marker, points, note, at)
        }
    }

    public var number: Int
    public var candidate: String
    public var question: String
    public var text: String
    public var max: Points
    /// The first markers, `markersPerAnswer` of them, in the order assigned.
    public var markers: [Int]
    /// The marker added when the first marks differ by more than the tolerance.
    public var third: Int?
    /// The latest mark of each marker who has marked, in the order they first marked.
    public var marks: [Mark] = []
    /// The mark that stands, once decided.
    public var final: Points?

    public init(number: Int, candidate: String, question: String, text: String, max: Points, markers: [Int]) {
        (self.number, self.candidate, self.question, self.text) = (number, candidate, question, text)
        (self.max, self.markers) = (max, markers)
    }

    /// Whether the marker is one of the first markers or the third.
    public func isAssigned(to marker: Int) -> Bool { markers.contains(marker) || third == marker }

    public func mark(by marker: Int) -> Mark? { marks.first { $0.marker == marker } }

    /// The first markers' marks, once every one of them has marked; nil before.
    var firstMarks: [Points]? {
        let given = markers.compactMap { mark(by: $0)?.points }
        return given.count == markers.count ? given : nil
    }

    var everyMarker: [Int] { markers + (third.map { [$0] } ?? []) }
}
