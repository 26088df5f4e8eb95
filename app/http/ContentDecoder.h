#pragma once

#include "core/Expected.h"

#include <memory>
#include <QByteArray>
#include <QCoreApplication>

namespace keyway {

// Undoes Content-Encoding gzip/deflate, in one go or as the body arrives (for bodies that go to a
// file or standard output without being held whole). Keyway sets Accept-Encoding itself (so the
// preview shows the exact header), which turns off Qt's own decompression.
class ContentDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ContentDecoder)
    Q_DISABLE_COPY_MOVE(ContentDecoder)

public:
    static constexpr qsizetype MaxDecodedBytes = qsizetype(512) * 1024 * 1024;

    static QByteArray acceptEncoding() { return QByteArrayLiteral("gzip, deflate"); }
    // `encoding` as in the Content-Encoding header; identity and empty return the body unchanged.
    // At most MaxDecodedBytes come out (a small compressed body can expand enormously).
    static Expected<QByteArray> decode(const QByteArray &body, const QByteArray &encoding);

    // `limit`: most bytes to hand out in all, 0 for no limit (the output goes to disk, not memory).
    explicit ContentDecoder(const QByteArray &encoding, qsizetype limit = 0);
    ~ContentDecoder();

    // The decoded bytes of the next piece of body.
    Expected<QByteArray> feed(const QByteArray &chunk);
    // Everything that is still buffered; a body cut short keeps what was decoded.
    Expected<QByteArray> finish();

private:
    enum class Kind { Identity, Gzip, Deflate, Unsupported };
    Expected<QByteArray> inflateChunk(const QByteArray &chunk);
    Status startInflate(int windowBits);

    struct Stream;
    Kind m_kind;
    QByteArray m_encoding;
    qsizetype m_limit;
    qsizetype m_produced = 0;
    QByteArray m_pending; // deflate: bytes held until the header says zlib or raw
    std::unique_ptr<Stream> m_stream;
    bool m_ended = false;
};

} // namespace keyway
