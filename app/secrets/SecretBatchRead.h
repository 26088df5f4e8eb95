#pragma once

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace keyway {

// Reads several secret slots of one environment at once. Missing values are reported by name,
// not treated as empty; the first keychain failure ends the batch.
class SecretBatchRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBatchRead)

public:
    SecretBatchRead(SecretStore &store, QString workspaceId, QString environment, QStringList slots,
        QObject *parent = nullptr);
    ~SecretBatchRead() override;

    void start();

    bool succeeded() const { return m_result == SecretJob::Result::Ok; }
    SecretJob::Result result() const { return m_result; }
    QString errorString() const { return m_errorString; }
    const QHash<QString, QString> &values() const { return m_values; }
    const QStringList &missing() const { return m_missing; }

Q_SIGNALS:
    void finished(keyway::SecretBatchRead *batch);

private:
    void onRead(SecretJob *job);
    void finish(SecretJob::Result result, const QString &error = {});

    SecretStore &m_store;
    QString m_workspaceId;
    QString m_environment;
    QStringList m_slots;
    int m_pending = 0;
    bool m_done = false;
    SecretJob::Result m_result = SecretJob::Result::Pending;
    QString m_errorString;
    QHash<QString, QString> m_values;
    QStringList m_missing;
};

} // namespace keyway
