/// 答题用时 as the online exam exports it: seconds (`754`), `mm:ss` (`12:34`) or `h:mm:ss` (`1:02:03`).
///
/// The time breaks a tie, so it must be read exactly: minutes and seconds after the first field
/// are below 60, and anything else is refused with its cell rather than guessed at.
public enum AnsweringTime {
    /// Whole seconds, or nil for text that is no time; a trailing `秒` is allowed on plain seconds.
    public static func seconds(_ text: String) -> Int? {
        var compact = text.filter { !$0.isWhitespace }
        if compact.hasSuffix("秒") && !compact.contains(":") { compact.removeLast() }
        let fields = compact.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count),
            fields.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count, numbers.dropFirst().allSatisfy({ $0 < 60 }),
            fields.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        return numbers.reduce(0) { $0 * 60 + $1 }
    }

    /// `12:34` or `1:02:03`, as the pages print a time.
    public static func text(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let tail = "\(CalendarDate.twoDigits(minutes)):\(CalendarDate.twoDigits(rest))"
        return hours > 0 ? "\(hours):\(tail)" : "\(seconds / 60):\(CalendarDate.twoDigits(rest))"
    }
}
