import ClientKit
import ContestCore
import ContestProtocol
import Testing

private func live(remaining: Int64?, paused: Bool = false) -> LiveView {
    var view = PublicView(title: "决赛", stage: .running)
    view.remaining = remaining
    view.paused = paused
    return LiveView(view, receivedAt: 1_000_000)
}

@Test(
    arguments: [
        (Int64(0), "20 秒", false), (1_000_000, "20 秒", false), (1_999_966, "20 秒", false), (1_999_967, "19 秒", false),
        (3_000_000, "18 秒", false), (15_999_966, "6 秒", false), (15_999_967, "5 秒", true), (20_999_966, "1 秒", true),
        (20_999_967, "0 秒", true), (90_000_000, "0 秒", true),
    ] as [(Int64, String, Bool)])
func countdownRunsOnTheConsolesClockFromReceipt(now: Int64, text: String, urgent: Bool) {
    let view = live(remaining: 19_999_967)
    #expect(view.countdownText(at: now) == text)
    #expect(view.isUrgent(at: now) == urgent)
}

@Test(arguments: [Int64(1_000_000), 5_000_000, 60_000_000])
func countdownFreezesWhilePaused(now: Int64) {
    let view = live(remaining: 18_000_000, paused: true)
    #expect(view.remaining(at: now) == 18_000_000)
    #expect(view.countdownText(at: now) == "暂停 18 秒")
    #expect(!view.isUrgent(at: now))
}

@Test func countdownUrgencyStartsAtFiveSeconds() {
    #expect(live(remaining: 5_000_000).isUrgent(at: 1_000_000))
    #expect(!live(remaining: 5_000_001).isUrgent(at: 1_000_000))
    #expect(live(remaining: 3_000_000, paused: true).isUrgent(at: 9_000_000))
}

@Test func countdownIsAbsentWithoutATimer() {
    let view = live(remaining: nil)
    #expect(view.remaining(at: 2_000_000) == nil)
    #expect(view.countdownText(at: 2_000_000) == nil)
    #expect(!view.isUrgent(at: 2_000_000))
}

@Test func countdownRemainingSubtractsElapsedMicroseconds() {
    let view = live(remaining: 10_000_000)
    #expect(view.remaining(at: 1_000_000) == 10_000_000)
    #expect(view.remaining(at: 3_500_000) == 7_500_000)
    #expect(view.remaining(at: 500_000) == 10_000_000)
    #expect(view.remaining(at: 12_000_000) == 0)
}
