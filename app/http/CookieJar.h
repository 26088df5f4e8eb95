#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyway {

// One environment's cookies, kept by Qt's cookie rules (RFC 6265 domain and path matching, Secure
// only over HTTPS, expiry): stored from each response's Set-Cookie, offered for each request. An API
// client keeps session cookies (no expiry) too, as the next command needs the login's session.
// Bounded, so a server cannot grow it without limit: at most MaxCookies in all and MaxPerDomain per
// domain (the oldest go first), and no cookie above MaxCookieBytes.
class CookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookieJar)

public:
    static constexpr qsizetype MaxCookies = 300;
    static constexpr qsizetype MaxPerDomain = 50;
    static constexpr qsizetype MaxCookieBytes = 4096;

    explicit CookieJar(QObject *parent = nullptr);

    // The Set-Cookie header values (Qt joins several with '\n') of a response from `url`.
    void storeFromResponse(const QByteArray &setCookie, const QUrl &url);
    // "name=value; other=value" for a request to `url`, or empty.
    QByteArray headerFor(const QUrl &url) const;
    // Every cookie not yet expired, in the order they were set.
    QList<QNetworkCookie> cookies() const;
    bool isEmpty() const { return cookies().isEmpty(); }
    // Adds or replaces the cookie with the same name, domain and path.
    void put(const QNetworkCookie &cookie);
    bool remove(const QNetworkCookie &cookie);
    void clear();

    // "Secure", "HttpOnly", "SameSite=Lax": what a cookie's attributes say, for people to read.
    static QStringList flagsOf(const QNetworkCookie &cookie);

    // As kept in the keychain: JSON, with the host-only/domain distinction preserved.
    QByteArray toStored() const;
    static Expected<QList<QNetworkCookie>> fromStored(const QByteArray &stored);
    void setStored(const QList<QNetworkCookie> &cookies);

Q_SIGNALS:
    void changed();

private:
    void enforceLimits();
};

} // namespace keyway
