#pragma once

#include "runner/CollectionRunner.h"

#include <QByteArray>

namespace keyway {

// A run as JSON, for tools: each request of each iteration with its status, time, size, checks
// (expected against actual) and captured names — never captured values — and a summary.
class JsonRunReport
{
public:
    static QByteArray toJson(const QString &collection, const QString &environment, const QList<RunResult> &results,
        qint64 totalMs);
};

} // namespace keyway
