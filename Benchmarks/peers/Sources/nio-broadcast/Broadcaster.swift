import NIOCore
import NIOWebSocket

/// Sends one text frame to every open connection, each `writeAndFlush` on the event loop that owns
/// the channel, so no lock sits on the broadcast path and every loop writes its own share in parallel.
///
/// The connections are sharded by event loop: each loop's set is only touched on that loop, and a
/// broadcast is one task per loop that writes to all of that loop's channels.
final class Broadcaster: Sendable {
    /// One event loop and the open WebSocket channels it serves.
    private struct Shard: Sendable {
        let loop: any EventLoop
        let channels: NIOLoopBoundBox<[ObjectIdentifier: any Channel]>
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

    /// Pads `payload` with spaces to the frame size, then has each loop write it to all its channels.
    func broadcast(_ payload: ByteBuffer) {
        var data = payload
        if data.readableBytes < frameBytes {
            data.writeRepeatingByte(UInt8(ascii: " "), count: frameBytes - data.readableBytes)
        }
        let frame = WebSocketFrame(fin: true, opcode: .text, data: data)
        for shard in shards {
            shard.loop.execute {
                for channel in shard.channels.value.values {
                    channel.writeAndFlush(frame, promise: nil)
                }
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
