#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>

namespace keyway {

// Undoes Content-Encoding gzip/deflate. Keyway sets Accept-Encoding itself (so the preview shows
// the exact header), which turns off Qt's own decompression.
class ContentDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ContentDecoder)

public:
    static constexpr qsizetype MaxDecodedBytes = qsizetype(512) * 1024 * 1024;

    static QByteArray acceptEncoding() { return QByteArrayLiteral("gzip, deflate"); }
    // `encoding` as in the Content-Encoding header; identity and empty return the body unchanged.
    static Expected<QByteArray> decode(const QByteArray &body, const QByteArray &encoding);
};

} // namespace keyway
