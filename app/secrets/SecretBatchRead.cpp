#include "secrets/SecretBatchRead.h"

#include <QTimer>

namespace keyway {

SecretBatchRead::SecretBatchRead(
    SecretStore &store, QString workspaceId, QString environment, QStringList slots, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_workspaceId(std::move(workspaceId))
    , m_environment(std::move(environment))
    , m_slots(std::move(slots))
{
}

SecretBatchRead::~SecretBatchRead()
{
    for (QString &value : m_values)
        value.fill(QLatin1Char('\0'));
}

void SecretBatchRead::start()
{
    if (m_slots.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(SecretJob::Result::Ok); });
        return;
    }
    m_pending = int(m_slots.size());
    for (const QString &slot : std::as_const(m_slots)) {
        SecretJob *job = m_store.read({m_workspaceId, m_environment, slot}, this);
        connect(job, &SecretJob::finished, this, &SecretBatchRead::onRead);
        job->start();
    }
}

void SecretBatchRead::onRead(SecretJob *job)
{
    if (m_done)
        return;
    --m_pending;
    if (job->result() == SecretJob::Result::Ok)
        m_values.insert(job->key().slot, job->value());
    else if (job->result() == SecretJob::Result::NotFound)
        m_missing.append(job->key().slot);
    else
        return finish(job->result(), job->errorString());
    if (m_pending == 0)
        finish(SecretJob::Result::Ok);
}

void SecretBatchRead::finish(SecretJob::Result result, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_result = result;
    m_errorString = error;
    m_missing.sort();
    Q_EMIT finished(this);
}

} // namespace keyway
