#include "http/ContentDecoder.h"

#include <zlib.h>

namespace keyway {

namespace {

// windowBits 15 + 32: zlib detects a gzip or zlib header itself; raw deflate is tried after.
Expected<QByteArray> inflateWith(const QByteArray &body, int windowBits)
{
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return Failure {ErrorKind::Io, ContentDecoder::tr("cannot start decompression")};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    QByteArray out;
    char buffer[64 * 1024];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return Failure {ErrorKind::Io, ContentDecoder::tr("the compressed body is damaged")};
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > ContentDecoder::MaxDecodedBytes) {
            inflateEnd(&stream);
            return Failure {ErrorKind::Io,
                ContentDecoder::tr("the body expands to more than %1 MiB; refused")
                    .arg(ContentDecoder::MaxDecodedBytes / (1024 * 1024))};
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // truncated input: keep what was decoded
    }
    inflateEnd(&stream);
    return out;
}

} // namespace

Expected<QByteArray> ContentDecoder::decode(const QByteArray &body, const QByteArray &encoding)
{
    const QByteArray name = encoding.trimmed().toLower();
    if (name.isEmpty() || name == "identity" || body.isEmpty())
        return body;
    if (name == "gzip" || name == "x-gzip")
        return inflateWith(body, 15 + 16);
    if (name == "deflate") {
        auto zlibWrapped = inflateWith(body, 15 + 32);
        return zlibWrapped ? zlibWrapped : inflateWith(body, -15); // some servers send raw deflate
    }
    return Failure {ErrorKind::Invalid,
        tr("the server used Content-Encoding '%1', which Keyway did not ask for")
            .arg(QString::fromLatin1(encoding))};
}

} // namespace keyway
