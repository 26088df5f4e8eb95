#pragma once

#include "auth/AuthSetting.h"
#include "auth/IssuerDiscovery.h"
#include "auth/TokenSet.h"
#include "envelope/ErrorReport.h"
#include "model/Environment.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace keyway {

class BrowserLauncher;
class HttpExchange;
class LoopbackReceiver;
class SecretStore;
class TokenRequest;

// OAuth2 authorization code + PKCE (RFC 6749, 7636, 8252, 9207) in the user's own browser.
//
// Qt 6.4's QOAuth2AuthorizationCodeFlow cannot do what this needs (no PKCE, no JSON token body,
// token errors swallowed, a callback listener that ignores stray requests and cannot set headers,
// no `iss` check), so the flow is driven here on Qt Network and a LoopbackReceiver. Each attempt
// has a fresh verifier and state; the listener is open only while waiting.
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
    quint16 listenerPort() const;

Q_SIGNALS:
    // The browser was asked to open `url`; show it so the user can open it by hand.
    void waitingForBrowser(const QUrl &url);
    void browserNotStarted(const QString &reason); // the address must be opened by hand
    void finished(keyway::AuthorizationCodeLogin *login);

private:
    void fetchMetadata();
    void openBrowser();
    void onCallback(const QUrlQuery &query);
    void exchange(const QString &code);
    void storeTokens(const TokenSet &tokens);
    void finish(Result result, const QString &error = {});

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    BrowserLauncher &m_browser;
    QString m_workspaceId;
    Environment m_environment;
    AuthSetting m_auth;
    int m_timeoutMs = 5 * 60 * 1000;
    QTimer m_timeout;
    QPointer<LoopbackReceiver> m_receiver;
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
