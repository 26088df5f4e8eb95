#include "runner/JsonRunReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

QJsonObject checkJson(const CheckOutcome &outcome)
{
    QJsonObject object {{QStringLiteral("check"), outcome.check}, {QStringLiteral("passed"), outcome.passed},
        {QStringLiteral("expected"), outcome.expected}, {QStringLiteral("actual"), outcome.actual}};
    if (!outcome.passed)
        object.insert(QStringLiteral("problem"), outcome.problem);
    return object;
}

QJsonObject resultJson(const RunResult &result)
{
    QJsonArray checks;
    for (const CheckOutcome &outcome : result.checks)
        checks.append(checkJson(outcome));
    QJsonObject object {{QStringLiteral("iteration"), result.iteration}, {QStringLiteral("request"), result.path},
        {QStringLiteral("method"), result.method}, {QStringLiteral("url"), result.url},
        {QStringLiteral("status"), result.status}, {QStringLiteral("timeMs"), result.elapsedMs},
        {QStringLiteral("bytes"), result.size}, {QStringLiteral("passed"), result.passed}, {QStringLiteral("checks"), checks},
        {QStringLiteral("captured"), QJsonArray::fromStringList(result.captured)}};
    if (!result.captureProblems.isEmpty())
        object.insert(QStringLiteral("captureProblems"), QJsonArray::fromStringList(result.captureProblems));
    if (!result.passed)
        object.insert(QStringLiteral("failure"), result.failure);
    return object;
}

} // namespace

QByteArray JsonRunReport::toJson(
    const QString &collection, const QString &environment, const QList<RunResult> &results, qint64 totalMs)
{
    QJsonArray requests;
    int failed = 0;
    int checks = 0;
    int checksFailed = 0;
    for (const RunResult &result : results) {
        requests.append(resultJson(result));
        failed += result.passed ? 0 : 1;
        checks += int(result.checks.size());
        checksFailed += int(std::count_if(result.checks.cbegin(), result.checks.cend(),
            [](const CheckOutcome &outcome) { return !outcome.passed; }));
    }
    const QJsonObject summary {{QStringLiteral("requests"), int(results.size())}, {QStringLiteral("failed"), failed},
        {QStringLiteral("checks"), checks}, {QStringLiteral("checksFailed"), checksFailed},
        {QStringLiteral("timeMs"), totalMs}};
    const QJsonObject report {{QStringLiteral("collection"), collection}, {QStringLiteral("environment"), environment},
        {QStringLiteral("summary"), summary}, {QStringLiteral("requests"), requests}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace keyway
