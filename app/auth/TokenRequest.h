#pragma once

#include "auth/TokenEndpoint.h"

#include <QObject>
#include <variant>

class QNetworkAccessManager;

namespace keyway {

class HttpExchange;

// Sends one token request and reads the answer: a job that ends in tokens or a TokenError. The
// refresh of a browser sign-in goes through QOAuth2AuthorizationCodeFlow (Route::OAuthFlowRefresh),
// the other grants straight to the token endpoint.
class TokenRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRequest)

public:
    enum class Route { Direct, OAuthFlowRefresh };

    TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, QObject *parent = nullptr);
    TokenRequest(QNetworkAccessManager &network, TokenRequestSpec spec, Route route, QObject *parent = nullptr);

    void start();
    const std::variant<TokenSet, TokenError> &outcome() const { return m_outcome; }
    bool succeeded() const { return std::holds_alternative<TokenSet>(m_outcome); }

Q_SIGNALS:
    void finished(keyway::TokenRequest *request);

private:
    void onExchangeFinished(HttpExchange *exchange);
    void refreshThroughFlow();
    QString parameter(const QString &name) const;
    void finishWith(std::variant<TokenSet, TokenError> outcome);

    QNetworkAccessManager &m_network;
    TokenRequestSpec m_spec;
    Route m_route = Route::Direct;
    std::variant<TokenSet, TokenError> m_outcome;
};

} // namespace keyway
