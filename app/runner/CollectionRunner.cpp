#include "runner/CollectionRunner.h"

#include "envelope/EnvelopeRecognizer.h"
#include "http/FinalRequestBuilder.h"
#include "auth/TokenBroker.h"
#include "http/SendJob.h"
#include "secrets/SecretBatchRead.h"

#include <algorithm>

namespace keyway {

CollectionRunner::CollectionRunner(SecretStore &secrets, QNetworkAccessManager &network, TokenBroker *broker,
    QString workspaceId, Environment environment, QList<RequestSpec> requests, Options options,
    QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(network)
    , m_broker(broker)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_requests(std::move(requests))
    , m_options(options)
{
}

CollectionRunner::~CollectionRunner()
{
    for (QString &value : m_secretValues)
        value.fill(QLatin1Char('\0'));
}

QString CollectionRunner::pathOf(const RequestSpec &request)
{
    return request.collection.isEmpty() ? request.name : request.collection + QLatin1Char('/') + request.name;
}

QList<RequestSpec> CollectionRunner::requestsIn(const Workspace &workspace, const QString &collection)
{
    QString folder = collection;
    while (folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    const bool all = folder.isEmpty() || folder == QLatin1String(".");
    QList<RequestSpec> selected;
    for (const RequestSpec &request : workspace.requests) {
        if (all || request.collection == folder || request.collection.startsWith(folder + QLatin1Char('/')))
            selected.append(request);
    }
    // The order a user sees in the tree: folders, then names.
    std::sort(selected.begin(), selected.end(), [](const RequestSpec &a, const RequestSpec &b) {
        return a.collection == b.collection ? a.name < b.name : a.collection < b.collection;
    });
    return selected;
}

int CollectionRunner::failures() const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const RunResult &r) { return !r.passed; }));
}

void CollectionRunner::start()
{
    QStringList slots;
    for (const RequestSpec &request : std::as_const(m_requests))
        slots += FinalRequestBuilder::requiredSecrets(request, m_environment);
    slots.removeDuplicates();
    auto *batch = new SecretBatchRead(m_secrets, m_workspaceId, m_environment.name, slots, this);
    connect(batch, &SecretBatchRead::finished, this, [this](SecretBatchRead *done) {
        done->deleteLater();
        if (!done->succeeded()) {
            m_errorString = tr("cannot read secrets from the keychain: %1").arg(done->errorString());
            return Q_EMIT finished();
        }
        // A missing secret fails the requests that need it, each with the reason.
        m_secretValues = done->values();
        sendNext();
    });
    batch->start();
}

void CollectionRunner::sendNext()
{
    if (m_next >= m_requests.size()) {
        if (m_iteration >= m_options.iterations)
            return Q_EMIT finished();
        ++m_iteration;
        m_next = 0;
    }
    auto *job = new SendJob(
        m_secrets, m_network, m_broker, m_workspaceId, m_environment, m_requests.at(m_next), this);
    job->setTimeout(m_options.timeoutMs);
    job->setSecretValues(m_secretValues);
    job->setCookieJars(m_options.cookies);
    connect(job, &SendJob::finished, this, &CollectionRunner::onSent);
    job->start();
}

void CollectionRunner::onSent(SendJob *job)
{
    job->deleteLater();
    const RequestSpec &request = m_requests.at(m_next++);
    RunResult result;
    result.iteration = m_iteration;
    result.path = pathOf(request);
    result.method = request.method;
    result.url = job->maskedRequest().url.toString();
    if (job->result() != SendJob::Result::Completed) {
        result.failure = job->errorString();
    } else {
        const HttpResponse &response = job->response();
        result.status = response.status;
        result.elapsedMs = response.elapsedMs;
        result.size = response.body.size();
        const auto error = EnvelopeRecognizer::recognize(response.status, response.headers, response.body);
        result.passed = !error && response.status < 400;
        if (error)
            result.failure = error->toCard().section(QLatin1Char('\n'), 0, 0);
        else if (!result.passed)
            result.failure = tr("HTTP %1").arg(response.status);
    }
    m_results.append(result);
    Q_EMIT requestFinished(result);
    if (!result.passed && m_options.bail)
        return Q_EMIT finished();
    sendNext();
}

} // namespace keyway
