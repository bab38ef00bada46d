/// How far the marking has come, for the organisers' page: the whole and each marker's share.
///
/// The counts run cumulatively like progress bars: a script marked twice is also marked once.
/// `needingThird` counts scripts waiting for a third mark; `final` those whose mark stands.
public struct MarkingProgress: Codable, Sendable, Hashable {
    /// One marker's work: scripts assigned (third markings included), marked, and still to mark.
    public struct Marker: Codable, Sendable, Hashable {
        public var marker: Int
        public var assigned: Int
        public var marked: Int
        public var waiting: Int

        public init(marker: Int, assigned: Int, marked: Int, waiting: Int) {
            (self.marker, self.assigned, self.marked, self.waiting) = (marker, assigned, marked, waiting)
        }
    }

    public var total = 0
    public var markedOnce = 0
    public var markedTwice = 0
    public var needingThird = 0
    public var final = 0
    public var markers: [Marker] = []

    public init(_ book: MarkingBook) {
        markers = (0..<book.markers).map { Marker(marker: $0 + 1, assigned: 0, marked: 0, waiting: 0) }
        for script in book.scripts {
            total += 1
            if script.marks.count >= 1 { markedOnce += 1 }
            if script.marks.count >= 2 { markedTwice += 1 }
            if script.final != nil {
                final += 1
            } else if script.third != nil {
                needingThird += 1
            }
            for marker in script.everyMarker where book.isMarker(marker) {
                markers[marker - 1].assigned += 1
                if script.mark(by: marker) != nil {
                    markers[marker - 1].marked += 1
                } else if script.final == nil {
                    markers[marker - 1].waiting += 1
                }
            }
        }
    }
}

extension MarkingBook {
    public var progress: MarkingProgress { MarkingProgress(self) }
}
