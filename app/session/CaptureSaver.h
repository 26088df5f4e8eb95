#pragma once

#include "checks/CapturedVariables.h"
#include "model/Workspace.h"

#include <QObject>
#include <QStringList>

namespace keyway {

class SecretStore;

// Keeps the values captured with `save` in their environment for later runs and sessions: plain
// ones as variables of its file, secret ones in the keychain (the variable NAME then says
// {{secret.NAME}}), never a secret in a file. Values go in as literals, so one that spells a
// template stays text. Secrets are written first: a failure leaves the file as it was.
class CaptureSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSaver)

public:
    explicit CaptureSaver(SecretStore &secrets, QObject *parent = nullptr);

    // Nothing to save finishes at once (after this returns, as always).
    void save(const Workspace &workspace, const QString &environment, const CapturedVariables &captured);

Q_SIGNALS:
    // `error` empty when all was kept; `saved` names what was.
    void finished(const QString &error, const QStringList &saved);

private:
    void writeNextSecret();
    void finish(const QString &error);

    SecretStore &m_secrets;
    Workspace m_workspace;
    Environment m_environment;
    QStringList m_names;
    QList<std::pair<QString, QString>> m_pendingSecrets; // slot, value
};

} // namespace keyway
