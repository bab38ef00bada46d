#include "CZlib.h"

#include <limits.h>
#include <string.h>
#include <zlib.h>

/// zlib counts in uInt (32 bits): feed larger buffers in pieces of this size.
static const size_t czl_step = (size_t)UINT_MAX / 2;

static uInt czl_piece(size_t remaining) { return (uInt)(remaining < czl_step ? remaining : czl_step); }

/// Gives the stream its next piece of input and of output space when it has used up the last.
static void czl_refill(z_stream *stream, size_t *input_left, size_t *output_left) {
    if (stream->avail_in == 0 && *input_left > 0) {
        stream->avail_in = czl_piece(*input_left);
        *input_left -= stream->avail_in;
    }
    if (stream->avail_out == 0 && *output_left > 0) {
        stream->avail_out = czl_piece(*output_left);
        *output_left -= stream->avail_out;
    }
}

int czl_inflate_raw(const uint8_t *input, size_t input_length, uint8_t *output, size_t output_capacity,
                    size_t *consumed, size_t *produced) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    *consumed = 0;
    *produced = 0;
    if (inflateInit2(&stream, -15) != Z_OK) return CZL_DATA_ERROR;
    size_t input_left = input_length, output_left = output_capacity;
    stream.next_in = (Bytef *)input;
    stream.next_out = output;
    int result;
    for (;;) {
        czl_refill(&stream, &input_left, &output_left);
        // Z_OK means progress, which both finite buffers bound, so the loop ends.
        int status = inflate(&stream, Z_NO_FLUSH);
        if (status == Z_OK) continue;
        if (status == Z_STREAM_END) {
            result = CZL_STREAM_END;
        } else if (status == Z_BUF_ERROR && stream.avail_out == 0 && output_left == 0) {
            result = CZL_OUTPUT_FULL;
        } else if (status == Z_BUF_ERROR && stream.avail_in == 0 && input_left == 0) {
            result = CZL_INPUT_ENDED;
        } else {
            result = CZL_DATA_ERROR;
        }
        break;
    }
    *consumed = input_length - input_left - stream.avail_in;
    *produced = output_capacity - output_left - stream.avail_out;
    inflateEnd(&stream);
    return result;
}

size_t czl_deflate_bound(size_t input_length) {
    // compressBound covers zlib's header and trailer, which raw DEFLATE does not write.
    return (size_t)compressBound((uLong)input_length) + 16;
}

size_t czl_deflate_raw(const uint8_t *input, size_t input_length, uint8_t *output, size_t output_capacity,
                       int level) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    size_t input_left = input_length, output_left = output_capacity;
    stream.next_in = (Bytef *)input;
    stream.next_out = output;
    size_t result = 0;
    for (;;) {
        czl_refill(&stream, &input_left, &output_left);
        int status = deflate(&stream, input_left == 0 ? Z_FINISH : Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            result = output_capacity - output_left - stream.avail_out;
            break;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) break;
        if (stream.avail_out == 0 && output_left == 0) break;
    }
    deflateEnd(&stream);
    return result;
}

uint32_t czl_crc32(uint32_t crc, const uint8_t *data, size_t length) {
    uLong value = crc;
    while (length > 0) {
        uInt piece = czl_piece(length);
        value = crc32(value, data, piece);
        data += piece;
        length -= piece;
    }
    return (uint32_t)value;
}
