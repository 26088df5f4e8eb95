#include "cli/RunCommand.h"

#include "cli/CliContext.h"
#include "http/FinalRequestBuilder.h"
#include "model/NameRules.h"
#include "runner/CollectionRunner.h"
#include "runner/JsonRunReport.h"
#include "runner/JUnitReport.h"
#include "runner/RunData.h"
#include "session/CaptureSaver.h"
#include "session/KeyService.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <unistd.h>

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
    const QCommandLineOption dataOption(QStringLiteral("data"),
        tr("A CSV file with a header row, or a JSON array of objects: one iteration per row, its fields as "
           "variables."),
        QStringLiteral("FILE"));
    const QCommandLineOption variableOption(QStringLiteral("env-var"),
        tr("Set a variable for this run, over the environment's (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption delayOption(QStringLiteral("delay"),
        tr("Milliseconds to wait between requests (default 0)."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption jsonReportOption(QStringLiteral("json-report"),
        tr("Write a JSON report (every request, check and capture name) to FILE."), QStringLiteral("FILE"));
    parser.addOptions({envOption, iterationsOption, bailOption, junitOption, jsonReportOption, timeoutOption,
        noCookies, dataOption, variableOption, delayOption});
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
    const int delayMs = parser.value(delayOption).toInt(&ok);
    if (!ok || delayMs < 0 || delayMs > 600'000)
        return m_context.usageError(tr("--delay must be a number of milliseconds from 0 to 600000"), command);
    if (parser.isSet(dataOption) && parser.isSet(iterationsOption))
        return m_context.usageError(tr("--data sets the iterations (one per row); leave out --iterations"), command);
    QHash<QString, QString> variables;
    for (const QString &assignment : parser.values(variableOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(equals).trimmed();
        if (equals < 0)
            return m_context.usageError(tr("--env-var takes NAME=VALUE, not '%1'").arg(assignment), command);
        if (Status valid = NameRules::checkVariableName(name); !valid)
            return m_context.usageError(tr("--env-var: %1").arg(valid.error()), command);
        variables.insert(name, assignment.mid(equals + 1));
    }
    QList<RunData::Row> data;
    if (parser.isSet(dataOption)) {
        auto rows = RunData::load(parser.value(dataOption));
        if (!rows)
            return m_context.fail(rows.failure());
        data = std::move(rows).value();
    }

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
            parser.isSet(noCookies) ? nullptr : &m_context.cookieJars(), data, variables, delayMs,
            parser.isSet(junitOption) || parser.isSet(jsonReportOption)}); // reports need every result
    const int total = int(requests.size()) * (data.isEmpty() ? iterations : int(data.size()));
    QObject::connect(&runner, &CollectionRunner::requestFinished, [this, total](const RunResult &result) {
        printLine(result);
        showProgress(++m_done, total);
    });
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

    showProgress(0, 0);
    const RunTotals &totals = runner.totals();
    m_context.out() << totals.summary() << tr("; %1 ms").arg(totalMs) << Qt::endl;
    if (parser.isSet(junitOption)) {
        QSaveFile report(parser.value(junitOption));
        if (!report.open(QIODevice::WriteOnly)
            || report.write(JUnitReport::toXml(collection, runner.results(), totalMs)) < 0
            || !report.commit())
            return m_context.fail(
                Failed, tr("cannot write %1: %2").arg(parser.value(junitOption), report.errorString()));
    }
    if (auto failed = keepSavedCaptures(workspace, *env, runner.captured()))
        return *failed;
    if (parser.isSet(jsonReportOption)) {
        QSaveFile report(parser.value(jsonReportOption));
        if (!report.open(QIODevice::WriteOnly)
            || report.write(JsonRunReport::toJson(collection, env->name, runner.results(), totalMs)) < 0
            || !report.commit())
            return m_context.fail(
                Failed, tr("cannot write %1: %2").arg(parser.value(jsonReportOption), report.errorString()));
    }
    return totals.failed == 0 ? Ok : Failed;
}

std::optional<int> RunCommand::keepSavedCaptures(
    const Workspace &workspace, const Environment &env, const CapturedVariables &captured)
{
    if (captured.namesToSave().isEmpty())
        return std::nullopt;
    CaptureSaver saver(m_context.secretStore());
    QString error;
    QStringList saved;
    QObject::connect(&saver, &CaptureSaver::finished, [&](const QString &problem, const QStringList &names) {
        error = problem;
        saved = names;
    });
    saver.save(workspace, env.name, captured);
    CliContext::waitFor(&saver, &CaptureSaver::finished);
    if (!error.isEmpty())
        return m_context.fail(Failed, error);
    m_context.out() << tr("Kept in '%1' for later runs: %2").arg(env.name, saved.join(QStringLiteral(", "))) << Qt::endl;
    return std::nullopt;
}

void RunCommand::showProgress(int done, int total)
{
    // On a terminal only: one line on standard error, rewritten in place, cleared at the end.
    if (::isatty(STDERR_FILENO) != 1)
        return;
    m_context.err() << "\r\033[K";
    if (total > 0 && done < total)
        m_context.err() << tr("[%1/%2] running\u2026").arg(done).arg(total);
    m_context.err().flush();
}

void RunCommand::printLine(const RunResult &result)
{
    showProgress(0, 0); // the result line goes where the progress was
    const QString mark = result.passed ? QStringLiteral("ok  ") : QStringLiteral("FAIL");
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(mark, result.status ? QString::number(result.status) : QStringLiteral("---"),
                           result.method, result.path);
    if (result.status)
        line += QStringLiteral("  %1 ms  %2").arg(result.elapsedMs).arg(humanSize(result.size));
    if (!result.checks.isEmpty())
        line += tr("  %n check(s)", nullptr, int(result.checks.size()));
    if (!result.passed && result.checks.isEmpty() && result.captureProblems.isEmpty())
        line += QStringLiteral("  \u2014 ") + result.failure;
    m_context.out() << line << Qt::endl;
    for (const CheckOutcome &outcome : result.checks) {
        if (!outcome.passed)
            m_context.out() << QStringLiteral("       \u2717 %1 \u2014 %2").arg(outcome.check, outcome.problem) << Qt::endl;
    }
    for (const QString &problem : result.captureProblems)
        m_context.out() << QStringLiteral("       \u2717 ") << problem << Qt::endl;
}

} // namespace keyway::cli
