#include "session/CaptureSaver.h"

#include "model/NameRules.h"
#include "model/VariableExpander.h"
#include "secrets/SecretStore.h"
#include "storage/WorkspaceStore.h"

namespace keyway {

CaptureSaver::CaptureSaver(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void CaptureSaver::save(const Workspace &workspace, const QString &environment, const CapturedVariables &captured)
{
    m_workspace = workspace;
    m_names = captured.namesToSave();
    m_pendingSecrets.clear();
    const Environment *found = workspace.environment(environment);
    if (!found)
        return finish(m_names.isEmpty() ? QString() : tr("there is no environment '%1' to save the captures to").arg(environment));
    m_environment = *found;
    for (const QString &name : std::as_const(m_names)) {
        if (!captured.isSecret(name)) {
            m_environment.variables.insert(name, VariableExpander::literal(captured.valueOf(name)));
            continue;
        }
        if (Status valid = NameRules::checkSecretName(name); !valid)
            return finish(tr("capture %1 cannot be kept as a secret: %2").arg(name, valid.error()));
        m_environment.addSecretSlot(name);
        m_environment.variables.insert(name, QStringLiteral("{{secret.%1}}").arg(name));
        m_pendingSecrets.append({name, captured.valueOf(name)});
    }
    writeNextSecret();
}

void CaptureSaver::writeNextSecret()
{
    if (m_pendingSecrets.isEmpty()) {
        if (m_names.isEmpty())
            return finish({});
        const Status written = WorkspaceStore::saveEnvironment(m_workspace, m_environment);
        return finish(written ? QString() : written.error());
    }
    auto pending = m_pendingSecrets.takeFirst();
    const QString slot = pending.first;
    SecretJob *job = m_secrets.write({m_workspace.id, m_environment.name, slot}, pending.second, this);
    pending.second.fill(QLatin1Char('\0'));
    connect(job, &SecretJob::finished, this, [this, slot](SecretJob *done) {
        if (!done->succeeded())
            return finish(tr("capture %1 could not be kept in the keychain: %2").arg(slot, done->errorString()));
        writeNextSecret();
    });
    job->start();
}

void CaptureSaver::finish(const QString &error)
{
    for (auto &[slot, value] : m_pendingSecrets)
        value.fill(QLatin1Char('\0'));
    m_pendingSecrets.clear();
    const QStringList saved = error.isEmpty() ? m_names : QStringList();
    // Queued: the caller always hears back after save() returns.
    QMetaObject::invokeMethod(
        this, [this, error, saved] { Q_EMIT finished(error, saved); }, Qt::QueuedConnection);
}

} // namespace keyway
