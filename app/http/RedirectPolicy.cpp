#include "http/RedirectPolicy.h"

#include "model/SecretMask.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace keyway {

namespace {

// Headers that identify the user; stripped whatever the auth scheme is.
const QStringList AlwaysPrivateHeaders
    = {QStringLiteral("authorization"), QStringLiteral("cookie"), QStringLiteral("proxy-authorization")};

} // namespace

bool RedirectPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RedirectPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort
        = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString RedirectPolicy::origin(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

Status RedirectPolicy::checkTarget(const QUrl &url, bool allowInsecureHttp)
{
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() != QLatin1String("http"))
        return Failure {ErrorKind::Invalid, tr("'%1' is not an http(s) URL").arg(url.toString())};
    if (isLoopback(url) || allowInsecureHttp)
        return {};
    return Failure {ErrorKind::Invalid,
        tr("refusing plain http:// to %1: credentials and data would travel unencrypted. Use https://, or "
           "allow "
           "it for this environment (keyway-cli env edit ENV --allow-insecure-http)")
            .arg(url.host())};
}

QUrl RedirectPolicy::masked(const QUrl &url, const QStringList &queryItems)
{
    if (queryItems.isEmpty() || !url.hasQuery())
        return url;
    QUrlQuery shown;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyEncoded)) {
        const bool secret = queryItems.contains(name.toLower()) && !value.isEmpty();
        shown.addQueryItem(
            name, secret ? QString::fromLatin1(QUrl::toPercentEncoding(SecretMask::dots())) : value);
    }
    QUrl result = url;
    result.setQuery(shown.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return result;
}

RedirectHop RedirectPolicy::describe(const WireRequest &current, int status, const WireRequest &next)
{
    RedirectHop hop;
    hop.method = current.method;
    hop.url = masked(current.url, current.credentialQueryItems);
    hop.status = status;
    hop.location = masked(next.url, current.credentialQueryItems);
    hop.crossOrigin = !sameOrigin(current.url, next.url);
    hop.becameGet = next.method != current.method || (next.body.isEmpty() && !current.body.isEmpty());
    for (const HeaderField &header : current.headers) {
        if (next.header(header.name).isEmpty())
            hop.strippedHeaders.append(header.name);
    }
    const QUrlQuery before(current.url);
    const QUrlQuery after(next.url);
    for (const QString &item : current.credentialQueryItems) {
        if (before.hasQueryItem(item) && !after.hasQueryItem(item))
            hop.strippedQueryItems.append(item);
    }
    return hop;
}

Expected<WireRequest> RedirectPolicy::follow(
    const WireRequest &current, int status, const QUrl &location, int hopsSoFar, bool allowInsecureHttp)
{
    if (hopsSoFar >= MaxRedirects)
        return Failure {ErrorKind::Invalid, tr("stopped after %1 redirects").arg(MaxRedirects)};
    const QUrl next = current.url.resolved(location);
    if (current.url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
        return Failure {ErrorKind::Invalid,
            tr("refusing a redirect from HTTPS to %1: it would leave an encrypted connection")
                .arg(next.toString(QUrl::RemoveQuery))};
    if (Status allowed = checkTarget(next, allowInsecureHttp); !allowed)
        return allowed.failure();

    WireRequest redirected = current;
    redirected.url = next;
    // 303, and 301/302 after a POST, turn into a GET without a body (as browsers and curl do).
    if (status == 303 || ((status == 301 || status == 302) && current.method == QLatin1String("POST"))) {
        if (current.method != QLatin1String("HEAD"))
            redirected.method = QStringLiteral("GET");
        redirected.body.clear();
        redirected.bodyFile.clear();
        redirected.parts.clear();
        redirected.boundary.clear();
        redirected.declaredLength = -1;
        redirected.removeHeader(QStringLiteral("Content-Type"));
    }
    if (sameOrigin(current.url, next))
        return redirected;
    // 307 and 308 re-send the body as it was: one filled in from a secret stays with its origin.
    if (current.bodyHoldsSecret && !redirected.body.isEmpty())
        return Failure {ErrorKind::Invalid,
            tr("refusing to follow a %1 redirect to %2: it would re-send a body that holds a key to another "
               "origin")
                .arg(status)
                .arg(origin(next))};
    for (const QString &name : AlwaysPrivateHeaders + current.credentialHeaders)
        redirected.removeHeader(name);
    redirected.credentialHeaders.clear();
    if (!current.credentialQueryItems.isEmpty()) {
        QUrlQuery query(redirected.url);
        for (const QString &item : current.credentialQueryItems)
            query.removeAllQueryItems(item);
        redirected.url.setQuery(query);
        redirected.credentialQueryItems.clear();
    }
    return redirected;
}

} // namespace keyway
