#pragma once

#include "http/RedirectHop.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace keyway {

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // when streamed to a BodySink: only its first bytes (BodySink::bytesKeptInMemory)
    bool bodyStreamed = false;
    qint64 bodySize = 0; // decoded bytes, in memory or streamed
    QUrl finalUrl;
    QList<QUrl> redirects; // every URL that answered with a redirect, in order
    QList<RedirectHop> hops; // the same redirects with what each left behind (masked)
    qint64 elapsedMs = 0;

    bool isSuccess() const { return status >= 200 && status < 300; }
    // Whether all of the body is in `body` (not only the first bytes of one streamed elsewhere).
    bool hasWholeBody() const { return !bodyStreamed || bodySize <= body.size(); }
    // The first value of a header (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

} // namespace keyway
