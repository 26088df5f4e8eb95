#pragma once

#include "core/Expected.h"
#include "http/WireRequest.h"

#include <functional>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace keyway {

// The network QOAuth2AuthorizationCodeFlow sends its token requests through. Qt 6.4's class can
// encode a token request one way only: a form body with the client secret in it and its own
// percent-encoding (../shared/OAUTH-QT64.md traps 1, 8 and 15: double-encoded codes, an empty
// client_secret and a stale redirect_uri on refresh, no Basic header). This manager replaces each
// POST the flow makes with the exact request TokenEndpoint builds for the environment — form or
// JSON, Basic or body client authentication, its extra parameters and headers — taking from the
// flow's own body what the flow decided (code, code_verifier, refresh_token). Everything else it
// sends through the application's proxy like any request.
// From Qt 6.9 on, QAbstractOAuth2::setNetworkRequestModifier() can do this without a subclass.
class OAuthTokenNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenNetwork)

public:
    using TokenRequestBuilder = std::function<Expected<WireRequest>(const QUrlQuery &flowParameters)>;

    OAuthTokenNetwork(QNetworkAccessManager &application, TokenRequestBuilder builder, QObject *parent = nullptr);
    ~OAuthTokenNetwork() override;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *body) override;

private:
    QNetworkAccessManager &m_application;
    TokenRequestBuilder m_builder;
};

} // namespace keyway
