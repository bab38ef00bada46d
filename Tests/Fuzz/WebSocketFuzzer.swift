// libFuzzer target `websocket`: WebSocketConnection, WebSocketFrameDecoder (both roles) and
// UTF8Validator on the same bytes. Build and run with Tests/Fuzz/run.
//
// Input: byte 0 picks how the stream is cut (ChunkPlan), byte 1 the limits and when the server
// starts a close (WebSocketSetup), the rest is the stream a client sent after the handshake.

/// The limits and the server-side close one input runs with, read from one byte so that libFuzzer
/// reaches the small limits (and their errors) without growing inputs past 64 KiB.
struct WebSocketSetup {
    static let messageLimits = [0, 1, 3, 125, 126, 300, 65_535, WebSocketMessageAssembler.defaultMaxMessageLength]
    static let fragmentLimits = [1, 2, 3, WebSocketMessageAssembler.defaultMaxFragmentCount]

    let maxMessageLength: Int
    let maxFragmentCount: Int
    /// After how many actions the server calls `close()` (0: before any input), or `nil` for never.
    let closeAfter: Int?

    init(_ byte: UInt8) {
        maxMessageLength = Self.messageLimits[Int(byte & 7)]
        maxFragmentCount = Self.fragmentLimits[Int(byte >> 3 & 3)]
        let close = Int(byte >> 5)
        closeAfter = close == 0 ? nil : close - 1
    }
}

/// What the event loop saw, in order: the connection's actions and the server's own close.
enum ConnectionEvent: Hashable {
    case action(WebSocketConnection.Action)
    case closeSent([UInt8]?)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func webSocketFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard input.count >= 2 else { return 0 }
    let plan = ChunkPlan(input[0])
    let setup = WebSocketSetup(input[1])
    let stream = plan.stream(input[2...])
    let pieces = plan.chunks(of: stream)

    let whole = runConnection(setup, pieces: [stream])
    let chunked = runConnection(setup, pieces: pieces)
    require(chunked == whole, "connection actions depend on the cut: whole \(whole), cut \(chunked)")
    let early = runConnection(setup, pieces: [middlePrefix(of: stream, pieces: pieces)])
    require(whole.starts(with: early), "a prefix gives actions the whole stream does not: \(early), \(whole)")

    for role in [WebSocketRole.server, .client] {
        let wholeFrames = decodeFrames(role: role, limit: setup.maxMessageLength, stream: stream, pieces: [stream])
        let chunkedFrames = decodeFrames(role: role, limit: setup.maxMessageLength, stream: stream, pieces: pieces)
        require(chunkedFrames == wholeFrames, "\(role) frames depend on the cut: \(wholeFrames), cut \(chunkedFrames)")
    }
    checkUTF8Validator(stream, pieces: pieces)
    return 0
}

/// Drives a fresh connection as the event loop would, checking every action as it comes.
func runConnection(_ setup: WebSocketSetup, pieces: [ArraySlice<UInt8>]) -> [ConnectionEvent] {
    var connection = WebSocketConnection(
        maxMessageLength: setup.maxMessageLength, maxFragmentCount: setup.maxFragmentCount)
    var events: [ConnectionEvent] = []
    var actionCount = 0
    var finished = false
    if setup.closeAfter == 0 { events.append(.closeSent(startClose(&connection))) }
    for (index, piece) in pieces.enumerated() {
        connection.append(piece: piece, index: index)
        while true {
            let before = connection.state
            guard let action = connection.nextAction() else { break }
            require(!finished, "an action after the connection closed: \(action)")
            finished = check(action, before: before, after: connection.state, setup: setup)
            events.append(.action(action))
            actionCount += 1
            if setup.closeAfter == actionCount { events.append(.closeSent(startClose(&connection))) }
        }
    }
    require(finished == (connection.state == .closed), "closed without a final action, or the reverse")
    if connection.state == .closed {
        // A closed connection ignores further input, even a valid masked ping.
        connection.append([0x89, 0x80, 1, 2, 3, 4])
        require(connection.nextAction() == nil, "a closed connection acted on more input")
    }
    return events
}

/// The server's `close()`: a 1000 close frame while open, nothing once a close is under way.
func startClose(_ connection: inout WebSocketConnection) -> [UInt8]? {
    let wasOpen = connection.state == .open
    let frame = connection.close()
    require(wasOpen == (frame != nil), "close() frame \(String(describing: frame)) while \(connection.state)")
    if let frame { require(frame == [0x88, 0x02, 0x03, 0xE8], "close() wrote \(frame)") }
    require(connection.state != .open, "close() left the connection open")
    return frame
}

/// Checks one action against the state before and after it; `true` if it ends the connection.
func check(
    _ action: WebSocketConnection.Action, before: WebSocketConnection.State, after: WebSocketConnection.State,
    setup: WebSocketSetup
) -> Bool {
    switch action {
    case .deliverText(let text):
        require(before == .open && after == .open, "text delivered while \(before)")
        require(text.utf8.count <= setup.maxMessageLength, "text of \(text.utf8.count) bytes over the limit")
        return false
    case .deliverBinary(let bytes):
        require(before == .open && after == .open, "binary delivered while \(before)")
        require(bytes.count <= setup.maxMessageLength, "binary of \(bytes.count) bytes over the limit")
        return false
    case .send(let bytes):
        require(before == .open && after == .open, "pong sent while \(before)")
        let frames = serverFrames(bytes)
        require(frames.count == 1 && frames[0].opcode == .pong, "send is not one pong: \(bytes)")
        return false
    case .pongReceived(let payload):
        require(after != .closed && payload.count <= 125, "pong of \(payload.count) bytes while \(after)")
        return false
    case .peerClosed(let close, let reply):
        require(before == .open && after == .closed, "peer close while \(before), then \(after)")
        require(reply == WebSocketFrameEncoder.close(code: close.code), "close echo \(reply) for \(close)")
        return true
    case .closeAcknowledged:
        require(before == .closing && after == .closed, "close acknowledged while \(before), then \(after)")
        return true
    case .fail(let error, let closeFrame):
        require(after == .closed, "still \(after) after failing with \(error)")
        switch error {
        case .maskedFrame, .frameTooLarge, .controlFrameInMessage:
            require(false, "error \(error) must not reach a server connection")
        default:
            break
        }
        guard before == .open else {
            require(closeFrame.isEmpty, "a second close frame after our own close")
            return true
        }
        let frames = serverFrames(closeFrame)
        require(frames.count == 1 && frames[0].opcode == .close, "fail wrote \(closeFrame)")
        let expected = WebSocketClosePayload(code: error.closeCode, reason: error.message)
        require(WebSocketClosePayload.parse(frames[0].payload) == .success(expected), "fail close frame for \(error)")
        return true
    }
}

/// The frames in bytes the server wrote, read back as a client reads them; traps on any error.
func serverFrames(_ bytes: [UInt8]) -> [WebSocketFrame] {
    var decoder = WebSocketFrameDecoder(role: .client)
    decoder.append(bytes)
    var frames: [WebSocketFrame] = []
    while true {
        switch decoder.parseStep() {
        case .needMoreData:
            require(decoder.bufferedByteCount == 0, "the server wrote a partial frame: \(bytes)")
            return frames
        case .frame(let frame):
            frames.append(frame)
        case .error(let error):
            require(false, "the server wrote an invalid frame (\(error)): \(bytes)")
            return frames
        }
    }
}
