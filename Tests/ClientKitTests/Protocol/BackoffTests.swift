import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test func backoffDoublesFromHalfASecondAndStopsAtFive() {
    var backoff = Backoff()
    let delays = (0..<8).map { _ in backoff.nextDelay() }
    #expect(delays == [500_000, 1_000_000, 2_000_000, 4_000_000, 5_000_000, 5_000_000, 5_000_000, 5_000_000])
    #expect(backoff.attempts == 8)
}

@Test func backoffStaysAtTheLimitAfterManyFailures() {
    var backoff = Backoff()
    for _ in 0..<100 { _ = backoff.nextDelay() }
    #expect(backoff.nextDelay() == Backoff.limit)
}

@Test func backoffResetStartsAgainFromHalfASecond() {
    var backoff = Backoff()
    _ = (backoff.nextDelay(), backoff.nextDelay(), backoff.nextDelay())
    backoff.reset()
    #expect(backoff.attempts == 0)
    #expect(backoff.nextDelay() == 500_000)
    #expect(backoff.nextDelay() == 1_000_000)
}
