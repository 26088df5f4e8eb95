#pragma once

#include "model/Environment.h"
#include "model/Workspace.h"

#include <QObject>

namespace keyway {

class HistoryStore;
class KeyService;

// Renames an environment and everything keyed by its name: its keys (and sign-in tokens) move in
// the keychain, their dates in the key dates file, its history entries, then its file. A job: the
// keychain answers asynchronously. All or nothing: when a key cannot be written under the new name,
// nothing changes; the old keys are removed only once the new file is written.
class EnvironmentRename final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentRename)

public:
    // `renamed` is the environment as it is to be saved, with its new name.
    // Keys move past the key service (a move is no rotation), their dates with its date file.
    EnvironmentRename(KeyService &keys, HistoryStore *history, Workspace workspace, QString oldName,
        Environment renamed, QObject *parent = nullptr);

    void start();
    bool succeeded() const { return m_succeeded; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void finished(keyway::EnvironmentRename *job);

private:
    void moveKeys(const QHash<QString, QString> &values);
    void finish(const QString &error);

    KeyService &m_keys;
    HistoryStore *m_history;
    Workspace m_workspace;
    QString m_oldName;
    Environment m_renamed;
    bool m_succeeded = false;
    QString m_errorString;
};

} // namespace keyway
