#include "presets/KeyVerifier.h"

#include "auth/TokenBroker.h"
#include "auth/TokenBrokers.h"
#include "envelope/EnvelopeRecognizer.h"
#include "http/SendJob.h"
#include "presets/PresetSetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace keyway {

namespace {

QString describeAnswer(const QByteArray &body, int status)
{
    const QJsonObject data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toObject();
    const QJsonObject company = data.value(QStringLiteral("company")).toObject();
    if (company.isEmpty())
        return KeyVerifier::tr("Verified: the API accepted the key (HTTP %1).").arg(status);
    QStringList permissions;
    for (const QJsonValue &permission : data.value(QStringLiteral("permissions")).toArray())
        permissions << permission.toString();
    return KeyVerifier::tr("Verified. Company: %1 (%2), plan: %3. Permissions: %4")
        .arg(company.value(QStringLiteral("name")).toString(), company.value(QStringLiteral("id")).toString(),
            company.value(QStringLiteral("plan")).toString(), permissions.join(QStringLiteral(", ")));
}

} // namespace

KeyVerifier::KeyVerifier(SecretStore &secrets, QNetworkAccessManager &network, TokenBrokers &brokers,
    QString workspaceId, Environment environment, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_brokers(brokers)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
{
}

KeyVerifier::~KeyVerifier() = default;

void KeyVerifier::start()
{
    const auto setup = PresetSetup::ofPreset(m_environment.preset);
    const QString option = m_environment.presetOption;
    const QString path = setup ? setup->verifyPath(option) : QString();
    const AuthKind auth = m_environment.auth.kind;
    if (!path.isEmpty() && !m_environment.auth.usesTokens())
        return callVerifyEndpoint(setup->verifyMethod(option), path, nullptr);
    if (!path.isEmpty())
        return callVerifyEndpoint(setup->verifyMethod(option), path, &broker());
    if (auth == AuthKind::ClientCredentials || auth == AuthKind::TokenExchange)
        return requestToken();
    if (auth == AuthKind::AuthorizationCode)
        return finishLater(Result::Unsupported,
            tr("%1 signs in through your browser; use Sign In to check it.").arg(m_environment.name));
    if (auth == AuthKind::SignedJwt)
        return finishLater(Result::Unsupported,
            tr("%1 signs a new token for each request, and only the API can tell whether it accepts it: send "
               "a request that uses {{jwt}}.")
                .arg(m_environment.name));
    finishLater(Result::Unsupported,
        m_environment.preset.isEmpty()
            ? tr("%1 was not made from a provider preset, so Keyway does not know how to verify its keys. "
                 "Send a request that needs them instead.")
                  .arg(m_environment.name)
            : tr(
                "The %1 preset names no endpoint for verifying keys. Send a request that needs them instead.")
                  .arg(m_environment.preset));
}

void KeyVerifier::cancel()
{
    if (m_job)
        m_job->cancel();
    disconnect(m_tokenWait); // the shared broker goes on; its answer is no longer wanted here
}

TokenBroker &KeyVerifier::broker()
{
    return m_brokers.broker(m_workspaceId, m_environment);
}

void KeyVerifier::callVerifyEndpoint(const QString &method, const QString &path, TokenBroker *broker)
{
    RequestSpec request;
    request.name = QStringLiteral("verify");
    request.method = method;
    request.url = path; // relative: joined to the environment's base URL
    m_job = new SendJob(m_secrets, m_network, broker, m_workspaceId, m_environment, request, this);
    connect(m_job, &SendJob::finished, this, &KeyVerifier::onResponse);
    m_job->start();
}

void KeyVerifier::onResponse(SendJob *job)
{
    job->deleteLater();
    m_job = nullptr;
    if (job->result() != SendJob::Result::Completed) {
        m_result = Result::Failed;
        m_summary = tr("Not verified: %1").arg(job->errorString());
    } else if (auto error = EnvelopeRecognizer::recognize(
                   job->response().status, job->response().headers, job->response().body)) {
        m_result = Result::Rejected;
        m_summary = tr("Not verified.\n%1").arg(error->toCard());
        m_report = std::move(error);
    } else {
        m_result = Result::Verified;
        m_summary = describeAnswer(job->response().body, job->response().status);
    }
    Q_EMIT finished(this);
}

void KeyVerifier::requestToken()
{
    // A new token, not a stored one: the point is to learn whether the credentials work now.
    TokenBroker &tokens = broker();
    m_tokenWait = connect(&tokens, &TokenBroker::acquired, this, &KeyVerifier::onToken, Qt::SingleShotConnection);
    tokens.renew();
}

void KeyVerifier::onToken(const TokenOutcome &outcome)
{
    if (outcome.ok()) {
        m_result = Result::Verified;
        m_summary = tr("Verified: the token endpoint issued a token for these credentials.");
    } else {
        m_result = outcome.error ? Result::Rejected : Result::Failed;
        m_summary = tr("Not verified: %1").arg(outcome.message);
        if (outcome.error)
            m_report = outcome.error->report;
    }
    Q_EMIT finished(this);
}

void KeyVerifier::finishLater(Result result, const QString &summary)
{
    m_result = result;
    m_summary = summary;
    // Queued, so a caller connecting after start() still hears it.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

} // namespace keyway
