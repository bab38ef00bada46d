import NIOCore
import NIOWebSocket

/// Sends one text frame to every open connection, each `writeAndFlush` on the event loop that owns
/// the channel, so no lock sits on the broadcast path and every loop writes its own share in parallel.
///
/// The connections are sharded by event loop: each loop's set is only touched on that loop, and a
/// broadcast writes the sender's loop's share at once and is one task on each other loop.
final class Broadcaster: Sendable {
    /// One event loop and the open WebSocket channels it serves.
    private struct Shard: Sendable {
        let loop: any EventLoop
        let channels: NIOLoopBoundBox<[ObjectIdentifier: any Channel]>

        /// Writes `frame` to each of this loop's channels; call on `loop`.
        func write(_ frame: WebSocketFrame) {
            for channel in channels.value.values {
                channel.writeAndFlush(frame, promise: nil)
            }
        }
    }

    private let shards: [Shard]
    private let frameBytes: Int

    /// Makes one empty shard per loop of `group`; frames are padded to `frameBytes` bytes.
    init(group: any EventLoopGroup, frameBytes: Int) {
        self.shards = group.makeIterator().map { loop in
            Shard(loop: loop, channels: .makeBoxSendingValue([:], eventLoop: loop))
        }
        self.frameBytes = frameBytes
    }

    /// Registers a channel that finished its upgrade; call on the channel's own loop.
    func add(_ channel: any Channel) {
        shard(of: channel).channels.value[ObjectIdentifier(channel)] = channel
    }

    /// Forgets a channel that went inactive; call on the channel's own loop.
    func remove(_ channel: any Channel) {
        shard(of: channel).channels.value[ObjectIdentifier(channel)] = nil
    }

    /// Pads `payload` with spaces to the frame size, then has each loop write it to all its channels: the
    /// sender's loop at once, so its own frames keep their order, the others through one task each.
    func broadcast(_ payload: ByteBuffer) {
        var data = payload
        if data.readableBytes < frameBytes {
            data.writeRepeatingByte(UInt8(ascii: " "), count: frameBytes - data.readableBytes)
        }
        let frame = WebSocketFrame(fin: true, opcode: .text, data: data)
        for shard in shards {
            if shard.loop.inEventLoop {
                shard.write(frame)
            } else {
                shard.loop.execute { shard.write(frame) }
            }
        }
    }

    private func shard(of channel: any Channel) -> Shard {
        guard let shard = shards.first(where: { $0.loop === channel.eventLoop }) else {
            preconditionFailure("channel on an event loop outside the broadcaster's group")
        }
        return shard
    }
}
