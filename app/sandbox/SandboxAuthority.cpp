#include "sandbox/SandboxAuthority.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace keyway::sandbox {

namespace {

constexpr int CodeLifetimeSeconds = 60;

const QList<std::pair<QString, QString>> &scopeTable()
{
    static const QList<std::pair<QString, QString>> table {
        {QStringLiteral("read:accounts"), QStringLiteral("Read the chart of accounts")},
        {QStringLiteral("write:accounts"), QStringLiteral("Create and update accounts")},
        {QStringLiteral("read:invoices"), QStringLiteral("Read invoices")},
        {QStringLiteral("write:invoices"), QStringLiteral("Create and update invoices")},
        {QStringLiteral("offline_access"), QStringLiteral("Stay signed in (refresh token)")},
    };
    return table;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool validVerifier(const QString &verifier)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return shape.match(verifier).hasMatch();
}

} // namespace

QStringList DemoCredentials::scopes()
{
    QStringList names;
    for (const auto &entry : scopeTable())
        names.append(entry.first);
    return names;
}

QString DemoCredentials::scopeDescription(const QString &scope)
{
    for (const auto &[name, description] : scopeTable()) {
        if (name == scope)
            return description;
    }
    return {};
}

QString randomToken(const char *prefix, int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return QLatin1String(prefix) + QString::fromLatin1(base64Url(random));
}

TokenAnswer oauthError(int status, const QString &error, const QString &description)
{
    return {status, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}};
}

bool SandboxAuthority::isRedirectUriAllowed(const QString &uri)
{
    // RFC 8252 §7.3: a loopback IP literal with any port; this client registered the /callback path.
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1")
        && url.port() > 0 && url.path() == QLatin1String("/callback") && !url.hasQuery()
        && !url.hasFragment();
}

std::optional<QString> SandboxAuthority::beginConsent(const AuthorizeParams &params, QString *error)
{
    if (params.clientId != DemoCredentials::publicClientId()) {
        *error = QStringLiteral("Unknown client_id.");
        return std::nullopt;
    }
    if (!isRedirectUriAllowed(params.redirectUri)) {
        *error = QStringLiteral("redirect_uri must be http://127.0.0.1:PORT/callback.");
        return std::nullopt;
    }
    QStringList scopes = params.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : std::as_const(scopes)) {
        if (!DemoCredentials::scopes().contains(scope)) {
            *error = QStringLiteral("invalid_scope: %1").arg(scope);
            return std::nullopt;
        }
    }
    if (params.responseType != QLatin1String("code")) {
        *error = QStringLiteral("unsupported_response_type");
        return std::nullopt;
    }
    if (params.challengeMethod != QLatin1String("S256") || params.challenge.size() != 43) {
        *error = QStringLiteral("invalid_request: PKCE with code_challenge_method=S256 is required");
        return std::nullopt;
    }
    if (params.state.isEmpty()) {
        *error = QStringLiteral("invalid_request: state is required");
        return std::nullopt;
    }
    const QString id = randomToken("consent_", 12);
    m_consents.insert(id, {params, scopes});
    return id;
}

const SandboxAuthority::PendingConsent *SandboxAuthority::consent(const QString &id) const
{
    const auto it = m_consents.constFind(id);
    return it == m_consents.cend() ? nullptr : &*it;
}

QUrl SandboxAuthority::decide(const QString &id, bool approved, const QStringList &chosenScopes)
{
    if (!m_consents.contains(id))
        return {};
    const PendingConsent pending = m_consents.take(id);
    QList<std::pair<QString, QString>> items;
    if (approved) {
        QStringList granted;
        for (const QString &scope : pending.scopes) {
            if (chosenScopes.contains(scope))
                granted.append(scope);
        }
        const QString code = randomToken("code_", 24);
        m_codes.insert(code,
            {pending.params, granted, QDateTime::currentDateTimeUtc().addSecs(CodeLifetimeSeconds), false,
                randomToken("family_", 12)});
        items.append({QStringLiteral("code"), code});
    } else {
        items.append({QStringLiteral("error"), QStringLiteral("access_denied")});
        items.append({QStringLiteral("error_description"), QStringLiteral("The user denied access")});
    }
    items.append({QStringLiteral("state"), pending.params.state});
    items.append({QStringLiteral("iss"), m_issuer});
    QStringList encoded;
    for (const auto &[name, value] : items)
        encoded.append(name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QUrl target(pending.params.redirectUri);
    target.setQuery(encoded.join(QLatin1Char('&')));
    return target;
}

TokenAnswer SandboxAuthority::token(
    const QHash<QString, QString> &form, const QByteArray &authorizationHeader)
{
    ++m_tokenRequests;
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return codeGrant(form);
    if (grantType == QLatin1String("refresh_token"))
        return refreshGrant(form);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentialsGrant(form, authorizationHeader);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
        QStringLiteral("grant_type must be authorization_code, refresh_token or client_credentials"));
}

TokenAnswer SandboxAuthority::codeGrant(const QHash<QString, QString> &form)
{
    const QString codeValue = form.value(QStringLiteral("code"));
    auto it = m_codes.find(codeValue);
    if (it == m_codes.end())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("unknown authorization code"));
    if (it->used) {
        revokeFamily(it->family); // RFC 6749 §4.1.2: a replayed code revokes what it issued
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("authorization code already used"));
    }
    it->used = true;
    if (it->expires < QDateTime::currentDateTimeUtc())
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("authorization code expired"));
    if (form.value(QStringLiteral("client_id")) != it->params.clientId)
        return oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("client_id does not match the code"));
    if (form.value(QStringLiteral("redirect_uri")) != it->params.redirectUri)
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("redirect_uri does not match the authorization request"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (!validVerifier(verifier))
        return oauthError(
            400, QStringLiteral("invalid_request"), QStringLiteral("code_verifier missing or malformed"));
    const QByteArray challenge
        = base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    if (QString::fromLatin1(challenge) != it->params.challenge)
        return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
    const Grant grant {QStringLiteral("demo-user"), it->scopes, DemoCredentials::companyId(), false};
    return issue(grant, it->family, it->scopes.contains(QLatin1String("offline_access")));
}

TokenAnswer SandboxAuthority::refreshGrant(const QHash<QString, QString> &form)
{
    ++m_refreshRequests;
    auto it = m_refreshTokens.find(form.value(QStringLiteral("refresh_token")));
    if (it == m_refreshTokens.end())
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("unknown or revoked refresh token"));
    if (!it->current) {
        const QString family = it->family;
        revokeFamily(family);
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("refresh token reuse detected; the grant was revoked, sign in again"));
    }
    it->current = false; // rotated: this token must not be used again
    const Grant grant {it->subject, it->scopes, DemoCredentials::companyId(), false};
    return issue(grant, it->family, true);
}

TokenAnswer SandboxAuthority::clientCredentialsGrant(
    const QHash<QString, QString> &form, const QByteArray &authorizationHeader)
{
    QString id = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    if (authorizationHeader.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorizationHeader.mid(6));
        const qsizetype colon = decoded.indexOf(':');
        // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
        id = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    if (id != DemoCredentials::confidentialClientId()
        || secret != DemoCredentials::confidentialClientSecret()) {
        TokenAnswer answer = oauthError(
            401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
        return answer;
    }
    QStringList scopes = form.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        scopes = {QStringLiteral("read:accounts"), QStringLiteral("read:invoices")};
    for (const QString &scope : std::as_const(scopes)) {
        if (!DemoCredentials::scopes().contains(scope) || scope == QLatin1String("offline_access"))
            return oauthError(
                400, QStringLiteral("invalid_scope"), QStringLiteral("scope %1 is not allowed").arg(scope));
    }
    return issue({id, scopes, DemoCredentials::companyId(), false}, randomToken("family_", 12), false);
}

TokenAnswer SandboxAuthority::exchangeApiKey(
    const QString &apiKey, const QString &scope, const QString &userId)
{
    ++m_tokenRequests;
    if (apiKey != DemoCredentials::exchangeApiKey())
        return {401, {}};
    QStringList scopes {QStringLiteral("read:accounts")};
    QString subject = QStringLiteral("server");
    if (scope == QLatin1String("CLIENT_ACCESS")) {
        if (userId.isEmpty())
            return {400, {}};
        subject = userId;
    } else if (scope != QLatin1String("SERVER_ACCESS")) {
        return {400, {}};
    }
    TokenAnswer answer
        = issue({subject, scopes, DemoCredentials::companyId(), false}, randomToken("family_", 12), false);
    answer.body.remove(QStringLiteral("scope"));
    return answer;
}

TokenAnswer SandboxAuthority::issue(const Grant &grant, const QString &family, bool withRefresh)
{
    const QString access = randomToken("sbx_at_", 24);
    m_accessTokens.insert(access, {grant, QDateTime::currentDateTimeUtc().addSecs(m_accessLifetime), family});
    QJsonObject body {{QStringLiteral("access_token"), access},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), m_accessLifetime},
        {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))}};
    if (withRefresh) {
        const QString refresh = randomToken("sbx_rt_", 24);
        m_refreshTokens.insert(refresh, {family, grant.scopes, grant.subject, true});
        body.insert(QStringLiteral("refresh_token"), refresh);
    }
    return {200, body};
}

void SandboxAuthority::revokeFamily(const QString &family)
{
    m_refreshTokens.removeIf([&](const auto &entry) { return entry.value().family == family; });
    m_accessTokens.removeIf([&](const auto &entry) { return entry.value().family == family; });
}

std::optional<Grant> SandboxAuthority::grantFor(const QString &bearer, QString *problem) const
{
    if (bearer == DemoCredentials::sandboxApiKey() || bearer == DemoCredentials::productionApiKey())
        return Grant {QStringLiteral("api-key"), DemoCredentials::scopes(), {}, true};
    const auto it = m_accessTokens.constFind(bearer);
    if (it == m_accessTokens.cend()) {
        *problem = QStringLiteral("The access token is invalid or was revoked");
        return std::nullopt;
    }
    if (it->expires <= QDateTime::currentDateTimeUtc()) {
        *problem = QStringLiteral("The access token expired");
        return std::nullopt;
    }
    return it->grant;
}

void SandboxAuthority::expireAllTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessToken &token : m_accessTokens)
        token.expires = past;
}

void SandboxAuthority::revokeAll()
{
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_codes.clear();
}

} // namespace keyway::sandbox
