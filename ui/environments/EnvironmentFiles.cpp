#include "environments/EnvironmentFiles.h"

#include "common/Prompter.h"
#include "secrets/SecretStore.h"
#include "session/EnvironmentKeychain.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceFileCommand.h"
#include "session/KeyService.h"

#include <QUndoStack>
#include <QWidget>

namespace keyway::ui {

namespace {

// Deletes an environment's file; Undo writes it back as it was.
class EnvironmentDeleteCommand final : public WorkspaceFileCommand
{
public:
    EnvironmentDeleteCommand(const QString &text, Workspace workspace, Environment environment,
        Callback onChange, ErrorCallback onError)
        : WorkspaceFileCommand(text, std::move(workspace), std::move(onChange), std::move(onError))
        , m_environment(std::move(environment))
    {
    }
    void redo() override { finish(WorkspaceStore::removeEnvironment(workspace(), m_environment.name)); }
    void undo() override
    {
        report(WorkspaceStore::saveEnvironment(workspace(), m_environment));
        reload();
    }

private:
    Environment m_environment;
};

} // namespace

EnvironmentFiles::EnvironmentFiles(
    const Workspace &workspace, KeyService &secrets, QUndoStack &undo, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_undo(undo)
    , m_prompter(prompter)
    , m_window(window)
{
}

void EnvironmentFiles::remove(const QString &name)
{
    const Environment *found = m_workspace.environment(name);
    if (!found)
        return;
    const Environment environment = *found;
    if (!m_prompter.confirm(m_window, tr("Delete %1?").arg(name),
            tr("The environment file of %1 is deleted. Requests stay; Undo (Ctrl+Z) brings the environment "
               "back as long as its keys are kept.")
                .arg(name),
            tr("Delete Environment")))
        return;
    const bool dropKeys = !environment.secretSlots.isEmpty()
        && m_prompter.confirm(m_window, tr("Remove the keys of %1 too?").arg(name),
            tr("%1 has %n key(s) in the system keychain. Remove those as well? Removed keys cannot be "
               "brought "
               "back, and the deletion can then not be undone.",
                nullptr, int(environment.secretSlots.size()))
                .arg(name),
            tr("Remove Keys Too"));
    const auto onChange = [this] { Q_EMIT changed(); };
    const auto onError
        = [this](const QString &error) { m_prompter.showError(m_window, tr("Delete Environment"), error); };
    if (!dropKeys) {
        const int before = m_undo.count();
        m_undo.push(new EnvironmentDeleteCommand(
            tr("Delete environment \u201c%1\u201d").arg(name), m_workspace, environment, onChange, onError));
        if (m_undo.count() > before) {
            Q_EMIT removed(name);
            Q_EMIT status(tr("Deleted %1; its keys are kept \u2014 Ctrl+Z brings it back").arg(name), 8000);
        }
        return;
    }
    if (Status removedFile = WorkspaceStore::removeEnvironment(m_workspace, name); !removedFile)
        return onError(removedFile.error());
    removeKeys(environment);
    Q_EMIT removed(name);
    Q_EMIT changed();
    Q_EMIT status(tr("Deleted %1 and its keys.").arg(name), 8000);
}

void EnvironmentFiles::removeKeys(const Environment &environment)
{
    // A sign-in and the cookies go with it.
    for (const QString &slot : EnvironmentKeychain::slotsOf(environment)) {
        const SecretKey key {m_workspace.id, environment.name, slot};
        SecretJob *job = m_secrets.remove(key, this);
        connect(job, &SecretJob::finished, this, [this, key](SecretJob *done) {
            if (!done->succeeded() && done->result() != SecretJob::Result::NotFound)
                m_prompter.showError(m_window, tr("Delete Environment"),
                    tr("%1 could not be removed from the keychain: %2").arg(key.slot, done->errorString()));
        });
        job->start();
    }
}

} // namespace keyway::ui
