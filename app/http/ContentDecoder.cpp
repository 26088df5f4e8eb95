#include "http/ContentDecoder.h"

#include <zlib.h>

namespace keyway {

struct ContentDecoder::Stream
{
    z_stream z {};
    ~Stream() { inflateEnd(&z); }
};

namespace {

constexpr int GzipOrZlib = 15 + 32; // zlib detects the gzip or zlib header itself
constexpr int GzipOnly = 15 + 16;
constexpr int RawDeflate = -15; // some servers send "deflate" without the zlib wrapper

bool startsLikeZlibOrGzip(const QByteArray &head)
{
    const auto b0 = quint8(head.at(0));
    const auto b1 = quint8(head.at(1));
    const bool gzip = b0 == 0x1f && b1 == 0x8b;
    const bool zlib = (b0 & 0x0f) == 8 && (b0 * 256 + b1) % 31 == 0;
    return gzip || zlib;
}

} // namespace

ContentDecoder::ContentDecoder(const QByteArray &encoding, qsizetype limit)
    : m_encoding(encoding.trimmed().toLower())
    , m_limit(limit)
{
    if (m_encoding.isEmpty() || m_encoding == "identity")
        m_kind = Kind::Identity;
    else if (m_encoding == "gzip" || m_encoding == "x-gzip")
        m_kind = Kind::Gzip;
    else if (m_encoding == "deflate")
        m_kind = Kind::Deflate;
    else
        m_kind = Kind::Unsupported;
}

ContentDecoder::~ContentDecoder() = default;

Expected<QByteArray> ContentDecoder::decode(const QByteArray &body, const QByteArray &encoding)
{
    if (body.isEmpty())
        return body;
    ContentDecoder decoder(encoding, MaxDecodedBytes);
    auto out = decoder.feed(body);
    if (!out)
        return out;
    auto rest = decoder.finish();
    if (!rest)
        return rest;
    return out.value() + rest.value();
}

Status ContentDecoder::startInflate(int windowBits)
{
    m_stream = std::make_unique<Stream>();
    if (inflateInit2(&m_stream->z, windowBits) != Z_OK)
        return Failure {ErrorKind::Io, tr("cannot start decompression")};
    return {};
}

Expected<QByteArray> ContentDecoder::feed(const QByteArray &chunk)
{
    switch (m_kind) {
    case Kind::Identity:
        return chunk;
    case Kind::Unsupported:
        return Failure {ErrorKind::Invalid,
            tr("the server used Content-Encoding '%1', which Keyway did not ask for")
                .arg(QString::fromLatin1(m_encoding))};
    case Kind::Gzip:
        if (!m_stream) {
            if (Status started = startInflate(GzipOnly); !started)
                return started.failure();
        }
        return inflateChunk(chunk);
    case Kind::Deflate:
        if (!m_stream) {
            m_pending += chunk;
            if (m_pending.size() < 2)
                return QByteArray();
            if (Status started = startInflate(startsLikeZlibOrGzip(m_pending) ? GzipOrZlib : RawDeflate);
                !started)
                return started.failure();
            return inflateChunk(std::exchange(m_pending, {}));
        }
        return inflateChunk(chunk);
    }
    return QByteArray();
}

Expected<QByteArray> ContentDecoder::inflateChunk(const QByteArray &chunk)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
    z.avail_in = uInt(chunk.size());
    QByteArray out;
    char buffer[64 * 1024];
    while (!m_ended && (z.avail_in > 0 || z.avail_out == 0)) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return Failure {ErrorKind::Io, tr("the compressed body is damaged")};
        const qsizetype produced = qsizetype(sizeof buffer - z.avail_out);
        out.append(buffer, produced);
        m_produced += produced;
        if (m_limit > 0 && m_produced > m_limit)
            return Failure {ErrorKind::Io,
                tr("the body expands to more than %1 MiB; refused").arg(m_limit / (1024 * 1024))};
        m_ended = status == Z_STREAM_END;
        if (status == Z_BUF_ERROR || produced == 0)
            break; // needs more input
    }
    return out;
}

Expected<QByteArray> ContentDecoder::finish()
{
    if (m_kind == Kind::Deflate && !m_stream && !m_pending.isEmpty()) {
        // A one-byte body: too short to be anything but damaged.
        return Failure {ErrorKind::Io, tr("the compressed body is damaged")};
    }
    return QByteArray(); // a body cut short keeps what was decoded
}

} // namespace keyway
