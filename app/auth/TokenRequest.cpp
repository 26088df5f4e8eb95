#include "auth/TokenRequest.h"

#include "auth/OAuthTokenNetwork.h"
#include "auth/TokenReplyHandler.h"
#include "http/HttpExchange.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QTimer>

namespace keyway {

TokenRequest::TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
{
}

TokenRequest::TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, Route route, QObject *parent)
    : TokenRequest(network, std::move(spec), parent)
{
    m_route = route;
}

void TokenRequest::start()
{
    if (m_route == Route::OAuthFlowRefresh)
        return refreshThroughFlow();
    auto *exchange = new HttpExchange(m_network, TokenEndpoint::wireRequest(m_spec), {}, this);
    connect(exchange, &HttpExchange::finished, this, &TokenRequest::onExchangeFinished);
    exchange->start();
}

QString TokenRequest::parameter(const QString &name) const
{
    for (const HeaderField &param : m_spec.params) {
        if (param.name == name)
            return param.value;
    }
    return {};
}

void TokenRequest::refreshThroughFlow()
{
    // A new flow for every refresh: Qt 6.4's stays stuck after one failed refresh
    // (../shared/OAUTH-QT64.md trap 5). The request it sends is the environment's exact one.
    auto *handler = new TokenReplyHandler(this);
    handler->setTokenSpec(m_spec);
    const WireRequest wire = TokenEndpoint::wireRequest(m_spec);
    auto *network = new OAuthTokenNetwork(
        m_network, [wire](const QUrlQuery &) -> Expected<WireRequest> { return wire; }, this);
    auto *flow = new QOAuth2AuthorizationCodeFlow(network, this);
    flow->setAccessTokenUrl(m_spec.url);
    flow->setClientIdentifier(parameter(QStringLiteral("client_id")));
    flow->setRefreshToken(parameter(QStringLiteral("refresh_token")));
    flow->setReplyHandler(handler);
    connect(flow, &QOAuth2AuthorizationCodeFlow::granted, this, [this, handler] { finishWith(handler->tokens()); });
    connect(handler, &TokenReplyHandler::tokenRequestFailed, this, [this](const TokenError &error) { finishWith(error); });
    if (flow->refreshToken().isEmpty()) {
        // The class would only log it (trap 3): say it.
        QTimer::singleShot(0, this, [this] {
            finishWith(TokenError {TokenError::Kind::InvalidGrant, 0, QStringLiteral("invalid_grant"),
                tr("there is no refresh token to renew the session with"), {}, std::nullopt});
        });
        return;
    }
    flow->refreshAccessToken();
}

void TokenRequest::finishWith(std::variant<TokenSet, TokenError> outcome)
{
    m_outcome = std::move(outcome);
    Q_EMIT finished(this);
}

void TokenRequest::onExchangeFinished(HttpExchange *exchange)
{
    exchange->deleteLater();
    if (!exchange->completed())
        m_outcome = TokenError {TokenError::Kind::Network, 0, {}, exchange->errorString(), {}, std::nullopt};
    else
        m_outcome = TokenEndpoint::parse(exchange->response(), m_spec, QDateTime::currentDateTimeUtc());
    Q_EMIT finished(this);
}

} // namespace keyway
