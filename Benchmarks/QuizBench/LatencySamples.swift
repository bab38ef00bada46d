/// Latencies collected in one measurement, so its percentiles are exact rather than bucketed.
///
/// Values are microseconds. Percentiles use the nearest-rank rule: p99 of 1,000 samples is the
/// 990th smallest, so a reported p99 is always a latency that really happened.
struct LatencySamples {
    private(set) var values: [Double] = []
    private var sorted = true

    var count: Int { values.count }

    mutating func add(_ microseconds: Double) {
        if let last = values.last, microseconds < last { sorted = false }
        values.append(microseconds)
    }

    /// The nearest-rank percentile `p` (0…100) in microseconds; 0 when there are no samples.
    mutating func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        if !sorted {
            values.sort()
            sorted = true
        }
        let rank = Int((p / 100 * Double(values.count)).rounded(.up))
        return values[min(values.count, max(1, rank)) - 1]
    }

    mutating func summary() -> LatencySummary {
        LatencySummary(
            count: count, p50: percentile(50), p99: percentile(99), max: percentile(100))
    }
}

/// The three figures every latency row prints, in microseconds.
struct LatencySummary {
    var count: Int
    var p50: Double
    var p99: Double
    var max: Double

    var json: [String: Any] { ["samples": count, "p50Micros": p50, "p99Micros": p99, "maxMicros": max] }

    /// `1.23 ms` style, or `-` with no samples.
    static func milliseconds(_ micros: Double, samples: Int = 1) -> String {
        samples == 0 ? "-" : String(format: "%.3f ms", micros / 1000)
    }
}
