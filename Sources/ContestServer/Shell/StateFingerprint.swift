import ContestCore
import Foundation
import Wire

/// A digest of everything the contest has folded, without the configuration and bank it started
/// from, so `/api/state` can prove a restart reached exactly the acknowledged state, cheaply.
enum StateFingerprint {
    private struct Folded: Encodable {
        var game: Game
        var used: [String]
        var draws: Int
        var revealed: [String]
        var lastSettled: String?
        var pausedAt: Micros?
        var checkpoints: [Checkpoint]
    }

    static func digest(_ state: ContestState) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let folded = Folded(
            game: state.game, used: state.used.sorted(), draws: state.draws, revealed: state.revealed.sorted(),
            lastSettled: state.lastSettled, pausedAt: state.pausedAt, checkpoints: state.checkpoints)
        let bytes = (try? encoder.encode(folded)).map(Array.init) ?? []
        return SHA1.hexDigest(bytes)
    }
}
