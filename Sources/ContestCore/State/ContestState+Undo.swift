extension ContestState {
    /// Whether `undo` may go back to `checkpoint`: the hall has seen every revealed answer, so a
    /// question that would take answers again must not be one of them.
    func canUndo(to checkpoint: Checkpoint) -> Bool {
        guard let reopened = checkpoint.segmentState?.openQuestion else { return true }
        return !revealed.contains(reopened)
    }

    /// How many rulings `undo` can take back one after another, so the host's console never offers
    /// an undo the core would refuse.
    public var undoableRulings: Int {
        checkpoints.reversed().prefix { canUndo(to: $0) }.count
    }
}
