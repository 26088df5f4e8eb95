#include "cli/RunCommand.h"

#include "cli/CliContext.h"
#include "http/FinalRequestBuilder.h"
#include "runner/CollectionRunner.h"
#include "runner/JUnitReport.h"
#include "session/KeyService.h"

#include <QElapsedTimer>
#include <QSaveFile>

namespace keyway::cli {

namespace {

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    return QStringLiteral("%1 kB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the saved requests of COLLECTION (a folder; '.' for all) in order "
           "against one environment. Exits 1 when any request fails."));
    parser.addPositionalArgument(QStringLiteral("COLLECTION"), tr("Request folder, e.g. accounts or '.'."));
    const QCommandLineOption envOption(
        QStringLiteral("env"), tr("Environment to run against."), QStringLiteral("ENV"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
        tr("Run the whole collection N times (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption bailOption(QStringLiteral("bail"), tr("Stop at the first failure."));
    const QCommandLineOption junitOption(
        QStringLiteral("junit"), tr("Write a JUnit XML report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        tr("Seconds each request may take (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption noCookies(QStringLiteral("no-cookies"),
        tr("Send none of the environment's cookies and keep none the answers set."));
    parser.addOptions({envOption, iterationsOption, bailOption, junitOption, timeoutOption, noCookies});
    const QString command = QStringLiteral("run");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(
            tr("'run' takes exactly one collection (a request folder, or '.' for all)"), command);
    if (!parser.isSet(envOption))
        return m_context.usageError(tr("'run' needs --env ENV"), command);
    bool ok = false;
    const int iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || iterations < 1)
        return m_context.usageError(tr("--iterations must be a whole number of at least 1"), command);
    const int seconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || seconds < 1)
        return m_context.usageError(tr("--timeout must be a positive number of seconds"), command);

    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.value(envOption), workspace, env))
        return *failed;
    const QString collection = parser.positionalArguments().first();
    const QList<RequestSpec> requests = CollectionRunner::requestsIn(workspace, collection);
    if (requests.isEmpty())
        return m_context.fail(NotFound, tr("no saved requests in '%1'").arg(collection));
    TokenBroker *broker = env->auth.usesTokens() ? &m_context.tokenBroker(workspace, *env) : nullptr;
    CollectionRunner runner(m_context.secretStore(), m_context.network(), broker, workspace.id, *env,
        requests,
        {iterations, parser.isSet(bailOption), seconds * 1000,
            parser.isSet(noCookies) ? nullptr : &m_context.cookieJars()});
    QObject::connect(
        &runner, &CollectionRunner::requestFinished, [this](const RunResult &result) { printLine(result); });
    QElapsedTimer clock;
    clock.start();
    runner.start();
    CliContext::waitFor(&runner, &CollectionRunner::finished);
    const qint64 totalMs = clock.elapsed();
    if (!runner.errorString().isEmpty())
        return m_context.fail(SecureStorageUnavailable, runner.errorString());

    QStringList used;
    for (const RequestSpec &request : requests)
        used += FinalRequestBuilder::requiredSecrets(request, *env);
    used.removeDuplicates();
    (void)m_context.keys().recordUsed(workspace.id, env->name, used);

    const int failures = runner.failures();
    m_context.out() << tr("%n request(s), %1 failed, %2 ms", nullptr, int(runner.results().size()))
                           .arg(failures)
                           .arg(totalMs)
                    << Qt::endl;
    if (parser.isSet(junitOption)) {
        QSaveFile report(parser.value(junitOption));
        if (!report.open(QIODevice::WriteOnly)
            || report.write(JUnitReport::toXml(collection, runner.results(), totalMs)) < 0
            || !report.commit())
            return m_context.fail(
                Failed, tr("cannot write %1: %2").arg(parser.value(junitOption), report.errorString()));
    }
    return failures == 0 ? Ok : Failed;
}

void RunCommand::printLine(const RunResult &result)
{
    const QString mark = result.passed ? QStringLiteral("ok  ") : QStringLiteral("FAIL");
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(mark, result.status ? QString::number(result.status) : QStringLiteral("---"),
                           result.method, result.path);
    if (result.status)
        line += QStringLiteral("  %1 ms  %2").arg(result.elapsedMs).arg(humanSize(result.size));
    if (!result.passed)
        line += QStringLiteral("  \u2014 ") + result.failure;
    m_context.out() << line << Qt::endl;
}

} // namespace keyway::cli
