#pragma once

#include "auth/AuthSetting.h"
#include "auth/IssuerDiscovery.h"
#include "auth/TokenSet.h"
#include "core/Expected.h"
#include "envelope/ErrorReport.h"
#include "http/WireRequest.h"
#include "model/Environment.h"

#include <optional>
#include <QAbstractOAuth>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace keyway {

class BrowserLauncher;
class LoopbackReceiver;
class LoopbackReplyHandler;
class SecretStore;

// OAuth2 authorization code + PKCE (RFC 6749, 7636, 8252, 9207) in the user's own browser, driven
// by Qt NetworkAuth's QOAuth2AuthorizationCodeFlow: it builds the authorization URL, takes the
// browser's answer and asks for the token. Where Qt 6.4's class falls short
// (../shared/OAUTH-QT64.md), it is wrapped: LoopbackReplyHandler checks state, iss and error before
// the flow hears of an answer and reads token errors into an error card; OAuthTokenNetwork sends
// the token request exactly as the environment needs it (JSON or form, Basic or body client
// authentication, the PKCE verifier); PKCE and the configured authorize URL's query are added in
// the flow's parameter hook; state is ours (32 random bytes); a timeout and Cancel end a flow that
// hears nothing. Each attempt has a fresh verifier and state; the listener is open only while waiting.
class AuthorizationCodeLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeLogin)

public:
    enum class Result { Pending, SignedIn, Denied, Failed, TimedOut, Cancelled };
    Q_ENUM(Result)

    AuthorizationCodeLogin(SecretStore &secrets, QNetworkAccessManager &network, BrowserLauncher &browser,
        QString workspaceId, Environment environment, AuthSetting auth, QObject *parent = nullptr);
    ~AuthorizationCodeLogin() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start();
    void cancel();

    Result result() const { return m_result; }
    QString errorString() const { return m_errorString; }
    const TokenSet &tokens() const { return m_tokens; }
    QStringList requestedScopes() const { return m_auth.scopes; }
    // The token endpoint's error as an error card, when it answered with one.
    const std::optional<ErrorReport> &errorReport() const { return m_errorReport; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The QOAuth2AuthorizationCodeFlow behind this sign-in: Granted once it went through it.
    QAbstractOAuth::Status flowStatus() const;
    quint16 listenerPort() const;

Q_SIGNALS:
    // The browser was asked to open `url`; show it so the user can open it by hand.
    void waitingForBrowser(const QUrl &url);
    void browserNotStarted(const QString &reason); // the address must be opened by hand
    void finished(keyway::AuthorizationCodeLogin *login);

private:
    void fetchMetadata();
    void openBrowser();
    // The exact token request for the code the flow received (see OAuthTokenNetwork).
    Expected<WireRequest> tokenRequest(const QUrlQuery &flowParameters);
    void storeTokens(const TokenSet &tokens);
    void finish(Result result, const QString &error = {});
    LoopbackReceiver *receiver() const;

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    BrowserLauncher &m_browser;
    QString m_workspaceId;
    Environment m_environment;
    AuthSetting m_auth;
    int m_timeoutMs = 5 * 60 * 1000;
    QTimer m_timeout;
    QPointer<LoopbackReplyHandler> m_handler; // and its LoopbackReceiver, receiver()
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QHash<QString, QString> m_secretValues;
    QString m_verifier;
    QString m_state;
    IssuerExpectation m_issuer;
    QUrl m_authorizationUrl;
    TokenSet m_tokens;
    Result m_result = Result::Pending;
    QString m_errorString;
    std::optional<ErrorReport> m_errorReport;
};

} // namespace keyway
