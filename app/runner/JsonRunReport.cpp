#include "runner/JsonRunReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyway {

namespace {

QJsonObject resultJson(const RunResult &result)
{
    QJsonArray checks;
    for (const CheckOutcome &outcome : result.checks)
        checks.append(JsonRunReport::checkJson(outcome));
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
    for (const RunResult &result : results)
        requests.append(resultJson(result));
    const RunTotals totals = RunTotals::of(results);
    const QJsonObject summary {{QStringLiteral("requests"), totals.requests}, {QStringLiteral("failed"), totals.failed},
        {QStringLiteral("checks"), totals.checks}, {QStringLiteral("checksFailed"), totals.checksFailed},
        {QStringLiteral("timeMs"), totalMs}};
    const QJsonObject report {{QStringLiteral("collection"), collection}, {QStringLiteral("environment"), environment},
        {QStringLiteral("summary"), summary}, {QStringLiteral("requests"), requests}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QJsonObject JsonRunReport::checkJson(const CheckOutcome &outcome)
{
    QJsonObject object {{QStringLiteral("check"), outcome.check}, {QStringLiteral("passed"), outcome.passed},
        {QStringLiteral("expected"), outcome.expected}, {QStringLiteral("actual"), outcome.actual}};
    if (!outcome.passed)
        object.insert(QStringLiteral("problem"), outcome.problem);
    return object;
}

} // namespace keyway
