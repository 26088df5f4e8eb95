#pragma once

#include "auth/TokenEndpoint.h"

#include <QObject>
#include <variant>

class QNetworkAccessManager;

namespace keyway {

class HttpExchange;

// Sends one token request and reads the answer: a job that ends in tokens or a TokenError.
class TokenRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequest)

public:
    TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, QObject *parent = nullptr);

    void start();
    const std::variant<TokenSet, TokenError> &outcome() const { return m_outcome; }
    bool succeeded() const { return std::holds_alternative<TokenSet>(m_outcome); }

Q_SIGNALS:
    void finished(keyway::TokenRequest *request);

private:
    void onExchangeFinished(HttpExchange *exchange);

    QNetworkAccessManager &m_network;
    TokenRequestSpec m_spec;
    std::variant<TokenSet, TokenError> m_outcome;
};

} // namespace keyway
