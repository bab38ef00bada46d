import Glibc

/// The monotonic clock in nanoseconds, for intervals the wall clock's steps must not distort.
enum Monotonic {
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Microseconds from `start` (nanoseconds) to `end`.
    static func micros(from start: Int64, to end: Int64) -> Double { Double(end - start) / 1000 }

    /// Busy-waits until `instant`: sleeping may overshoot by more than the gaps being measured.
    static func spin(until instant: Int64) {
        while now() < instant {}
    }

    static func seconds(_ value: Double) -> Int64 { Int64(value * 1_000_000_000) }
}
