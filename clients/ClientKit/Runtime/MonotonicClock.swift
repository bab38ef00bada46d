#if canImport(Glibc)
    import Glibc
#endif

/// Microseconds on the monotonic clock: countdowns and reconnect delays must not jump when the
/// hall's PC corrects its wall clock.
public enum MonotonicClock {
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000 + Int64(time.tv_nsec) / 1000
    }
}
