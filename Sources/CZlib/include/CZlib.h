// Raw DEFLATE and CRC-32 for the ZIP containers of .docx and .xlsx, from the system zlib.
//
// Why the system zlib rather than an inflate of our own: it is on every machine image, it has been
// tested against hostile input for decades, and writing inflate ourselves would add risk for no gain.
// The shim keeps zlib's z_stream out of Swift: whole buffers in, whole buffers out, hard output caps.
#ifndef CZLIB_H
#define CZLIB_H

#include <stddef.h>
#include <stdint.h>

/// What czl_inflate_raw found.
enum {
    /// The stream ended exactly; `produced` bytes were written.
    CZL_STREAM_END = 0,
    /// The output buffer filled up and the stream still had data: it inflates to more than the cap.
    CZL_OUTPUT_FULL = 1,
    /// The input ran out before the stream's end: the data is cut short.
    CZL_INPUT_ENDED = 2,
    /// The data is not valid DEFLATE (or zlib could not allocate its window).
    CZL_DATA_ERROR = 3,
};

/// Inflates raw DEFLATE data (no zlib or gzip header, windowBits -15) into `output`, writing at most
/// `output_capacity` bytes. `consumed` gets the input bytes used, `produced` the bytes written.
/// To tell "exactly the cap" from "more than the cap", give one byte more room than expected.
int czl_inflate_raw(const uint8_t *input, size_t input_length, uint8_t *output, size_t output_capacity,
                    size_t *consumed, size_t *produced);

/// The largest size czl_deflate_raw can produce for `input_length` bytes.
size_t czl_deflate_bound(size_t input_length);

/// Deflates `input` as raw DEFLATE at `level` (0-9) into `output` (at least czl_deflate_bound bytes).
/// Returns the compressed length, or 0 on failure. Same input, level and zlib: same bytes.
size_t czl_deflate_raw(const uint8_t *input, size_t input_length, uint8_t *output, size_t output_capacity,
                       int level);

/// Continues the CRC-32 (ZIP's, ISO 3309) `crc` over `length` bytes; start with 0.
uint32_t czl_crc32(uint32_t crc, const uint8_t *data, size_t length);

#endif
