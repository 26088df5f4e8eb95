#include "secrets/SecretBatchWrite.h"

#include <QTimer>

namespace keyway {

SecretBatchWrite::SecretBatchWrite(SecretStore &store, QString workspaceId, QString environment,
    QHash<QString, QString> values, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_values(std::move(values))
{
    m_remaining = m_values.keys();
    m_remaining.sort(); // a stable order makes failures reproducible
}

SecretBatchWrite::~SecretBatchWrite()
{
    for (QString &value : m_values)
        value.fill(QLatin1Char('\0'));
}

void SecretBatchWrite::start()
{
    // Queued even when there is nothing to do, so callers always hear back after start() returns.
    QTimer::singleShot(0, this, &SecretBatchWrite::writeNext);
}

void SecretBatchWrite::writeNext()
{
    if (m_remaining.isEmpty())
        return finish(SecretJob::Result::Ok);
    const QString slot = m_remaining.takeFirst();
    SecretJob *job = m_store.write({m_workspaceId, m_environment, slot}, m_values.value(slot), this);
    connect(job, &SecretJob::finished, this, [this, slot](SecretJob *done) {
        if (!done->succeeded()) {
            rollBack();
            return finish(
                done->result(), tr("the keychain did not store %1: %2").arg(slot, done->errorString()));
        }
        m_written.append(slot);
        writeNext();
    });
    job->start();
}

void SecretBatchWrite::rollBack()
{
    for (const QString &slot : std::as_const(m_written))
        m_store.remove({m_workspaceId, m_environment, slot})->start(); // outlives this batch
    m_written.clear();
}

void SecretBatchWrite::finish(SecretJob::Result result, const QString &error)
{
    m_result = result;
    m_errorString = error;
    for (QString &value : m_values)
        value.fill(QLatin1Char('\0'));
    Q_EMIT finished(this);
}

} // namespace keyway
