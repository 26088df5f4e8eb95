#pragma once

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace keyway {

// Stores several secrets of one environment, one after the other. All or nothing: when the
// keychain refuses one, the ones already stored by this batch are removed again, so a failed
// set-up never leaves half its keys behind. The values are wiped from memory when it is done.
class SecretBatchWrite final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretBatchWrite)

public:
    SecretBatchWrite(SecretStore &store, QString workspaceId, QString environment,
        QHash<QString, QString> values, QObject *parent = nullptr);
    ~SecretBatchWrite() override;

    void start();

    bool succeeded() const { return m_result == SecretJob::Result::Ok; }
    QString errorString() const { return m_errorString; }
    QStringList writtenSlots() const { return m_written; }

Q_SIGNALS:
    void finished(keyway::SecretBatchWrite *batch);

private:
    void writeNext();
    void rollBack();
    void finish(SecretJob::Result result, const QString &error = {});

    SecretStore &m_store;
    QString m_workspaceId;
    QString m_environment;
    QHash<QString, QString> m_values;
    QStringList m_remaining;
    QStringList m_written;
    SecretJob::Result m_result = SecretJob::Result::Pending;
    QString m_errorString;
};

} // namespace keyway
