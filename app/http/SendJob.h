#pragma once

#include "http/HttpExchange.h"
#include "http/HttpResponse.h"
#include "history/HistoryEntry.h"
#include "http/WireRequest.h"
#include "model/Environment.h"
#include "model/RequestSpec.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keyway {

class BodySink;
class CookieJar;
class CookieJars;
class HttpExchange;
class SecretStore;
class TokenBroker;
struct TokenOutcome;

// Sends a saved or typed request the way a user means it: reads the secrets it needs, gets a
// token when the auth scheme uses one, builds the exact request, sends it, and after a 401 for an
// expired token refreshes once and sends once more (never loops; a 403 is final).
class SendJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendJob)

public:
    enum class Result {
        Pending,
        Completed,
        InvalidRequest,
        AuthFailed,
        StorageFailed,
        NetworkError,
        Refused,
        WriteFailed, // the body sink could not take the body
        Cancelled
    };
    Q_ENUM(Result)

    // `broker` is required when the request's auth scheme uses tokens; it is shared so that
    // concurrent requests share one token request.
    SendJob(SecretStore &secrets, QNetworkAccessManager &network, TokenBroker *broker, QString workspaceId,
        Environment environment, RequestSpec request, QObject *parent = nullptr);
    ~SendJob() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The final response's body goes to `sink` as it arrives instead of memory (see BodySink); a
    // 401 that will be retried with a new token keeps its body.
    // `wants`, when given, picks the responses the sink takes by their Content-Type; the others
    // stay in memory as without a sink.
    void setBodySink(BodySink *sink, std::function<bool(const QByteArray &contentType)> wants = {})
    {
        m_sink = sink;
        m_sinkWants = std::move(wants);
    }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // Secrets already read from the keychain (a collection run reads them once, not per request);
    // the ones this request needs must be among them.
    void setSecretValues(const QHash<QString, QString> &values);
    // Secrets that are not in the keychain (values captured this session): used as they are, the
    // rest read from the keychain as usual.
    void setCapturedSecretValues(const QHash<QString, QString> &values) { m_capturedSecrets = values; }
    // The environment's cookies are sent and kept (written back to the keychain before `finished`);
    // without jars, as with keyway-cli --no-cookies, none are.
    void setCookieJars(CookieJars *jars) { m_jars = jars; }
    void start();
    void cancel();

    Result result() const { return m_result; }
    QString errorString() const { return m_errorString; }
    const HttpResponse &response() const { return m_response; }
    // The request as sent (last attempt), with secrets masked: for --show-headers and history.
    const WireRequest &maskedRequest() const { return m_masked; }
    // The key the keychain had no value for, when that is why the send stopped. A locked keyring can
    // answer "not found" too: callers that can ask the Secret Service check which it was.
    QString missingSecret() const { return m_missingSecret; }
    // The response with what it may carry of the user's credentials masked (cookies, token fields,
    // the keys this request used): what the history keeps. The secrets never leave this job.
    HttpResponse responseForHistory() const;
    // This send as the history keeps it: the masked request, with credentials typed into its body
    // (client_secret=…, "password": …) masked in what was sent and in the template, and the
    // response scrubbed as above. Empty method: nothing was sent.
    HistoryEntry historyEntry() const;
    // The request exactly as sent, secrets included: only for an explicit "reveal".
    const WireRequest &sentRequest() const { return m_sent; }
    int attempts() const { return m_attempts; }
    // The secret slots read for this request (names only), for "last used" in the key manager.
    QStringList secretsUsed() const { return m_secretValues.keys(); }
    // The values of those secrets and the access token: what must be masked wherever it shows.
    QStringList credentialValues() const { return m_secretValues.values() << m_accessToken; }
    QString workspaceId() const { return m_workspaceId; }
    QString environmentName() const { return m_environment.name; }
    // The environment the request was built from (with a run's or a session's captured values).
    const Environment &environment() const { return m_environment; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(keyway::SendJob *job);

private:
    void readSecrets();
    void useSecrets(const QHash<QString, QString> &values);
    void withCookies(); // reads the jar, then asks for a token or sends
    QString missingSecretMessage(const QString &slot); // and remembers the slot
    void requestToken(const QString &rejected);
    void onToken(const TokenOutcome &outcome);
    void send();
    void onExchangeFinished(HttpExchange *exchange);
    void conclude(HttpExchange::Result result, const QString &error, HttpResponse response);
    bool canRetryWithNewToken() const;
    // The environment's client certificates, read for this send; fails for a broken one for `target`.
    Expected<QList<ClientIdentity>> clientIdentities(const QUrl &target) const;
    bool shouldRefreshAfter(const HttpResponse &response) const;
    void finish(Result result, const QString &error = {});

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    QPointer<TokenBroker> m_broker;
    QString m_workspaceId;
    Environment m_environment;
    RequestSpec m_request;
    int m_timeoutMs = 30'000;
    BodySink *m_sink = nullptr;
    qint64 m_maxBodyBytes = HttpExchange::Options {}.maxBodyBytes;
    QHash<QString, QString> m_secretValues;
    QHash<QString, QString> m_capturedSecrets;
    std::function<bool(const QByteArray &contentType)> m_sinkWants;
    std::optional<QHash<QString, QString>> m_givenSecrets;
    QString m_accessToken;
    WireRequest m_masked;
    QString m_missingSecret;
    WireRequest m_sent;
    HttpResponse m_response;
    QPointer<HttpExchange> m_exchange;
    CookieJars *m_jars = nullptr;
    QPointer<CookieJar> m_cookieJar;
    bool m_cookiesChanged = false;
    int m_attempts = 0;
    Result m_result = Result::Pending;
    QString m_errorString;
};

} // namespace keyway
