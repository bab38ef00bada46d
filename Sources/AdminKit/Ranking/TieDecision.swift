import QuestionBank

/// The organisers' order for one group of tied entries, as the tie-break file records it.
///
/// A tie at an award or advancement boundary is never broken by the tool: the organisers decide
/// (a tie-break question, the committee's vote) and write the order down, and the outputs say so.
public struct TieDecision: Sendable, Hashable {
    /// One entry named in the file: the key it is matched by, and how the file wrote it.
    public struct Named: Sendable, Hashable {
        /// `id:320821…`, `name:王小明|城东社区` or `unit:城东社区`.
        public var key: String
        public var label: String
        public var location: SourceLocation

        public init(key: String, label: String, location: SourceLocation) {
            (self.key, self.label, self.location) = (key, label, location)
        }
    }

    /// The tied entries in the order decided, best first.
    public var order: [Named]
    /// Why and by whom, printed with the result: `加赛决定（组委会）`.
    public var reason: String

    public init(order: [Named], reason: String) {
        self.order = order
        self.reason = reason
    }

    /// `并列经组委会决定：张三、李四（加赛决定）`, the note the outputs carry.
    public func note(_ zh: Bool) -> String {
        let names = order.map(\.label).joined(separator: zh ? "、" : ", ")
        let why = reason.isEmpty ? "" : (zh ? "；\(reason)" : "; \(reason)")
        return zh ? "并列经组委会决定：\(names)\(why)" : "tie decided by the organisers: \(names)\(why)"
    }
}
