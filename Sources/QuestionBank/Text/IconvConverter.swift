#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts bytes to UTF-8 with the C library's iconv, the one converter for GB18030 we can rely on.
///
/// Foundation on Linux does not decode GB18030, and writing a GB18030 table by hand would mean
/// shipping 30,000 mappings; glibc carries them already.
enum IconvConverter {
    static func toUTF8(_ bytes: [UInt8], from encodingName: String) -> Result<[UInt8], DecodingFailure> {
        let descriptor = iconv_open("UTF-8", encodingName)
        guard descriptor != iconv_t(bitPattern: -1) else {
            return .failure(DecodingFailure(decodedPrefix: []))
        }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let (produced, failed) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> (Int, Bool) in
                var inPointer = inBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var outPointer = outBuffer.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let failed = result == -1 || inLeft != 0
                return (outBuffer.count - outLeft, failed)
            }
        }
        output.removeSubrange(produced...)
        return failed ? .failure(DecodingFailure(decodedPrefix: output)) : .success(output)
    }
}
