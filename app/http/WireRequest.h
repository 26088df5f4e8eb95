#pragma once

#include "model/HeaderField.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

// One part of a multipart/form-data body as sent: a text value, or a file read from disk while
// sending (never held in memory).
struct WirePart
{
    QString name;
    QByteArray value; // a text part
    QString file; // a file part's path
    QString contentType; // empty: none sent (text parts)
    qint64 size = 0; // of the value or the file

    bool isFile() const { return !file.isEmpty(); }
    bool operator==(const WirePart &) const = default;
};

// A request exactly as it goes on the wire: what the preview shows and what the sender sends.
struct WireRequest
{
    QString method;
    QUrl url;
    QList<HeaderField> headers; // in sending order; names unique (case-insensitive)
    QByteArray body;
    qint64 declaredLength = -1; // when `body` only shows a body that is streamed when sending
    // A body streamed from disk: the file's bytes, or multipart/form-data made of `parts` with
    // `boundary`. Then `body` is what the preview shows of it (files as "<name, N bytes>").
    QString bodyFile;
    QList<WirePart> parts;
    QByteArray boundary;
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

    bool isMultipart() const { return !boundary.isEmpty(); }
    bool streamsBody() const { return isMultipart() || !bodyFile.isEmpty(); }
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
