#include "auth/TokenReplyHandler.h"

#include <QNetworkReply>

namespace keyway {

TokenReplyHandler::TokenReplyHandler(QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
{
}

TokenReplyHandler::~TokenReplyHandler() = default;

void TokenReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        return Q_EMIT tokenRequestFailed(
            {TokenError::Kind::Network, 0, {}, tr("%1: %2").arg(reply->url().host(), reply->errorString()), {},
                std::nullopt});
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    auto outcome = TokenEndpoint::parse(response, m_spec, QDateTime::currentDateTimeUtc());
    if (auto *error = std::get_if<TokenError>(&outcome))
        return Q_EMIT tokenRequestFailed(*error);
    m_tokens = std::get<TokenSet>(outcome);
    // What the flow keeps of them (token(), refreshToken(), expirationAt()); ours is m_tokens.
    QVariantMap values {{QStringLiteral("access_token"), m_tokens.accessToken},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), m_tokens.secondsLeft()},
        {QStringLiteral("scope"), m_tokens.grantedScopes.join(QLatin1Char(' '))}};
    if (!m_tokens.refreshToken.isEmpty())
        values.insert(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    Q_EMIT tokensReceived(values);
}

} // namespace keyway
