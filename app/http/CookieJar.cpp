#include "http/CookieJar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

QString sameSiteName(QNetworkCookie::SameSite policy)
{
    switch (policy) {
    case QNetworkCookie::SameSite::Default:
        return {};
    case QNetworkCookie::SameSite::None:
        return QStringLiteral("None");
    case QNetworkCookie::SameSite::Lax:
        return QStringLiteral("Lax");
    case QNetworkCookie::SameSite::Strict:
        return QStringLiteral("Strict");
    }
    return {};
}

QNetworkCookie::SameSite sameSiteFromName(const QString &name)
{
    if (name == QLatin1String("None"))
        return QNetworkCookie::SameSite::None;
    if (name == QLatin1String("Lax"))
        return QNetworkCookie::SameSite::Lax;
    if (name == QLatin1String("Strict"))
        return QNetworkCookie::SameSite::Strict;
    return QNetworkCookie::SameSite::Default;
}

bool isExpired(const QNetworkCookie &cookie, const QDateTime &now)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= now;
}

} // namespace

QStringList CookieJar::flagsOf(const QNetworkCookie &cookie)
{
    QStringList flags;
    if (cookie.isSecure())
        flags << QStringLiteral("Secure");
    if (cookie.isHttpOnly())
        flags << QStringLiteral("HttpOnly");
    if (const QString sameSite = sameSiteName(cookie.sameSitePolicy()); !sameSite.isEmpty())
        flags << QStringLiteral("SameSite=") + sameSite;
    return flags;
}

CookieJar::CookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

void CookieJar::storeFromResponse(const QByteArray &setCookie, const QUrl &url)
{
    if (setCookie.isEmpty())
        return;
    QList<QNetworkCookie> accepted;
    for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(setCookie)) {
        if (cookie.name().size() + cookie.value().size() <= MaxCookieBytes)
            accepted.append(cookie);
    }
    // Qt's rules: the domain must match the URL's host, the path defaults to the URL's, an expiry in
    // the past deletes.
    if (setCookiesFromUrl(accepted, url)) {
        enforceLimits();
        Q_EMIT changed();
    }
}

QByteArray CookieJar::headerFor(const QUrl &url) const
{
    QByteArrayList pairs;
    for (const QNetworkCookie &cookie : cookiesForUrl(url))
        pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
    return pairs.join("; ");
}

QList<QNetworkCookie> CookieJar::cookies() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> alive = allCookies();
    alive.removeIf([&](const QNetworkCookie &cookie) { return isExpired(cookie, now); });
    return alive;
}

void CookieJar::put(const QNetworkCookie &cookie)
{
    if (!updateCookie(cookie))
        insertCookie(cookie);
    enforceLimits();
    Q_EMIT changed();
}

bool CookieJar::remove(const QNetworkCookie &cookie)
{
    if (!deleteCookie(cookie))
        return false;
    Q_EMIT changed();
    return true;
}

void CookieJar::clear()
{
    if (allCookies().isEmpty())
        return;
    setAllCookies({});
    Q_EMIT changed();
}

void CookieJar::enforceLimits()
{
    QList<QNetworkCookie> kept = cookies();
    // The oldest go first: Qt appends, so the front of the list is the oldest.
    QHash<QString, qsizetype> perDomain;
    for (const QNetworkCookie &cookie : std::as_const(kept))
        ++perDomain[cookie.domain()];
    for (auto it = kept.begin(); it != kept.end();) {
        qsizetype &count = perDomain[it->domain()];
        if (count > MaxPerDomain) {
            --count;
            it = kept.erase(it);
        } else {
            ++it;
        }
    }
    if (kept.size() > MaxCookies)
        kept.remove(0, kept.size() - MaxCookies);
    setAllCookies(kept);
}

QByteArray CookieJar::toStored() const
{
    QJsonArray array;
    for (const QNetworkCookie &cookie : cookies()) {
        QJsonObject object {{QStringLiteral("name"), QString::fromUtf8(cookie.name())},
            {QStringLiteral("value"), QString::fromUtf8(cookie.value())}, {QStringLiteral("domain"), cookie.domain()},
            {QStringLiteral("path"), cookie.path()}};
        if (!cookie.isSessionCookie())
            object.insert(QStringLiteral("expires"), cookie.expirationDate().toMSecsSinceEpoch());
        if (cookie.isSecure())
            object.insert(QStringLiteral("secure"), true);
        if (cookie.isHttpOnly())
            object.insert(QStringLiteral("httpOnly"), true);
        if (const QString sameSite = sameSiteName(cookie.sameSitePolicy()); !sameSite.isEmpty())
            object.insert(QStringLiteral("sameSite"), sameSite);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Expected<QList<QNetworkCookie>> CookieJar::fromStored(const QByteArray &stored)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Failure {ErrorKind::Invalid, tr("the stored cookies are damaged (%1)").arg(error.errorString())};
    QList<QNetworkCookie> cookies;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        QNetworkCookie cookie(object.value(QStringLiteral("name")).toString().toUtf8(),
            object.value(QStringLiteral("value")).toString().toUtf8());
        if (cookie.name().isEmpty())
            continue;
        cookie.setDomain(object.value(QStringLiteral("domain")).toString());
        cookie.setPath(object.value(QStringLiteral("path")).toString());
        if (object.contains(QStringLiteral("expires")))
            cookie.setExpirationDate(
                QDateTime::fromMSecsSinceEpoch(object.value(QStringLiteral("expires")).toInteger(), Qt::UTC));
        cookie.setSecure(object.value(QStringLiteral("secure")).toBool());
        cookie.setHttpOnly(object.value(QStringLiteral("httpOnly")).toBool());
        cookie.setSameSitePolicy(sameSiteFromName(object.value(QStringLiteral("sameSite")).toString()));
        cookies.append(cookie);
    }
    return cookies;
}

void CookieJar::setStored(const QList<QNetworkCookie> &cookies)
{
    setAllCookies(cookies);
    enforceLimits();
}

} // namespace keyway
