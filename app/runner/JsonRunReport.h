#pragma once

#include "runner/CollectionRunner.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyway {

// A run as JSON, for tools: each request of each iteration with its status, time, size, checks
// (expected against actual) and captured names — never captured values — and a summary.
class JsonRunReport
{
public:
    static QByteArray toJson(const QString &collection, const QString &environment, const QList<RunResult> &results,
        qint64 totalMs);
    // One check's outcome as the report and `keyway-cli send --json` write it ("problem" only
    // when it failed).
    static QJsonObject checkJson(const CheckOutcome &outcome);
};

} // namespace keyway
