import Testing
import Wire

@testable import ContestServer

/// The inline prefix writes the same bytes the array encoders do, for every length form and number.
@Suite struct OutboundPrefixTests {
    static func bytes(_ prefix: OutboundPrefix) -> [UInt8] { prefix.withUnsafeBytes { Array($0) } }

    @Test(arguments: [UInt64(0), 1, 9, 10, 99, 100, 123_456_789, UInt64.max])
    func numbersAreWrittenInDecimal(value: UInt64) {
        var prefix = OutboundPrefix(Array("seq:".utf8))
        prefix.appendDecimal(value)
        #expect(Self.bytes(prefix) == Array("seq:\(value)".utf8))
        #expect(Connection.decimalLength(value) == "\(value)".count)
    }

    @Test(arguments: [0, 125, 126, 65_535, 65_536, 1 << 20])
    func headersMatchTheFrameEncoder(length: Int) {
        var prefix = OutboundPrefix()
        prefix.appendWebSocketHeader(opcode: .text, payloadLength: length)
        #expect(Self.bytes(prefix) == WebSocketFrameEncoder.header(opcode: .text, payloadLength: length))
    }

    @Test func aFullPrefixKeepsEveryByte() {
        let bytes = (0..<OutboundPrefix.capacity).map { UInt8($0) }
        #expect(Self.bytes(OutboundPrefix(bytes)) == bytes)
    }
}
