#include "auth/IssuerDiscovery.h"

#include "http/FinalRequestBuilder.h"
#include "http/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace keyway {

namespace {

constexpr int TotalBudgetMs = 6000; // the browser waits for this; a silent server must not stall it
constexpr int RequestTimeoutMs = 3000;
constexpr int MaxPathIssuers = 4;
const QString OAuthWellKnown = QStringLiteral("/.well-known/oauth-authorization-server");
const QString OpenIdWellKnown = QStringLiteral("/.well-known/openid-configuration");

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

QString withoutTrailingSlash(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

void addIssuer(QList<IssuerDiscovery::Candidate> &list, const QUrl &origin, const QString &issuerPath,
    const QString &issuer)
{
    QUrl inserted = origin;
    inserted.setPath(OAuthWellKnown + issuerPath);
    QUrl appended = origin;
    appended.setPath(issuerPath + OpenIdWellKnown);
    list.append({issuer, inserted});
    list.append({issuer, appended});
}

} // namespace

IssuerDiscovery::IssuerDiscovery(
    QNetworkAccessManager &network, QUrl authorizeUrl, QString configuredIssuer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_authorizeUrl(std::move(authorizeUrl))
    , m_configuredIssuer(std::move(configuredIssuer))
{
}

IssuerDiscovery::~IssuerDiscovery() = default;

QList<IssuerDiscovery::Candidate> IssuerDiscovery::candidates(
    const QUrl &authorizeUrl, const QString &configuredIssuer)
{
    QList<Candidate> list;
    if (!configuredIssuer.isEmpty()) {
        const QUrl issuer(configuredIssuer);
        addIssuer(list, originOf(issuer), withoutTrailingSlash(issuer.path()), configuredIssuer);
        return list;
    }
    const QUrl origin = originOf(authorizeUrl);
    const QString originText = origin.toString();
    addIssuer(list, origin, QString(), originText);
    // /realms/acme/protocol/openid-connect/auth → /realms/acme/protocol/openid-connect, …, /realms
    QStringList segments = authorizeUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!segments.isEmpty())
        segments.removeLast(); // the endpoint itself is not the issuer
    QList<Candidate> paths;
    for (int count = 1; count <= segments.size(); ++count) {
        const QString path = QLatin1Char('/') + segments.mid(0, count).join(QLatin1Char('/'));
        addIssuer(paths, origin, path, originText + path);
    }
    // Longest first: a tenant's own metadata beats a parent path's; at most a few paths deep.
    for (qsizetype i = paths.size() - 2, taken = 0; i >= 0 && taken < MaxPathIssuers; i -= 2, ++taken)
        list << paths.at(i) << paths.at(i + 1);
    return list;
}

bool IssuerDiscovery::sameEndpoint(const QUrl &a, const QUrl &b)
{
    const auto normal = [](const QUrl &url) {
        return std::tuple(url.scheme().toLower(), url.host().toLower(),
            url.port(url.scheme() == QLatin1String("https") ? 443 : 80), withoutTrailingSlash(url.path()));
    };
    return a.isValid() && b.isValid() && normal(a) == normal(b);
}

void IssuerDiscovery::start()
{
    m_candidates = candidates(m_authorizeUrl, m_configuredIssuer);
    m_result = {m_configuredIssuer, false, {}};
    m_clock.start();
    QTimer::singleShot(0, this, &IssuerDiscovery::tryNext);
}

void IssuerDiscovery::tryNext()
{
    const qint64 left = TotalBudgetMs - m_clock.elapsed();
    if (m_candidates.isEmpty() || left <= 0) {
        Q_EMIT finished(this);
        return;
    }
    const Candidate candidate = m_candidates.takeFirst();
    WireRequest request;
    request.method = QStringLiteral("GET");
    request.url = candidate.metadataUrl;
    request.setHeader(QStringLiteral("User-Agent"), FinalRequestBuilder::userAgent());
    request.setHeader(QStringLiteral("Accept"), QStringLiteral("application/json"));
    // Plain http only on this machine, as for any request that is not explicitly allowed it.
    auto *exchange = new HttpExchange(
        m_network, request, {int(std::min<qint64>(RequestTimeoutMs, left)), false}, this);
    connect(exchange, &HttpExchange::finished, this, [this, candidate](HttpExchange *done) {
        done->deleteLater();
        if (done->completed() && done->response().isSuccess() && accept(candidate, done->response().body)) {
            Q_EMIT finished(this);
            return;
        }
        tryNext();
    });
    exchange->start();
}

bool IssuerDiscovery::accept(const Candidate &candidate, const QByteArray &body)
{
    const QJsonObject metadata = QJsonDocument::fromJson(body).object();
    // RFC 8414 §3.3: metadata naming another issuer than the one asked for must not be used.
    if (metadata.value(QStringLiteral("issuer")).toString() != candidate.issuer)
        return false;
    const QUrl endpoint(metadata.value(QStringLiteral("authorization_endpoint")).toString());
    if (!sameEndpoint(endpoint, m_authorizeUrl))
        return false;
    m_result.issuer = candidate.issuer;
    m_result.required = metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    m_result.metadataUrl = candidate.metadataUrl;
    return true;
}

} // namespace keyway
