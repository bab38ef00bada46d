import NIOCore
import NIOWebSocket

/// The handler each upgraded connection gets: a text frame is broadcast to everyone, ping gets pong,
/// close gets close, so the peer does exactly what the bench's contract asks and nothing else.
final class BroadcastHandler: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    private let broadcaster: Broadcaster
    private var closeSent = false

    /// Makes the handler of one connection, broadcasting through the shared `broadcaster`.
    init(broadcaster: Broadcaster) {
        self.broadcaster = broadcaster
    }

    func handlerAdded(context: ChannelHandlerContext) {
        broadcaster.add(context.channel)
    }

    func channelInactive(context: ChannelHandlerContext) {
        broadcaster.remove(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = Self.unwrapInboundIn(data)
        switch frame.opcode {
        case .text:
            broadcaster.broadcast(frame.unmaskedData)
        case .ping:
            let pong = WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)
            context.writeAndFlush(Self.wrapOutboundOut(pong), promise: nil)
        case .connectionClose:
            answerClose(context: context, frame: frame)
        default:
            break
        }
    }

    /// Echoes the peer's close code (if any) in a close frame, then closes once it is written.
    private func answerClose(context: ChannelHandlerContext, frame: WebSocketFrame) {
        guard !closeSent else { return }
        closeSent = true
        var data = frame.unmaskedData
        let code = data.readSlice(length: 2) ?? ByteBuffer()
        let close = WebSocketFrame(fin: true, opcode: .connectionClose, data: code)
        let channel = context.channel
        context.writeAndFlush(Self.wrapOutboundOut(close)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
