#include "runner/CollectionRunner.h"

#include "auth/TokenBroker.h"
#include "envelope/EnvelopeRecognizer.h"
#include "http/CookieJars.h"
#include "http/FinalRequestBuilder.h"
#include "http/SendJob.h"
#include "model/VariableExpander.h"
#include "secrets/SecretBatchRead.h"

#include <algorithm>
#include <QTimer>

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

int CollectionRunner::iterationCount() const
{
    return m_options.data.isEmpty() ? m_options.iterations : int(m_options.data.size());
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
    // The order a user sees in the tree: folders, then their saved order, then names.
    std::stable_sort(selected.begin(), selected.end(), RequestSpec::comesBefore);
    return selected;
}

RunTotals RunTotals::of(const QList<RunResult> &results)
{
    RunTotals totals;
    for (const RunResult &result : results)
        totals.add(result);
    return totals;
}

void RunTotals::add(const RunResult &result)
{
    ++requests;
    failed += result.passed ? 0 : 1;
    checks += int(result.checks.size());
    checksFailed += int(std::count_if(
        result.checks.cbegin(), result.checks.cend(), [](const CheckOutcome &outcome) { return !outcome.passed; }));
}

QString RunTotals::summary() const
{
    QString text = tr("%n request(s), %1 failed", nullptr, requests).arg(failed);
    if (checks > 0)
        text += tr("; %n check(s), %1 failed", nullptr, checks).arg(checksFailed);
    return text;
}

void CollectionRunner::start()
{
    QStringList slots;
    for (const RequestSpec &request : std::as_const(m_requests))
        slots += FinalRequestBuilder::requiredSecrets(request, m_environment);
    slots.removeDuplicates();
    // The cookie jar is read from the keychain alongside the secrets, not after them: the first
    // request then finds it ready instead of waiting for a second round of keychain calls.
    if (m_options.cookies)
        m_options.cookies->load(m_workspaceId, m_environment.name, this, [](CookieJar *, const QString &) {});
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

void CollectionRunner::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_job)
        m_job->cancel(); // its result is dropped and the run ends
}

void CollectionRunner::sendNext()
{
    if (m_stopped)
        return Q_EMIT finished();
    if (m_next >= m_requests.size()) {
        if (m_iteration >= iterationCount())
            return Q_EMIT finished();
        ++m_iteration;
        m_next = 0;
    }
    auto *job = new SendJob(
        m_secrets, m_network, m_broker, m_workspaceId, environmentForSend(), m_requests.at(m_next), this);
    job->setTimeout(m_options.timeoutMs);
    job->setSecretValues(m_secretValues);
    job->setCapturedSecretValues(m_captured.secretValues());
    job->setCookieJars(m_options.cookies);
    connect(job, &SendJob::finished, this, &CollectionRunner::onSent);
    m_job = job;
    job->start();
}

Environment CollectionRunner::environmentForSend() const
{
    Environment environment = m_environment;
    const auto set = [&](const QHash<QString, QString> &values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            environment.variables.insert(it.key(), VariableExpander::literal(it.value()));
    };
    set(m_options.variables);
    if (!m_options.data.isEmpty())
        set(m_options.data.at(m_iteration - 1));
    return m_captured.applyTo(environment);
}

void CollectionRunner::onSent(SendJob *job)
{
    job->deleteLater();
    if (m_stopped)
        return Q_EMIT finished(); // a request cut short is no result
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
        result.size = response.bodySize;
        const ResponseBody body(response); // its JSON parsed once for the checks and the captures
        judge(result, request, body, *job);
        capture(result, request, body);
    }
    m_totals.add(result);
    if (m_options.keepResults)
        m_results.append(result);
    Q_EMIT requestFinished(result);
    if (!result.passed && m_options.bail)
        return Q_EMIT finished();
    if (m_options.delayMs > 0)
        QTimer::singleShot(m_options.delayMs, this, &CollectionRunner::sendNext);
    else
        sendNext();
}

void CollectionRunner::judge(RunResult &result, const RequestSpec &request, const ResponseBody &body, const SendJob &job)
{
    if (!request.checks.isEmpty()) {
        // The variables as the request was sent with them, before this response's captures.
        const VariableExpander variables(job.environment(), VariableExpander::SecretMode::Mask);
        result.checks = ResponseChecks::evaluate(request.checks, body, job.credentialValues(), &variables);
        result.passed = ResponseChecks::allPassed(result.checks);
        for (const CheckOutcome &outcome : std::as_const(result.checks)) {
            if (!outcome.passed) {
                result.failure = QStringLiteral("%1: %2").arg(outcome.check, outcome.problem);
                break;
            }
        }
        return;
    }
    const HttpResponse &response = body.response();
    const auto error = EnvelopeRecognizer::recognize(response.status, response.headers, response.body);
    result.passed = !error && response.status < 400;
    if (error)
        result.failure = error->toCard().section(QLatin1Char('\n'), 0, 0);
    else if (!result.passed)
        result.failure = tr("HTTP %1").arg(response.status);
}

void CollectionRunner::capture(RunResult &result, const RequestSpec &request, const ResponseBody &body)
{
    const CapturedVariables::Taken taken = m_captured.takeFrom(request.captures, body, pathOf(request));
    result.captured = taken.names;
    result.captureProblems = taken.problems;
    if (!taken.problems.isEmpty()) {
        if (result.passed)
            result.failure = taken.problems.first();
        result.passed = false;
    }
}

} // namespace keyway
