#pragma once

#include "core/Expected.h"
#include "http/WireRequest.h"
#include "model/RequestSpec.h"

#include <QByteArray>
#include <QCoreApplication>

class QHttpMultiPart;
class QObject;

namespace keyway {

// multipart/form-data (RFC 7578) for a WireRequest: the boundary, each part's header, the exact
// length, what the preview shows (files summarised, never read), and the body Qt streams when
// sending — files read from disk as the socket takes them.
class MultipartBody
{
    Q_DECLARE_TR_FUNCTIONS(MultipartBody)

public:
    // The same for every build of a request, so the preview shows the boundary that is sent; made
    // from a hash of the request's template (no value) and long enough not to occur in a part.
    static QByteArray boundaryFor(const RequestSpec &request);
    // Content-Disposition (and Content-Type) of a part, as name and value.
    static QList<QPair<QByteArray, QByteArray>> partHeaders(const WirePart &part);
    // The same as lines, each ending in CRLF.
    static QByteArray partHeader(const WirePart &part);
    static qint64 length(const QList<WirePart> &parts, const QByteArray &boundary);
    // The body as text, each file as "<name, N bytes>": for the Wire tab and the history.
    static QByteArray display(const QList<WirePart> &parts, const QByteArray &boundary);
    // The body to send (owned by `parent`); fails naming a file that cannot be read.
    static Expected<QHttpMultiPart *> open(const WireRequest &request, QObject *parent);
};

} // namespace keyway
