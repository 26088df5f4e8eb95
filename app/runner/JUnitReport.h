#pragma once

#include "runner/CollectionRunner.h"

#include <QByteArray>

namespace keyway {

// JUnit XML for CI systems (GitLab, Jenkins, GitHub test reporters): one test suite per run, one
// test case per request and iteration, a <failure> with the reason for each one that failed.
class JUnitReport
{
public:
    static QByteArray toXml(const QString &suiteName, const QList<RunResult> &results, qint64 totalMs);
};

} // namespace keyway
