#include "auth/TokenRequest.h"

#include "http/HttpExchange.h"

namespace keyway {

TokenRequest::TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_spec(std::move(spec))
{
}

void TokenRequest::start()
{
    auto *exchange = new HttpExchange(m_network, TokenEndpoint::wireRequest(m_spec), {}, this);
    connect(exchange, &HttpExchange::finished, this, &TokenRequest::onExchangeFinished);
    exchange->start();
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
