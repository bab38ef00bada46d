/// Why the bench could not go on, in words for the person who ran it.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
