#include "session/EnvironmentRename.h"

#include "history/HistoryStore.h"
#include "model/NameRules.h"
#include "secrets/SecretBatchRead.h"
#include "secrets/SecretBatchWrite.h"
#include "secrets/SecretStore.h"
#include "session/EnvironmentKeychain.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"

namespace keyway {

EnvironmentRename::EnvironmentRename(KeyService &keys, HistoryStore *history, Workspace workspace,
    QString oldName, Environment renamed, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_history(history)
    , m_workspace(std::move(workspace))
    , m_oldName(std::move(oldName))
    , m_renamed(std::move(renamed))
{
}

void EnvironmentRename::start()
{
    if (Status valid = NameRules::checkEnvironmentName(m_renamed.name); !valid)
        return finish(valid.error());
    if (m_workspace.environment(m_renamed.name))
        return finish(tr("The workspace already has an environment called '%1'.").arg(m_renamed.name));
    // The keys, the sign-in tokens and the cookies; those never set are simply not there.
    const QStringList slots = EnvironmentKeychain::slotsOf(m_renamed);
    auto *read = new SecretBatchRead(m_keys.raw(), m_workspace.id, m_oldName, slots, this);
    connect(read, &SecretBatchRead::finished, this, [this](SecretBatchRead *done) {
        done->deleteLater();
        if (!done->succeeded())
            return finish(tr("The keys of '%1' could not be read: %2").arg(m_oldName, done->errorString()));
        moveKeys(done->values());
    });
    read->start();
}

void EnvironmentRename::moveKeys(const QHash<QString, QString> &values)
{
    auto *write = new SecretBatchWrite(m_keys.raw(), m_workspace.id, m_renamed.name, values, this);
    connect(write, &SecretBatchWrite::finished, this, [this](SecretBatchWrite *done) {
        done->deleteLater();
        if (!done->succeeded()) // the batch removed what it had written: nothing changed
            return finish(
                tr("The keys could not be stored under '%1': %2").arg(m_renamed.name, done->errorString()));
        if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, m_renamed); !saved) {
            for (const QString &slot : done->writtenSlots())
                m_keys.raw().remove({m_workspace.id, m_renamed.name, slot})->start();
            return finish(saved.error());
        }
        if (Status removed = WorkspaceStore::removeEnvironment(m_workspace, m_oldName); !removed)
            return finish(removed.error()); // both files exist now, each with its keys: nothing is lost
        for (const QString &slot : done->writtenSlots())
            m_keys.raw().remove({m_workspace.id, m_oldName, slot})->start();
        (void)m_keys.dates().renameEnvironment(m_workspace.id, m_oldName, m_renamed.name); // dates only
        if (m_history)
            (void)m_history->renameEnvironment(m_workspace.id, m_oldName, m_renamed.name);
        finish({});
    });
    write->start();
}

void EnvironmentRename::finish(const QString &error)
{
    m_succeeded = error.isEmpty();
    m_errorString = error;
    Q_EMIT finished(this);
}

} // namespace keyway
