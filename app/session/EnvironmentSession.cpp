#include "session/EnvironmentSession.h"

#include "auth/AuthorizationCodeLogin.h"
#include "auth/BrowserLauncher.h"
#include "auth/TokenBroker.h"
#include "auth/TokenBrokers.h"
#include "http/CookieJars.h"
#include "http/FinalRequestBuilder.h"
#include "http/SendJob.h"
#include "model/KeyPrefixRules.h"
#include "session/CaptureSaver.h"
#include "secrets/SecretBatchRead.h"
#include "storage/WorkspaceStore.h"

namespace keyway {

EnvironmentSession::EnvironmentSession(SecretStore &secrets, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_brokers(new TokenBrokers(secrets, network, this))
    , m_cookieJars(new CookieJars(secrets, this))
    , m_systemBrowser(std::make_unique<SystemBrowserLauncher>())
    , m_browser(m_systemBrowser.get())
{
    connect(m_cookieJars, &CookieJars::jarChanged, this, [this](const QString &workspaceId, const QString &name) {
        if (workspaceId == m_workspace.id && name == m_environmentName)
            Q_EMIT cookiesChanged();
    });
}

EnvironmentSession::~EnvironmentSession()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
}

void EnvironmentSession::setWorkspace(const Workspace &workspace)
{
    // A removed environment's cookies went with its keys; a new one of that name starts without them.
    for (const Environment &before : std::as_const(m_workspace.environments)) {
        if (!workspace.environment(before.name) || workspace.id != m_workspace.id)
            m_cookieJars->forget(m_workspace.id, before.name);
    }
    m_workspace = workspace;
    const QString previous = m_environmentName;
    m_environmentName.clear();
    selectEnvironment(workspace.environment(previous)
            ? previous
            : (workspace.environments.isEmpty() ? QString() : workspace.environments.first().name));
}

const Environment *EnvironmentSession::environment() const
{
    return m_workspace.environment(m_environmentName);
}

void EnvironmentSession::selectEnvironment(const QString &name)
{
    m_environmentName = m_workspace.environment(name) ? name : QString();
    m_broker = nullptr;
    if (const Environment *env = environment(); env && env->auth.usesTokens())
        m_broker = &m_brokers->broker(m_workspace.id, *env);
    if (m_login)
        m_login->cancel();
    Q_EMIT environmentChanged();
    loadSecrets();
    readCredentialState();
    if (const Environment *env = environment())
        m_cookieJars->load(m_workspace.id, env->name, this, [](CookieJar *, const QString &) {});
}

void EnvironmentSession::setRefreshMarginSeconds(int seconds)
{
    TokenBroker::Options options = m_brokers->options();
    options.refreshMarginSeconds = seconds;
    m_brokers->setOptions(options);
}

void EnvironmentSession::useUnsavedEdits(const Environment &draft)
{
    Environment *env = m_workspace.environment(draft.name);
    if (!env || *env == draft)
        return;
    const bool slotsChanged = env->secretSlots != draft.secretSlots;
    const bool authChanged = env->auth != draft.auth;
    *env = draft;
    if (draft.name != m_environmentName)
        return;
    if (authChanged)
        return selectEnvironment(draft.name); // a new way to sign in: the broker takes the new settings
    Q_EMIT environmentChanged();
    if (slotsChanged)
        loadSecrets();
}

Status EnvironmentSession::selectCompany(const QString &id)
{
    Environment *env = m_workspace.environment(m_environmentName);
    if (!env)
        return Failure {ErrorKind::NotFound, tr("no environment is selected")};
    if (!env->companies.ids.contains(id))
        return Failure {ErrorKind::NotFound, tr("'%1' has no company ID '%2'").arg(env->name, id)};
    env->companies.selected = id;
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *env); !saved)
        return saved;
    Q_EMIT environmentChanged();
    return {};
}

void EnvironmentSession::loadSecrets()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
    m_secretValues.clear();
    m_secretsLoaded = false;
    m_secretsProblem.clear();
    m_missingSecrets.clear();
    const Environment *env = environment();
    if (!env || env->secretSlots.isEmpty()) {
        m_secretsLoaded = true;
        Q_EMIT secretsChanged();
        return;
    }
    const int generation = ++m_loadGeneration; // a newer selection makes older answers stale
    auto *batch = new SecretBatchRead(m_secrets, m_workspace.id, env->name, env->secretSlots, this);
    connect(batch, &SecretBatchRead::finished, this, [this, generation](SecretBatchRead *done) {
        done->deleteLater();
        if (generation != m_loadGeneration)
            return;
        m_secretValues = done->values();
        m_missingSecrets = done->missing();
        m_secretsLoaded = true;
        if (!done->succeeded())
            m_secretsProblem = tr("secrets could not be read: %1").arg(done->errorString());
        else if (!done->missing().isEmpty())
            m_secretsProblem
                = tr("no value in the keychain for: %1").arg(done->missing().join(QStringLiteral(", ")));
        Q_EMIT secretsChanged();
    });
    batch->start();
}

QStringList EnvironmentSession::misplacedSecrets() const
{
    const Environment *env = environment();
    return env ? KeyPrefixRules::builtIn().misplacedSecrets(*env, m_secretValues) : QStringList();
}

Expected<WireRequest> EnvironmentSession::preview(
    const RequestSpec &request, VariableExpander::SecretMode mode) const
{
    const std::optional<Environment> env = environmentWithCaptures();
    if (!env)
        return Failure {ErrorKind::NotFound, tr("choose an environment first")};
    const CookieJar *cookies = m_cookieJars->loaded(m_workspace.id, env->name);
    QHash<QString, QString> secrets = m_secretValues;
    secrets.insert(captured().secretValues());
    auto built = FinalRequestBuilder::build(request, {*env, mode, secrets, {}, cookies});
    const AuthSetting &auth = FinalRequestBuilder::effectiveAuth(request, *env);
    if (built && auth.usesTokens() && m_credentials.kind != CredentialState::Kind::SignedIn
        && !built->header(QStringLiteral("Authorization")).isEmpty()) {
        // No token yet: say where it will come from instead of masking one that does not exist.
        built->setHeader(QStringLiteral("Authorization"),
            auth.kind == AuthKind::AuthorizationCode ? tr("Bearer \u2026 (none yet: sign in first)")
                                                     : tr("Bearer \u2026 (requested when sending)"));
    }
    return built;
}

SendJob *EnvironmentSession::createSendJob(const RequestSpec &request, QObject *parent)
{
    const std::optional<Environment> env = environmentWithCaptures();
    if (!env)
        return nullptr;
    auto *job = new SendJob(m_secrets, m_network, m_broker, m_workspace.id, *env, request, parent);
    job->setCapturedSecretValues(captured().secretValues());
    job->setCookieJars(m_cookieJars);
    if (env->auth.usesTokens()) // a send may have signed in or refreshed: show the new state
        connect(job, &SendJob::finished, this, [this] { readCredentialState(); });
    return job;
}

CollectionRunner *EnvironmentSession::createRunner(
    const QList<RequestSpec> &requests, CollectionRunner::Options options, QObject *parent)
{
    const Environment *env = environment();
    if (!env)
        return nullptr;
    options.cookies = m_cookieJars;
    return new CollectionRunner(m_secrets, m_network, m_broker, m_workspace.id, *env, requests, options, parent);
}

const CapturedVariables &EnvironmentSession::captured() const
{
    static const CapturedVariables none;
    const auto found = m_captured.constFind(m_environmentName);
    return found == m_captured.cend() ? none : found.value();
}

CapturedVariables::Taken EnvironmentSession::takeCaptures(
    const QStringList &captures, const ResponseBody &body, const QString &source)
{
    if (!environment() || captures.isEmpty())
        return {};
    const CapturedVariables::Taken taken = m_captured[m_environmentName].takeFrom(captures, body, source);
    if (!taken.names.isEmpty())
        Q_EMIT capturedChanged();
    return taken;
}

void EnvironmentSession::saveCaptures()
{
    if (!environment() || captured().namesToSave().isEmpty())
        return;
    auto *saver = new CaptureSaver(m_secrets, this);
    connect(saver, &CaptureSaver::finished, this, [this, saver](const QString &error, const QStringList &names) {
        saver->deleteLater();
        Q_EMIT capturesSaved(error, names);
    });
    saver->save(m_workspace, m_environmentName, captured());
}

void EnvironmentSession::clearCaptured()
{
    m_captured.remove(m_environmentName);
    Q_EMIT capturedChanged();
}

std::optional<Environment> EnvironmentSession::environmentWithCaptures() const
{
    const Environment *env = environment();
    if (!env)
        return std::nullopt;
    return captured().applyTo(*env);
}

} // namespace keyway

namespace keyway {

void EnvironmentSession::setCredentialState(CredentialState state)
{
    m_credentials = std::move(state);
    Q_EMIT credentialStateChanged();
}

void EnvironmentSession::readCredentialState()
{
    const Environment *env = environment();
    if (!env)
        return setCredentialState({CredentialState::Kind::NoEnvironment, {}, {}, {}});
    if (env->auth.kind == AuthKind::None)
        return setCredentialState({CredentialState::Kind::NoAuth, {}, {}, {}});
    if (env->auth.kind == AuthKind::Static)
        return setCredentialState({CredentialState::Kind::ApiKey, {}, {}, {}});
    if (env->auth.kind == AuthKind::SignedJwt)
        return setCredentialState(
            {CredentialState::Kind::SignedJwt, {}, {}, JwtSigner::algorithmName(env->auth.jwtAlgorithm)});
    setCredentialState({CredentialState::Kind::Checking, {}, {}, {}});
    const QString name = env->name;
    SecretJob *job = m_secrets.read(TokenBroker::tokenKey(m_workspace.id, name), this);
    connect(job, &SecretJob::finished, this, [this, name](SecretJob *done) {
        if (!environment() || environment()->name != name)
            return; // the selection moved on
        const auto tokens = done->succeeded() ? TokenSet::fromJson(done->value().toUtf8()) : std::nullopt;
        if (tokens && (tokens->isFresh(0) || !tokens->refreshToken.isEmpty()))
            setCredentialState(
                {CredentialState::Kind::SignedIn, tokens->expiresAt, tokens->grantedScopes, {}});
        else if (done->result() != SecretJob::Result::Ok && done->result() != SecretJob::Result::NotFound)
            setCredentialState({CredentialState::Kind::SignInNeeded, {}, {}, done->errorString()});
        else
            setCredentialState({CredentialState::Kind::SignInNeeded, {}, {}, tr("not signed in")});
    });
    job->start();
}

void EnvironmentSession::signIn(const QStringList &scopes)
{
    const Environment *env = environment();
    if (!env || !env->auth.usesTokens() || m_login)
        return;
    if (env->auth.kind != AuthKind::AuthorizationCode)
        return acquireToken(false);
    AuthSetting auth = env->auth;
    if (!scopes.isEmpty())
        auth.scopes = scopes;
    m_login = new AuthorizationCodeLogin(m_secrets, m_network, *m_browser, m_workspace.id, *env, auth, this);
    connect(m_login, &AuthorizationCodeLogin::waitingForBrowser, this, &EnvironmentSession::signInWaiting);
    connect(m_login, &AuthorizationCodeLogin::browserNotStarted, this,
        &EnvironmentSession::signInBrowserNotStarted);
    connect(m_login, &AuthorizationCodeLogin::finished, this, [this](AuthorizationCodeLogin *login) {
        login->deleteLater();
        const bool signedIn = login->result() == AuthorizationCodeLogin::Result::SignedIn;
        if (signedIn)
            setCredentialState({CredentialState::Kind::SignedIn, login->tokens().expiresAt,
                login->tokens().grantedScopes, {}});
        else
            setCredentialState({CredentialState::Kind::SignInNeeded, {}, {}, login->errorString()});
        Q_EMIT signInFinished({signedIn, login->result() == AuthorizationCodeLogin::Result::Cancelled,
            login->errorString(), login->errorReport(), login->requestedScopes(),
            login->tokens().grantedScopes, login->tokens().expiresAt});
    });
    setCredentialState({CredentialState::Kind::SigningIn, {}, {}, {}});
    m_login->start();
}

void EnvironmentSession::setBrowserLauncher(BrowserLauncher *browser)
{
    m_browser = browser ? browser : m_systemBrowser.get();
}

QUrl EnvironmentSession::signInUrl() const
{
    return m_login ? m_login->authorizationUrl() : QUrl();
}

void EnvironmentSession::cancelSignIn()
{
    if (m_login)
        m_login->cancel();
}

void EnvironmentSession::acquireToken(bool renew)
{
    if (!m_broker)
        return;
    connect(
        m_broker, &TokenBroker::acquired, this,
        [this, environment = m_environmentName](const TokenOutcome &outcome) {
            if (environment != m_environmentName)
                return; // another environment was chosen meanwhile; its state is read already
            if (outcome.ok())
                readCredentialState();
            else
                setCredentialState({CredentialState::Kind::SignInNeeded, {}, {}, outcome.message});
        },
        Qt::SingleShotConnection);
    setCredentialState({CredentialState::Kind::Checking, {}, {}, {}});
    if (renew)
        m_broker->renew();
    else
        m_broker->acquire();
}

void EnvironmentSession::refreshNow()
{
    if (m_broker)
        acquireToken(true);
}

void EnvironmentSession::signOut()
{
    if (!environment() || !m_broker)
        return;
    connect(m_broker, &TokenBroker::forgotten, this, [this] { readCredentialState(); }, Qt::SingleShotConnection);
    m_broker->forget();
}

} // namespace keyway
