#pragma once

#include "auth/AuthSetting.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenRequest.h"
#include "auth/TokenSet.h"
#include "model/Environment.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretKey.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace keyway {

class InterProcessLock;
class SecretBatchRead;
class SecretJob;
class SecretStore;

struct TokenOutcome
{
    enum class Result { Ok, SignInNeeded, Failed, StorageFailed };
    Result result = Result::Failed;
    QString accessToken;
    QString message;
    std::optional<TokenError> error; // the token endpoint's answer, when there was one

    bool ok() const { return result == Result::Ok; }
};

// Hands out access tokens for one environment. Tokens live only in the keychain. Single-flight
// across processes: a token request is made only while holding a lock file shared by every Keyway
// process of the user, after reading the stored tokens again under it, so a rotation by the
// window, another keyway-cli or a CI job is used instead of being raced (a rotated refresh token
// used twice revokes the grant). A new refresh token is stored before the access token is handed
// out; however many requests wait at once, one token request is made.
class TokenBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBroker)

public:
    struct Options
    {
        int refreshMarginSeconds = 60;
        QList<int> retryDelaysMs {500, 1500, 4000}; // after network errors and 5xx
        int lockWaitMs = 120'000; // for another process's refresh, retries included
    };

    TokenBroker(SecretStore &secrets, QNetworkAccessManager &network, QString workspaceId,
        Environment environment, AuthSetting auth, Options options, QObject *parent = nullptr);
    ~TokenBroker() override;

    static SecretKey tokenKey(const QString &workspaceId, const QString &environment);
    // The lock file guarding the refresh of this environment's tokens.
    static QString refreshLockPath(const QString &workspaceId, const QString &environment);

    // The environment's edited settings (base URL, token URL, parameters…), for the next token
    // request; one under way finishes with the old ones.
    void reconfigure(const Environment &environment);
    void setOptions(const Options &options);

    // Emits `acquired` once with a usable token or the reason there is none. `rejectedToken`: the
    // API refused this token (401), so it is not handed out again.
    void acquire(const QString &rejectedToken = {});
    // Like acquire, but the stored access token is not used: a new one is asked for (Refresh Now,
    // or a check that the credentials still work).
    void renew();
    // Signs out: removes the stored tokens under the refresh lock, so a refresh another process
    // is finishing cannot store them again. Emits `forgotten` once.
    void forget();
    bool isBusy() const { return m_busy; }
    int tokenRequestsMade() const { return m_tokenRequests; }
    // Refreshes of a browser sign-in, which go through QOAuth2AuthorizationCodeFlow.
    int oauthFlowRefreshes() const { return m_flowRefreshes; }

Q_SIGNALS:
    void acquired(const keyway::TokenOutcome &outcome);
    // NotFound: there were none; other failures name the keychain's reason.
    void forgotten(keyway::SecretJob::Result result, const QString &error);

private:
    void readStoredTokens();
    void decide(std::optional<TokenSet> stored);
    void lockThenReread();
    void withSecrets(const QStringList &slots, std::function<void(const QHash<QString, QString> &)> next);
    void refresh(const TokenSet &stored);
    void runGrant();
    void sendTokenRequest(const Expected<TokenRequestSpec> &spec, const TokenSet &previous,
        TokenRequest::Route route = TokenRequest::Route::Direct);
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
    std::optional<Environment> m_pendingEnvironment;
    InterProcessLock *m_lock = nullptr;
    bool m_busy = false;
    bool m_renew = false;
    int m_attempt = 0;
    int m_tokenRequests = 0;
    int m_flowRefreshes = 0;
    QSet<QString> m_rejected;
};

} // namespace keyway
