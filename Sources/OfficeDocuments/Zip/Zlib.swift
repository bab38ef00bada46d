import CZlib

/// Swift's view of the CZlib shim: whole buffers in, whole buffers out.
enum Zlib {
    /// How an inflate ended.
    enum InflateOutcome: Equatable {
        /// The stream ended; these are all its bytes.
        case complete([UInt8])
        /// The stream has more than `limit` bytes.
        case exceedsLimit
        /// The input ended before the stream did.
        case truncated
        /// Not valid DEFLATE data.
        case corrupt
    }

    /// Inflates raw DEFLATE `input`, refusing to produce more than `limit` bytes.
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) -> InflateOutcome {
        // One byte of room past the limit tells "exactly the limit" from "more".
        let capacity = limit + 1
        var output = [UInt8](repeating: 0, count: capacity)
        var consumed = 0
        var produced = 0
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                czl_inflate_raw(source.baseAddress, source.count, target.baseAddress, capacity, &consumed, &produced)
            }
        }
        switch Int(status) {
        case Int(CZL_STREAM_END):
            if produced > limit { return .exceedsLimit }
            output.removeLast(capacity - produced)
            return .complete(output)
        case Int(CZL_OUTPUT_FULL): return .exceedsLimit
        case Int(CZL_INPUT_ENDED): return .truncated
        default: return .corrupt
        }
    }

    /// Raw DEFLATE of `input` at zlib's default level: the same bytes for the same input.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        let capacity = czl_deflate_bound(input.count)
        var output = [UInt8](repeating: 0, count: capacity)
        let length = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                czl_deflate_raw(source.baseAddress, source.count, target.baseAddress, capacity, 6)
            }
        }
        output.removeLast(capacity - length)
        return output
    }

    /// The CRC-32 ZIP stores for `bytes`.
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { czl_crc32(0, $0.baseAddress, $0.count) }
    }
}
