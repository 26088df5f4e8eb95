#include "auth/AuthorizationCodeLogin.h"

#include "auth/BrowserLauncher.h"
#include "auth/IssuerDiscovery.h"
#include "auth/LoopbackReceiver.h"
#include "auth/LoopbackReplyHandler.h"
#include "auth/OAuthTokenNetwork.h"
#include "auth/Pkce.h"
#include "auth/TokenBroker.h"
#include "auth/TokenEndpoint.h"
#include "core/InterProcessLock.h"
#include "model/VariableExpander.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretStore.h"

#include <QOAuth2AuthorizationCodeFlow>

namespace keyway {

namespace {

// PKCE S256 (RFC 7636): the class's own from Qt 6.8 on, before that through the parameter hook,
// a verifier per attempt either way.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
constexpr bool OwnPkce = false;
#else
constexpr bool OwnPkce = true;
#endif

constexpr int StoreLockWaitMs = 30'000;

} // namespace

AuthorizationCodeLogin::AuthorizationCodeLogin(SecretStore &secrets, QNetworkAccessManager &network,
    BrowserLauncher &browser, QString workspaceId, Environment environment, AuthSetting auth, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_browser(browser)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_auth(std::move(auth))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(Result::TimedOut,
            tr("no answer from the browser within %n minute(s)", nullptr, m_timeoutMs / 60000));
    });
}

AuthorizationCodeLogin::~AuthorizationCodeLogin()
{
    if (LoopbackReceiver *listener = receiver())
        listener->close();
}

quint16 AuthorizationCodeLogin::listenerPort() const
{
    return receiver() ? receiver()->port() : 0;
}

void AuthorizationCodeLogin::start()
{
    QStringList slots;
    const VariableExpander masked(m_environment, VariableExpander::SecretMode::Mask);
    for (const QString &text : QStringList {m_auth.authorizeUrl, m_auth.tokenUrl})
        slots << masked.referencedSecrets(text);
    for (const HeaderField &param : std::as_const(m_auth.params))
        slots << masked.referencedSecrets(param.value);
    if (m_environment.hasSecretSlot(AuthSetting::clientSecretSlot()))
        slots << AuthSetting::clientSecretSlot();
    auto *batch = new SecretBatchRead(m_secrets, m_workspaceId, m_environment.name, slots, this);
    connect(batch, &SecretBatchRead::finished, this, [this](SecretBatchRead *done) {
        done->deleteLater();
        if (!done->succeeded() || !done->missing().isEmpty())
            return finish(Result::Failed,
                done->succeeded()
                    ? tr("secret '%1' has no value in the keychain").arg(done->missing().first())
                    : tr("cannot read secrets from the keychain: %1").arg(done->errorString()));
        m_secretValues = done->values();
        const VariableExpander expander(m_environment, VariableExpander::SecretMode::Reveal, m_secretValues);
        const auto authorizeUrl = expander.expand(m_auth.authorizeUrl, tr("authorization URL"));
        if (!authorizeUrl)
            return finish(Result::Failed, authorizeUrl.error());
        m_auth.authorizeUrl = authorizeUrl.value();
        fetchMetadata();
    });
    batch->start();
}

void AuthorizationCodeLogin::fetchMetadata()
{
    // The metadata says who must answer (RFC 9207): an answer from anyone else may be a mix-up attack.
    auto *discovery = new IssuerDiscovery(m_network, QUrl(m_auth.authorizeUrl), m_auth.issuer, this);
    connect(discovery, &IssuerDiscovery::finished, this, [this](IssuerDiscovery *done) {
        done->deleteLater();
        m_issuer = done->result();
        openBrowser();
    });
    discovery->start();
}

void AuthorizationCodeLogin::openBrowser()
{
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->open())
        return finish(Result::Failed, tr("cannot listen on 127.0.0.1 for the browser's answer"));
    connect(m_handler, &LoopbackReplyHandler::answerRefused, this,
        [this](bool denied, const QString &reason) { finish(denied ? Result::Denied : Result::Failed, reason); });
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, [this](const TokenError &error) {
        m_errorReport = error.report;
        finish(Result::Failed, error.message());
    });

    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_state = Pkce::newState(); // trap 11: Qt's own state is 8 time-seeded characters
    m_handler->expect(m_state, m_issuer);

    auto *tokenNetwork = new OAuthTokenNetwork(m_network,
        [this](const QUrlQuery &flowParameters) { return tokenRequest(flowParameters); }, this);
    m_flow = new QOAuth2AuthorizationCodeFlow(tokenNetwork, this);
    QUrl authorizeUrl(m_auth.authorizeUrl);
    const QUrlQuery configuredQuery(authorizeUrl); // the class replaces the query: put it back below
    authorizeUrl.setQuery(QString());
    m_flow->setAuthorizationUrl(authorizeUrl);
    m_flow->setAccessTokenUrl(QUrl(m_auth.tokenUrl)); // the request itself comes from tokenRequest()
    m_flow->setClientIdentifier(m_auth.clientId);
    m_flow->setScope(m_auth.scopes.join(QLatin1Char(' ')));
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256); // the class's own PKCE
#endif
    m_flow->setModifyParametersFunction([this, configuredQuery, challenge = pkce.challenge](
                                            QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            if (OwnPkce)
                parameters->insert(QStringLiteral("code_verifier"), m_verifier);
            return; // OAuthTokenNetwork sends the environment's exact request with these values
        }
        if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
            return;
        for (const auto &[name, value] : configuredQuery.queryItems(QUrl::FullyDecoded))
            parameters->insert(name, value);
        if (m_auth.scopes.isEmpty())
            parameters->remove(QStringLiteral("scope")); // trap 9: a bare "scope" is refused
        if (OwnPkce) {
            parameters->insert(QStringLiteral("code_challenge"), challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        if (m_auth.promptConsent)
            parameters->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
    });
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        m_timeout.start(m_timeoutMs); // trap 3: some failures emit nothing
        Q_EMIT waitingForBrowser(m_authorizationUrl);
        if (Status opened = m_browser.open(m_authorizationUrl); !opened)
            Q_EMIT browserNotStarted(opened.error()); // the URL is shown; the user can still open it by hand
    });
    // granted() also fires after a refresh (trap 7); this flow object only ever signs in once.
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::granted, this, [this] { storeTokens(m_handler->tokens()); });
    m_flow->grant();
}

LoopbackReceiver *AuthorizationCodeLogin::receiver() const
{
    return m_handler ? m_handler->receiver() : nullptr;
}

QAbstractOAuth::Status AuthorizationCodeLogin::flowStatus() const
{
    return m_flow ? m_flow->status() : QAbstractOAuth::Status::NotAuthenticated;
}

Expected<WireRequest> AuthorizationCodeLogin::tokenRequest(const QUrlQuery &flowParameters)
{
    const VariableExpander expander(m_environment, VariableExpander::SecretMode::Reveal, m_secretValues);
    // Code and verifier as the flow decided them (its own PKCE on Qt 6.8+, the hook's on 6.4).
    const auto value = [&flowParameters](const char *name) {
        return flowParameters.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const auto spec = TokenEndpoint::authorizationCode(m_auth, expander, value("code"), m_handler->callback(),
        value("code_verifier"), m_secretValues.value(AuthSetting::clientSecretSlot()));
    if (!spec) {
        QTimer::singleShot(0, this, [this, error = spec.error()] { finish(Result::Failed, error); });
        return spec.failure();
    }
    m_handler->setTokenSpec(spec.value());
    return TokenEndpoint::wireRequest(spec.value());
}

void AuthorizationCodeLogin::storeTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    if (m_tokens.grantedScopes.isEmpty())
        m_tokens.grantedScopes = m_auth.scopes; // RFC 6749 §5.1: omitted scope means as requested
    // Under the refresh lock: a refresh another process is finishing must not store its (older)
    // tokens over this sign-in's. After the wait the new sign-in is stored regardless.
    auto *lock = new InterProcessLock(TokenBroker::refreshLockPath(m_workspaceId, m_environment.name), this);
    const auto write = [this, lock] {
        if (m_result != Result::Pending) { // cancelled while waiting: nothing is stored
            lock->release();
            return lock->deleteLater();
        }
        SecretJob *job = m_secrets.write(
            TokenBroker::tokenKey(m_workspaceId, m_environment.name), QString::fromUtf8(m_tokens.toJson()), this);
        connect(job, &SecretJob::finished, this, [this, lock](SecretJob *done) {
            lock->release();
            lock->deleteLater();
            if (!done->succeeded())
                return finish(Result::Failed,
                    tr("signed in, but the tokens could not be stored in the keychain: %1").arg(done->errorString()));
            finish(Result::SignedIn);
        });
        job->start();
    };
    connect(lock, &InterProcessLock::acquired, this, write);
    connect(lock, &InterProcessLock::failed, this, write);
    lock->acquire(StoreLockWaitMs);
}

void AuthorizationCodeLogin::cancel()
{
    finish(Result::Cancelled, tr("sign-in cancelled"));
}

void AuthorizationCodeLogin::finish(Result result, const QString &error)
{
    if (m_result != Result::Pending)
        return;
    m_result = result;
    m_errorString = error;
    m_timeout.stop();
    m_verifier.clear();
    m_state.clear();
    if (LoopbackReceiver *listener = receiver()) {
        listener->respond(result == Result::SignedIn ? QString() : error);
        listener->close(); // the port is closed now, success or not
    }
    if (result != Result::SignedIn)
        m_tokens = {};
    Q_EMIT finished(this);
}

} // namespace keyway
