import NIOCore
import NIOHTTP1

/// Answers a request that is not a WebSocket upgrade with 400 and closes, so a stray HTTP client is
/// told at once instead of waiting on a connection nobody reads; removed when the upgrade succeeds.
final class RefuseHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// The pipeline name it is added under, so the upgrade's completion can remove it.
    static let name = "refuse-http"

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(let request) = Self.unwrapInboundIn(data) else { return }
        let headers: HTTPHeaders = ["Content-Length": "0", "Connection": "close"]
        let head = HTTPResponseHead(version: request.version, status: .badRequest, headers: headers)
        context.write(Self.wrapOutboundOut(.head(head)), promise: nil)
        let channel = context.channel
        context.writeAndFlush(Self.wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(promise: nil)
        }
    }
}
