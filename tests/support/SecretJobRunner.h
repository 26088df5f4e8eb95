#pragma once

#include "secrets/SecretJob.h"

#include <QTest>

// Starts a secret job and waits for it; what it reported is copied out, since the job deletes itself.
struct SecretJobOutcome
{
    keyway::SecretJob::Result result = keyway::SecretJob::Result::Pending;
    QString value;
    QString error;
};

inline SecretJobOutcome runSecretJob(keyway::SecretJob *job, int timeoutMs = 30'000)
{
    SecretJobOutcome outcome;
    QObject context;
    QObject::connect(job, &keyway::SecretJob::finished, &context, [&](keyway::SecretJob *done) {
        outcome = {done->result(), done->value(), done->errorString()};
    });
    job->start();
    if (!QTest::qWaitFor([&] { return outcome.result != keyway::SecretJob::Result::Pending; }, timeoutMs))
        outcome.error = QStringLiteral("no answer in time"); // result stays Pending, so callers fail
    return outcome;
}
