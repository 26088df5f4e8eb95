#include "auth/TokenBroker.h"

#include "auth/TokenRequest.h"
#include "core/AppPaths.h"
#include "core/InterProcessLock.h"
#include "model/VariableExpander.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuth, "keyway.auth")

namespace keyway {

namespace {

const QString TokenSlot = QStringLiteral("@tokens"); // '@' cannot start a user's slot name

} // namespace

TokenBroker::TokenBroker(SecretStore &secrets, QNetworkAccessManager &network, QString workspaceId,
    Environment environment, AuthSetting auth, Options options, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_auth(std::move(auth))
    , m_options(std::move(options))
    , m_lock(new InterProcessLock(refreshLockPath(m_workspaceId, m_environment.name), this))
{
    connect(m_lock, &InterProcessLock::acquired, this, &TokenBroker::readStoredTokens);
    connect(m_lock, &InterProcessLock::failed, this, [this](const QString &reason) {
        finish({TokenOutcome::Result::Failed, {},
            tr("another Keyway process is renewing the tokens of '%1' and has not finished: %2")
                .arg(m_environment.name, reason),
            std::nullopt});
    });
}

TokenBroker::~TokenBroker() = default;

SecretKey TokenBroker::tokenKey(const QString &workspaceId, const QString &environment)
{
    return {workspaceId, environment, TokenSlot};
}

QString TokenBroker::refreshLockPath(const QString &workspaceId, const QString &environment)
{
    // Hashed: names may hold any character, and the path must not say which environments exist.
    const QByteArray identity = workspaceId.toUtf8() + '\0' + environment.toUtf8();
    return AppPaths::lockDir() + QStringLiteral("/tokens-")
        + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32))
        + QStringLiteral(".lock");
}

void TokenBroker::reconfigure(const Environment &environment)
{
    Q_ASSERT(environment.name == m_environment.name);
    if (m_busy) {
        m_pendingEnvironment = environment;
        return;
    }
    m_environment = environment;
    m_auth = environment.auth;
}

void TokenBroker::setOptions(const Options &options)
{
    m_options = options;
}

void TokenBroker::acquire(const QString &rejectedToken)
{
    if (!rejectedToken.isEmpty())
        m_rejected.insert(rejectedToken);
    if (m_busy)
        return; // joins the token request under way
    m_busy = true;
    m_attempt = 0;
    readStoredTokens();
}

void TokenBroker::renew()
{
    m_renew = true;
    acquire();
}

void TokenBroker::forget()
{
    // Its own lock object: while this broker refreshes, the sign-out waits for it to finish.
    auto *lock = new InterProcessLock(refreshLockPath(m_workspaceId, m_environment.name), this);
    const auto remove = [this, lock] {
        SecretJob *job = m_secrets.remove(tokenKey(m_workspaceId, m_environment.name), this);
        connect(job, &SecretJob::finished, this, [this, lock](SecretJob *done) {
            lock->release();
            lock->deleteLater();
            Q_EMIT forgotten(done->result(), done->errorString());
        });
        job->start();
    };
    connect(lock, &InterProcessLock::acquired, this, remove);
    connect(lock, &InterProcessLock::failed, this, remove); // the user asked: sign out anyway
    lock->acquire(m_options.lockWaitMs);
}

void TokenBroker::readStoredTokens()
{
    SecretJob *job = m_secrets.read(tokenKey(m_workspaceId, m_environment.name), this);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        if (done->result() == SecretJob::Result::NotFound)
            return decide(std::nullopt);
        if (!done->succeeded())
            return finish({TokenOutcome::Result::StorageFailed, {},
                tr("cannot read the tokens from the keychain: %1").arg(done->errorString()), std::nullopt});
        decide(TokenSet::fromJson(done->value().toUtf8()));
    });
    job->start();
}

void TokenBroker::decide(std::optional<TokenSet> stored)
{
    if (stored && stored->isFresh(m_options.refreshMarginSeconds) && !m_renew
        && !m_rejected.contains(stored->accessToken))
        return finish({TokenOutcome::Result::Ok, stored->accessToken, {}, std::nullopt});
    const bool canRenew = (stored && !stored->refreshToken.isEmpty()) || canRunGrantAgain();
    if (canRenew && !m_lock->isHeld())
        return lockThenReread();
    if (stored && !stored->refreshToken.isEmpty())
        return refresh(*stored);
    if (canRunGrantAgain())
        return runGrant();
    finish({TokenOutcome::Result::SignInNeeded, {},
        stored ? tr("the session for '%1' has expired; sign in again").arg(m_environment.name)
               : tr("not signed in to '%1'; sign in first").arg(m_environment.name),
        std::nullopt});
}

void TokenBroker::lockThenReread()
{
    // Under the lock the stored tokens are read again: what another process stored while this one
    // waited is used as it is.
    m_lock->acquire(m_options.lockWaitMs);
}

bool TokenBroker::canRunGrantAgain() const
{
    return m_auth.kind == AuthKind::ClientCredentials || m_auth.kind == AuthKind::TokenExchange;
}

QStringList TokenBroker::grantSecretSlots() const
{
    const VariableExpander expander(m_environment, VariableExpander::SecretMode::Mask);
    QStringList slots = expander.referencedSecrets(m_auth.tokenUrl);
    for (const QList<HeaderField> *list : {&m_auth.params, &m_auth.tokenHeaders}) {
        for (const HeaderField &field : *list)
            slots << expander.referencedSecrets(field.value);
    }
    if (m_environment.hasSecretSlot(AuthSetting::clientSecretSlot()))
        slots << AuthSetting::clientSecretSlot();
    slots.removeDuplicates();
    return slots;
}

void TokenBroker::withSecrets(
    const QStringList &slots, std::function<void(const QHash<QString, QString> &)> next)
{
    auto *batch = new SecretBatchRead(m_secrets, m_workspaceId, m_environment.name, slots, this);
    connect(batch, &SecretBatchRead::finished, this, [this, next = std::move(next)](SecretBatchRead *done) {
        done->deleteLater();
        if (!done->succeeded())
            return finish({TokenOutcome::Result::StorageFailed, {},
                tr("cannot read secrets from the keychain: %1").arg(done->errorString()), std::nullopt});
        if (!done->missing().isEmpty())
            return finish({TokenOutcome::Result::Failed, {},
                tr("secret '%1' of '%2' has no value in the keychain; set it with: keyway-cli secret set %2 "
                   "%1")
                    .arg(done->missing().first(), m_environment.name),
                std::nullopt});
        next(done->values());
    });
    batch->start();
}

void TokenBroker::refresh(const TokenSet &stored)
{
    withSecrets(grantSecretSlots(), [this, stored](const QHash<QString, QString> &secrets) {
        const VariableExpander expander(m_environment, VariableExpander::SecretMode::Reveal, secrets);
        sendTokenRequest(TokenEndpoint::refresh(m_auth, expander, stored.refreshToken,
                             secrets.value(AuthSetting::clientSecretSlot())),
            stored,
            m_auth.kind == AuthKind::AuthorizationCode ? TokenRequest::Route::OAuthFlowRefresh
                                                       : TokenRequest::Route::Direct);
    });
}

void TokenBroker::runGrant()
{
    withSecrets(grantSecretSlots(), [this](const QHash<QString, QString> &secrets) {
        const VariableExpander expander(m_environment, VariableExpander::SecretMode::Reveal, secrets);
        const QString clientSecret = secrets.value(AuthSetting::clientSecretSlot());
        if (m_auth.kind == AuthKind::ClientCredentials && clientSecret.isEmpty())
            return finish({TokenOutcome::Result::Failed, {},
                tr("client credentials need a client secret; set it with: keyway-cli secret set %1 %2")
                    .arg(m_environment.name, AuthSetting::clientSecretSlot()),
                std::nullopt});
        sendTokenRequest(m_auth.kind == AuthKind::ClientCredentials
                ? TokenEndpoint::clientCredentials(m_auth, expander, clientSecret)
                : TokenEndpoint::tokenExchange(m_auth, expander),
            {});
    });
}

void TokenBroker::sendTokenRequest(
    const Expected<TokenRequestSpec> &spec, const TokenSet &previous, TokenRequest::Route route)
{
    if (!spec)
        return finish({TokenOutcome::Result::Failed, {}, spec.error(), std::nullopt});
    ++m_tokenRequests;
    if (route == TokenRequest::Route::OAuthFlowRefresh)
        ++m_flowRefreshes;
    auto *request = new TokenRequest(m_network, spec.value(), route, this);
    connect(request, &TokenRequest::finished, this,
        [this, previous](TokenRequest *done) { onTokenAnswer(done, previous); });
    request->start();
}

void TokenBroker::onTokenAnswer(TokenRequest *request, const TokenSet &previous)
{
    request->deleteLater();
    if (const auto *error = std::get_if<TokenError>(&request->outcome())) {
        if (error->kind == TokenError::Kind::InvalidGrant && !previous.refreshToken.isEmpty()) {
            // The refresh token is dead. Forget it, and only then go on: a process that exits on the
            // answer must not leave the dead tokens to be sent again by the next command.
            SecretJob *removal = m_secrets.remove(tokenKey(m_workspaceId, m_environment.name), this);
            const TokenError dead = *error;
            connect(removal, &SecretJob::finished, this, [this, dead] {
                if (canRunGrantAgain())
                    return runGrant(); // grants that need no user simply run again
                finish({TokenOutcome::Result::SignInNeeded, {},
                    tr("sign-in needed for '%1': %2").arg(m_environment.name, dead.message()), dead});
            });
            removal->start();
            return;
        }
        return retryOrFail(*error);
    }
    TokenSet tokens = std::get<TokenSet>(request->outcome());
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previous.refreshToken; // a response without a new one keeps the old one
    if (tokens.grantedScopes.isEmpty())
        tokens.grantedScopes = previous.grantedScopes;
    saveAndFinish(tokens);
}

void TokenBroker::retryOrFail(const TokenError &error)
{
    if (error.isTransient() && m_attempt < m_options.retryDelaysMs.size()) {
        const int delay = m_options.retryDelaysMs.at(m_attempt++);
        qCInfo(lcAuth) << "token request failed transiently; retrying in" << delay << "ms";
        QTimer::singleShot(
            delay, this, &TokenBroker::readStoredTokens); // re-read: another process may have refreshed
        return;
    }
    finish({TokenOutcome::Result::Failed, {}, error.message(), error});
}

void TokenBroker::saveAndFinish(const TokenSet &tokens)
{
    SecretJob *job = m_secrets.write(
        tokenKey(m_workspaceId, m_environment.name), QString::fromUtf8(tokens.toJson()), this);
    connect(job, &SecretJob::finished, this, [this, tokens](SecretJob *done) {
        if (!done->succeeded())
            return finish({TokenOutcome::Result::StorageFailed, {},
                tr("cannot store the new tokens in the keychain: %1").arg(done->errorString()),
                std::nullopt});
        finish({TokenOutcome::Result::Ok, tokens.accessToken, {}, std::nullopt});
    });
    job->start();
}

void TokenBroker::finish(TokenOutcome outcome)
{
    m_lock->release();
    m_busy = false;
    m_renew = false;
    m_rejected.clear();
    if (m_pendingEnvironment) {
        reconfigure(*m_pendingEnvironment);
        m_pendingEnvironment.reset();
    }
    Q_EMIT acquired(outcome);
}

} // namespace keyway
