#pragma once

#include "envelope/ErrorReport.h"
#include "model/Environment.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace keyway {

class SecretStore;
class SendJob;
class TokenBroker;
class TokenBrokers;
struct TokenOutcome;

// Checks that an environment's keys work, the way its provider preset says: a call to the
// preset's verify endpoint (e.g. GET /auth/verify) through the normal send path, or — for token
// grants without one — asking the token endpoint for a token. The answer is in words a user can
// act on, with the company, plan and permissions when the API returns them.
class KeyVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVerifier)

public:
    enum class Result { Pending, Verified, Rejected, Failed, Unsupported };
    Q_ENUM(Result)

    // Tokens come from `brokers`: the process's one broker of the environment.
    KeyVerifier(SecretStore &secrets, QNetworkAccessManager &network, TokenBrokers &brokers,
        QString workspaceId, Environment environment, QObject *parent = nullptr);
    ~KeyVerifier() override;
    // Always reports through `finished`, never before start() returns.
    void start();
    void cancel();

    Result result() const { return m_result; }
    QString summary() const { return m_summary; }
    // The API's or token endpoint's error, when it gave one.
    const std::optional<ErrorReport> &report() const { return m_report; }

Q_SIGNALS:
    void finished(keyway::KeyVerifier *verifier);

private:
    void callVerifyEndpoint(const QString &method, const QString &path, TokenBroker *broker);
    TokenBroker &broker();
    void onResponse(SendJob *job);
    void requestToken();
    void onToken(const TokenOutcome &outcome);
    void finishLater(Result result, const QString &summary);

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    TokenBrokers &m_brokers;
    QString m_workspaceId;
    Environment m_environment;
    QMetaObject::Connection m_tokenWait;
    SendJob *m_job = nullptr;
    Result m_result = Result::Pending;
    QString m_summary;
    std::optional<ErrorReport> m_report;
};

} // namespace keyway
