/// The machine's connections by tag, kept in a flat array of slots so the fan-out walks them in
/// place and reading one field never copies a whole connection.
///
/// A dictionary of structs hands out copies on every read (each a retain per buffer the
/// connection holds); 10,000 screens made that a third of the fan-out's own time.
struct ConnectionTable {
    private var slots: [Connection?] = []
    private var freeSlots: [Int] = []
    private var slotOfTag: [UInt64: Int] = [:]

    var count: Int { slotOfTag.count }

    /// Every tag, for a walk that may drop connections as it goes.
    var tags: [UInt64] { Array(slotOfTag.keys) }

    subscript(tag: UInt64) -> Connection? {
        _read {
            if let slot = slotOfTag[tag] { yield slots[slot] } else { yield nil }
        }
        _modify {
            if let slot = slotOfTag[tag] {
                yield &slots[slot]
                if slots[slot] == nil { release(tag: tag, slot: slot) }
            } else {
                var absent: Connection? = nil
                yield &absent
                if let connection = absent { insert(connection) }
            }
        }
    }

    mutating func insert(_ connection: Connection) {
        if let slot = slotOfTag[connection.tag] {
            slots[slot] = connection
            return
        }
        let slot = freeSlots.popLast() ?? slots.count
        if slot == slots.count { slots.append(connection) } else { slots[slot] = connection }
        slotOfTag[connection.tag] = slot
    }

    mutating func remove(_ tag: UInt64) -> Connection? {
        guard let slot = slotOfTag[tag] else { return nil }
        let connection = slots[slot]
        slots[slot] = nil
        release(tag: tag, slot: slot)
        return connection
    }

    /// Lets `body` change every connection in place, in slot order.
    mutating func updateEach(_ body: (inout Connection) -> Void) {
        for slot in slots.indices where slots[slot] != nil { body(&slots[slot]!) }
    }

    /// Shows `body` every connection, in slot order.
    func forEach(_ body: (Connection) -> Void) {
        for slot in slots.indices where slots[slot] != nil { body(slots[slot]!) }
    }

    private mutating func release(tag: UInt64, slot: Int) {
        slotOfTag[tag] = nil
        freeSlots.append(slot)
    }
}
