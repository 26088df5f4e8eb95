#pragma once

#include "auth/TokenEndpoint.h"
#include "auth/TokenSet.h"

#include <QAbstractOAuthReplyHandler>

namespace keyway {

// Reads the token responses QOAuth2AuthorizationCodeFlow receives, with the environment's rules
// (token path, lifetime, granted scopes), hands the flow what it keeps (so its status becomes
// Granted) and turns error answers into a TokenError with the server's error card instead of
// letting them vanish; every reply is deleted (../shared/OAUTH-QT64.md trap 4).
class TokenReplyHandler : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenReplyHandler)

public:
    explicit TokenReplyHandler(QObject *parent = nullptr);
    ~TokenReplyHandler() override;

    QString callback() const override { return {}; } // a refresh has no browser to come back to
    // How the next token response is read.
    void setTokenSpec(const TokenRequestSpec &spec) { m_spec = spec; }
    const TokenSet &tokens() const { return m_tokens; }

    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const keyway::TokenError &error);

private:
    TokenRequestSpec m_spec;
    TokenSet m_tokens;
};

} // namespace keyway
