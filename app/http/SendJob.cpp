#include "http/SendJob.h"

#include "auth/TokenBroker.h"
#include "http/CookieJars.h"
#include "history/CredentialScrub.h"
#include "http/FinalRequestBuilder.h"
#include "http/HttpExchange.h"
#include "http/RedirectPolicy.h"
#include "model/SecretMask.h"
#include "secrets/SecretBatchRead.h"

namespace keyway {

SendJob::SendJob(SecretStore &secrets, QNetworkAccessManager &network, TokenBroker *broker,
    QString workspaceId, Environment environment, RequestSpec request, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_broker(broker)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_request(std::move(request))
{
}

SendJob::~SendJob()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
}

void SendJob::start()
{
    // With the secrets at hand (a collection run) the build right before sending finds the same
    // template errors; otherwise build once masked first so they show before any keychain I/O.
    if (m_givenSecrets)
        return readSecrets();
    const auto preview
        = FinalRequestBuilder::build(m_request, {m_environment, VariableExpander::SecretMode::Mask, {}, {}});
    if (!preview) {
        QMetaObject::invokeMethod(
            this, [this, error = preview.error()] { finish(Result::InvalidRequest, error); },
            Qt::QueuedConnection);
        return;
    }
    m_masked = preview.value();
    readSecrets();
}

void SendJob::setSecretValues(const QHash<QString, QString> &values)
{
    m_givenSecrets = values;
}

void SendJob::useSecrets(const QHash<QString, QString> &values)
{
    m_secretValues = values;
    m_secretValues.insert(m_capturedSecrets);
    // No token is fetched for a request that goes to another origin without the credentials. start()
    // built the masked request already, except for a collection run, which skips that; only a token
    // needs it before send() builds it anyway.
    if (m_masked.method.isEmpty() && FinalRequestBuilder::effectiveAuth(m_request, m_environment).usesTokens()) {
        if (const auto preview = FinalRequestBuilder::build(
                m_request, {m_environment, VariableExpander::SecretMode::Mask, {}, {}}))
            m_masked = preview.value();
    }
    withCookies();
}

void SendJob::withCookies()
{
    if (m_jars && !m_cookieJar) {
        const auto adopt = [this](CookieJar *jar) {
            m_cookieJar = jar;
            connect(jar, &CookieJar::changed, this, [this] { m_cookiesChanged = true; });
        };
        // Read already (every request of a run after the first): no trip through the event loop.
        if (CookieJar *jar = m_jars->loaded(m_workspaceId, m_environment.name)) {
            adopt(jar);
        } else {
            m_jars->load(m_workspaceId, m_environment.name, this, [this, adopt](CookieJar *read, const QString &) {
                adopt(read); // a jar the keychain could not give is empty: the request goes without cookies
                withCookies();
            });
            return;
        }
    }
    const bool withheld = m_masked.credentialsWithheld && !m_request.auth;
    if (FinalRequestBuilder::effectiveAuth(m_request, m_environment).usesTokens() && !withheld)
        requestToken({});
    else
        send();
}

void SendJob::readSecrets()
{
    QStringList required = FinalRequestBuilder::requiredSecrets(m_request, m_environment);
    required.removeIf([this](const QString &slot) { return m_capturedSecrets.contains(slot); });
    if (m_givenSecrets) {
        QHash<QString, QString> values;
        for (const QString &slot : required) {
            if (!m_givenSecrets->contains(slot)) {
                QMetaObject::invokeMethod(
                    this, [this, slot] { finish(Result::InvalidRequest, missingSecretMessage(slot)); },
                    Qt::QueuedConnection);
                return;
            }
            values.insert(slot, m_givenSecrets->value(slot));
        }
        // Queued: a caller always hears back after start() returns.
        QMetaObject::invokeMethod(
            this, [this, values] { useSecrets(values); }, Qt::QueuedConnection);
        return;
    }
    auto *batch = new SecretBatchRead(m_secrets, m_workspaceId, m_environment.name, required, this);
    connect(batch, &SecretBatchRead::finished, this, [this](SecretBatchRead *done) {
        done->deleteLater();
        if (!done->succeeded())
            return finish(Result::StorageFailed,
                tr("cannot read secrets from the keychain: %1").arg(done->errorString()));
        if (!done->missing().isEmpty())
            return finish(Result::InvalidRequest, missingSecretMessage(done->missing().first()));
        useSecrets(done->values());
    });
    batch->start();
}

QString SendJob::missingSecretMessage(const QString &slot)
{
    m_missingSecret = slot;
    return tr("secret '%1' of '%2' has no value in the keychain; set it with: keyway-cli secret set %2 %1")
        .arg(slot, m_environment.name);
}

void SendJob::requestToken(const QString &rejected)
{
    if (!m_broker)
        return finish(
            Result::AuthFailed, tr("this environment signs in with tokens, but no token broker was given"));
    connect(m_broker, &TokenBroker::acquired, this, &SendJob::onToken, Qt::SingleShotConnection);
    m_broker->acquire(rejected);
}

void SendJob::onToken(const TokenOutcome &outcome)
{
    if (m_result != Result::Pending)
        return;
    if (!outcome.ok())
        return finish(outcome.result == TokenOutcome::Result::StorageFailed ? Result::StorageFailed
                                                                            : Result::AuthFailed,
            outcome.message);
    m_accessToken = outcome.accessToken;
    send();
}

void SendJob::send()
{
    ++m_attempts;
    const RequestContext revealed {
        m_environment, VariableExpander::SecretMode::Reveal, m_secretValues, m_accessToken, m_cookieJar};
    const auto wire = FinalRequestBuilder::build(m_request, revealed);
    if (!wire)
        return finish(Result::InvalidRequest, wire.error());
    m_masked = FinalRequestBuilder::build(m_request,
        {m_environment, VariableExpander::SecretMode::Mask, m_secretValues, m_accessToken, m_cookieJar})
                   .value();
    m_sent = wire.value();
    auto identities = clientIdentities(m_sent.url);
    if (!identities)
        return finish(Result::InvalidRequest, identities.error());
    m_exchange = new HttpExchange(
        m_network, m_sent, {m_timeoutMs, m_environment.allowInsecureHttp, m_maxBodyBytes}, this);
    m_exchange->setClientIdentities(identities.value());
    if (m_cookieJar)
        m_exchange->setCookieJar(m_cookieJar, [environment = m_environment](const QUrl &url) {
            const VariableExpander expander(environment, VariableExpander::SecretMode::Mask);
            return FinalRequestBuilder::credentialsAllowed(environment, url, expander);
        });
    if (m_sink)
        m_exchange->setBodySink(m_sink, [this](int status, const QByteArray &contentType) {
            if (m_sinkWants && !m_sinkWants(contentType))
                return false;
            return status != 401 || !canRetryWithNewToken(); // a 401 that may be retried keeps its body
        });
    connect(m_exchange, &HttpExchange::progress, this, &SendJob::progress);
    connect(m_exchange, &HttpExchange::finished, this, &SendJob::onExchangeFinished);
    m_exchange->start();
}

Expected<QList<ClientIdentity>> SendJob::clientIdentities(const QUrl &target) const
{
    QList<ClientIdentity> identities;
    for (const ClientCertificate &entry : m_environment.clientCertificates) {
        const QString origin = ClientIdentity::originOf(entry, m_environment);
        auto identity = ClientIdentity::load(entry, origin, m_secretValues.value(entry.passphraseSlot));
        // A broken certificate stops only requests to its own origin; others go on without it.
        if (!identity && origin == RedirectPolicy::origin(target))
            return identity.failure();
        if (identity)
            identities.append(identity.value());
    }
    return identities;
}

bool SendJob::canRetryWithNewToken() const
{
    return m_attempts == 1 && !m_accessToken.isEmpty(); // once, and only when a token was sent
}

bool SendJob::shouldRefreshAfter(const HttpResponse &response) const
{
    if (response.status != 401 || !canRetryWithNewToken())
        return false;
    // RFC 6750 §3.1: refresh for invalid_token or a bare challenge; other errors will not improve.
    const QByteArray challenge = response.header("WWW-Authenticate");
    return !challenge.contains("error=") || challenge.contains("error=\"invalid_token\"")
        || challenge.contains("error=invalid_token");
}

void SendJob::onExchangeFinished(HttpExchange *exchange)
{
    exchange->deleteLater();
    const HttpExchange::Result result = exchange->result();
    const QString error = exchange->errorString();
    HttpResponse response = exchange->response();
    if (!m_jars || !std::exchange(m_cookiesChanged, false))
        return conclude(result, error, std::move(response));
    // Kept before anyone hears of the answer: the next command (a new process) needs the session.
    m_jars->save(m_workspaceId, m_environment.name, this,
        [this, result, error, response = std::move(response)](const QString &) { conclude(result, error, response); });
}

void SendJob::conclude(HttpExchange::Result result, const QString &error, HttpResponse response)
{
    switch (result) {
    case HttpExchange::Result::Completed:
        m_response = std::move(response);
        break;
    case HttpExchange::Result::Refused:
    case HttpExchange::Result::TooLarge:
    case HttpExchange::Result::BadHeaders:
        return finish(Result::Refused, error);
    case HttpExchange::Result::WriteFailed:
        return finish(Result::WriteFailed, error);
    case HttpExchange::Result::Cancelled:
        return finish(Result::Cancelled, error);
    case HttpExchange::Result::Pending:
    case HttpExchange::Result::NetworkError:
    case HttpExchange::Result::TlsError:
    case HttpExchange::Result::TimedOut:
        return finish(Result::NetworkError, error);
    }
    if (shouldRefreshAfter(m_response))
        return requestToken(m_accessToken);
    finish(Result::Completed);
}

void SendJob::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
    finish(Result::Cancelled, tr("cancelled"));
}

void SendJob::finish(Result result, const QString &error)
{
    if (m_result != Result::Pending)
        return;
    m_result = result;
    m_errorString = error;
    Q_EMIT finished(this);
}

HttpResponse SendJob::responseForHistory() const
{
    QStringList secrets = m_secretValues.values();
    secrets << m_accessToken;
    HttpResponse kept = m_response;
    kept.headers = CredentialScrub::headers(m_response.headers, secrets);
    kept.body = CredentialScrub::body(m_response.body, secrets);
    return kept;
}

HistoryEntry SendJob::historyEntry() const
{
    HistoryEntry entry;
    entry.sentAt = QDateTime::currentDateTimeUtc();
    entry.workspaceId = m_workspaceId;
    entry.environment = m_environment.name;
    entry.method = m_masked.method;
    entry.url = m_masked.url.toString();
    entry.request = m_request;
    entry.request.body = QString::fromUtf8(CredentialScrub::body(m_request.body.toUtf8(), {}));
    for (HeaderField &field : entry.request.formFields) {
        if (CredentialScrub::isCredentialField(field.name) && !field.value.startsWith(QLatin1String("{{")))
            field.value = SecretMask::mask(field.value);
    }
    for (const HeaderField &header : m_masked.headers)
        entry.requestHeaders.append({header.name.toLatin1(), header.value.toUtf8()});
    entry.requestBody = CredentialScrub::body(m_masked.body, {});
    if (m_result == Result::Completed) {
        const HttpResponse response = responseForHistory();
        entry.status = response.status;
        entry.elapsedMs = response.elapsedMs;
        entry.responseSize = m_response.bodySize;
        entry.responseHeaders = response.headers;
        entry.responseBody = response.body;
    } else {
        entry.error = m_errorString;
    }
    return entry;
}

} // namespace keyway
