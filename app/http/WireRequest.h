#pragma once

#include "model/HeaderField.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

// A request exactly as it goes on the wire: what the preview shows and what the sender sends.
struct WireRequest
{
    QString method;
    QUrl url;
    QList<HeaderField> headers; // in sending order; names unique (case-insensitive)
    QByteArray body;
    qint64 declaredLength = -1; // when `body` stands in for a file that is read only when sending
    // Lower-case names of headers and query items that carry credentials (auth, company ID); they
    // never follow a redirect to another origin.
    QStringList credentialHeaders;
    QStringList credentialQueryItems;
    // The body was filled in from a secret: it is never re-sent to another origin (307/308).
    bool bodyHoldsSecret = false;
    // The URL is not the environment's origin nor one it trusts: its credentials were left out.
    bool credentialsWithheld = false;
    // Cookies come from the environment's jar, for this URL and for each redirect on its origins.
    bool usesCookieJar = false;

    QString header(const QString &name) const;
    // Adds or replaces (case-insensitive) a header, keeping the original position on replace.
    void setHeader(const QString &name, const QString &value);
    void removeHeader(const QString &name);

    // What the HTTP stack adds on the wire itself: Host, Content-Length, Connection.
    QList<HeaderField> transportHeaders() const;

    // "GET https://…\nName: value\n…\n\nbody" for --show-headers and logs of masked requests.
    QString toText() const;
};

} // namespace keyway
