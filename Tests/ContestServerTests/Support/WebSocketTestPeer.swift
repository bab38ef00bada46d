import Wire

/// The browser's side of a WebSocket for machine tests: the upgrade request, masked text frames,
/// and the frames the server wrote, decoded.
struct WebSocketTestPeer {
    let handshake = WebSocketClientHandshake(host: "10.0.0.1:7700", path: "/ws", keyBytes: Array(0..<16))

    var upgradeRequest: [UInt8] { handshake.request }

    func text(_ text: String) -> [UInt8] {
        WebSocketFrameEncoder.text(text, maskingKey: WebSocketMaskingKey(1, 2, 3, 4))
    }

    /// Every frame in what the server sent, after its 101 head.
    func frames(in bytes: [UInt8]) -> [WebSocketFrame] {
        var copy = handshake
        copy.append(bytes)
        guard case .accepted(let leftover) = copy.parse() else { return [] }
        var decoder = WebSocketFrameDecoder(role: .client)
        decoder.append(leftover)
        var frames: [WebSocketFrame] = []
        while case .frame(let frame) = decoder.parseStep() { frames.append(frame) }
        return frames
    }
}
