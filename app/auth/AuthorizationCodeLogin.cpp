#include "auth/AuthorizationCodeLogin.h"

#include "auth/BrowserLauncher.h"
#include "auth/IssuerDiscovery.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "auth/TokenBroker.h"
#include "auth/TokenEndpoint.h"
#include "auth/TokenRequest.h"
#include "model/VariableExpander.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretStore.h"


namespace keyway {

namespace {

QString queryValue(const QUrlQuery &query, const char *name)
{
    // FullyDecoded: each value is decoded exactly once.
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

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
    if (m_receiver)
        m_receiver->close();
}

quint16 AuthorizationCodeLogin::listenerPort() const
{
    return m_receiver ? m_receiver->port() : 0;
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
    m_receiver = new LoopbackReceiver(this);
    if (!m_receiver->open())
        return finish(Result::Failed, tr("cannot listen on 127.0.0.1 for the browser's answer"));
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &AuthorizationCodeLogin::onCallback);

    const Pkce pkce = Pkce::generate();
    m_verifier = pkce.verifier;
    m_state = Pkce::newState();
    QUrlQuery query(QUrl(m_auth.authorizeUrl).query());
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
            QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_auth.clientId);
    add(QStringLiteral("redirect_uri"), m_receiver->redirectUri());
    if (!m_auth.scopes.isEmpty())
        add(QStringLiteral("scope"), m_auth.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), pkce.challenge);
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (m_auth.promptConsent)
        add(QStringLiteral("prompt"), QStringLiteral("consent"));
    m_authorizationUrl = QUrl(m_auth.authorizeUrl);
    m_authorizationUrl.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    m_timeout.start(m_timeoutMs);
    Q_EMIT waitingForBrowser(m_authorizationUrl);
    if (Status opened = m_browser.open(m_authorizationUrl); !opened)
        Q_EMIT browserNotStarted(opened.error()); // the URL is shown; the user can still open it by hand
}

void AuthorizationCodeLogin::onCallback(const QUrlQuery &query)
{
    // Order matters (OAuth 2.0 Security BCP): state first, then iss, then error, then code.
    const QString state = queryValue(query, "state");
    if (m_state.isEmpty() || state != m_state)
        return finish(Result::Failed,
            tr("the browser's answer does not belong to this sign-in (state mismatch); "
               "nothing was exchanged"));
    m_state.clear(); // single use
    const QString issuer = queryValue(query, "iss");
    if (issuer.isEmpty() && m_issuer.required)
        return finish(Result::Failed,
            tr("the answer does not say which server sent it, although %1 promises to (iss missing); "
               "nothing was exchanged")
                .arg(m_issuer.issuer));
    if (!issuer.isEmpty() && !m_issuer.issuer.isEmpty() && issuer != m_issuer.issuer)
        return finish(Result::Failed,
            tr("the answer did not come from the expected server (issuer mismatch: expected %1); "
               "nothing was exchanged")
                .arg(m_issuer.issuer));
    const QString error = queryValue(query, "error");
    if (!error.isEmpty()) {
        const QString description = queryValue(query, "error_description");
        const QString text = description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
        return finish(error == QLatin1String("access_denied") ? Result::Denied : Result::Failed, text);
    }
    const QString code = queryValue(query, "code");
    if (code.isEmpty())
        return finish(Result::Failed, tr("the answer has neither a code nor an error"));
    exchange(code);
}

void AuthorizationCodeLogin::exchange(const QString &code)
{
    const VariableExpander expander(m_environment, VariableExpander::SecretMode::Reveal, m_secretValues);
    const auto spec = TokenEndpoint::authorizationCode(m_auth, expander, code, m_receiver->redirectUri(),
        m_verifier, m_secretValues.value(AuthSetting::clientSecretSlot()));
    if (!spec)
        return finish(Result::Failed, spec.error());
    auto *request = new TokenRequest(m_network, spec.value(), this);
    connect(request, &TokenRequest::finished, this, [this](TokenRequest *done) {
        done->deleteLater();
        if (const auto *error = std::get_if<TokenError>(&done->outcome())) {
            m_errorReport = error->report;
            return finish(Result::Failed, error->message());
        }
        storeTokens(std::get<TokenSet>(done->outcome()));
    });
    request->start();
}

void AuthorizationCodeLogin::storeTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    if (m_tokens.grantedScopes.isEmpty())
        m_tokens.grantedScopes = m_auth.scopes; // RFC 6749 §5.1: omitted scope means as requested
    SecretJob *job = m_secrets.write(
        TokenBroker::tokenKey(m_workspaceId, m_environment.name), QString::fromUtf8(m_tokens.toJson()), this);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        if (!done->succeeded())
            return finish(Result::Failed,
                tr("signed in, but the tokens could not be stored in the keychain: %1")
                    .arg(done->errorString()));
        finish(Result::SignedIn);
    });
    job->start();
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
    if (m_receiver) {
        m_receiver->respond(result == Result::SignedIn ? QString() : error);
        m_receiver->close(); // the port is closed now, success or not
    }
    if (result != Result::SignedIn)
        m_tokens = {};
    Q_EMIT finished(this);
}

} // namespace keyway
