#pragma once

#include "auth/AuthSetting.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenSet.h"
#include "model/Environment.h"
#include "secrets/SecretKey.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace keyway {

class SecretBatchRead;
class SecretJob;
class SecretStore;
class TokenRequest;

struct TokenOutcome
{
    enum class Result { Ok, SignInNeeded, Failed, StorageFailed };
    Result result = Result::Failed;
    QString accessToken;
    QString message;
    std::optional<TokenError> error; // the token endpoint's answer, when there was one

    bool ok() const { return result == Result::Ok; }
};

// Hands out access tokens for one environment. Tokens live only in the keychain; they are read
// again before every refresh, so another Keyway process's rotation is seen, and a new refresh
// token is stored before the access token is handed out. Single-flight: however many requests
// wait at once, one token request is made.
class TokenBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBroker)

public:
    struct Options
    {
        int refreshMarginSeconds = 60;
        QList<int> retryDelaysMs {500, 1500, 4000}; // after network errors and 5xx
    };

    TokenBroker(SecretStore &secrets, QNetworkAccessManager &network, QString workspaceId,
        Environment environment, AuthSetting auth, Options options, QObject *parent = nullptr);
    ~TokenBroker() override;

    static SecretKey tokenKey(const QString &workspaceId, const QString &environment);

    // Emits `acquired` once with a usable token or the reason there is none. `rejectedToken`: the
    // API refused this token (401), so it is not handed out again.
    void acquire(const QString &rejectedToken = {});
    bool isBusy() const { return m_busy; }
    int tokenRequestsMade() const { return m_tokenRequests; }

Q_SIGNALS:
    void acquired(const keyway::TokenOutcome &outcome);

private:
    void readStoredTokens();
    void decide(std::optional<TokenSet> stored);
    void withSecrets(const QStringList &slots, std::function<void(const QHash<QString, QString> &)> next);
    void refresh(const TokenSet &stored);
    void runGrant();
    void sendTokenRequest(const Expected<TokenRequestSpec> &spec, const TokenSet &previous);
    void onTokenAnswer(TokenRequest *request, const TokenSet &previous);
    void saveAndFinish(const TokenSet &tokens);
    void retryOrFail(const TokenError &error);
    void finish(TokenOutcome outcome);
    QStringList grantSecretSlots() const;
    bool canRunGrantAgain() const;

    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    QString m_workspaceId;
    Environment m_environment;
    AuthSetting m_auth;
    Options m_options;
    bool m_busy = false;
    int m_attempt = 0;
    int m_tokenRequests = 0;
    QSet<QString> m_rejected;
};

} // namespace keyway
