#include "environments/EnvironmentActions.h"

#include "common/Prompter.h"
#include "cookies/CookieDialog.h"
#include "core/Settings.h"
#include "environments/EnvironmentEditor.h"
#include "environments/NewEnvironmentWizard.h"
#include "keys/KeyManagerDialog.h"
#include "keys/SecureStorageIndicator.h"
#include "keys/SignInDialog.h"
#include "presets/EnvironmentDuplicate.h"
#include "presets/PresetCatalog.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "workspace/WorkspaceTransfer.h"
#include "session/KeyService.h"

namespace keyway::ui {

EnvironmentActions::EnvironmentActions(const Workspace &workspace, EnvironmentSession &session,
    KeyService &secrets, QNetworkAccessManager &network, WorkspaceTransfer &transfer, DocumentTabs &tabs,
    Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_session(session)
    , m_secrets(secrets)
    , m_network(network)
    , m_transfer(transfer)
    , m_tabs(tabs)
    , m_prompter(prompter)
    , m_window(window)
{
    // An editor closed with unsaved edits: the session goes back to the file.
    connect(&tabs, &DocumentTabs::pageRemoved, this, [this](DocumentPage *page) {
        if (qobject_cast<EnvironmentEditor *>(page) && page->isModified())
            Q_EMIT changed();
    });
}

void EnvironmentActions::signIn()
{
    const Environment *env = m_session.environment();
    if (!env || env->auth.kind != AuthKind::AuthorizationCode)
        return m_session.signIn(); // token grants need no browser: just ask for a token
    auto *dialog = new SignInDialog(m_session, m_secrets, m_network, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EnvironmentActions::showCookies()
{
    const Environment *env = m_session.environment();
    if (!env)
        return m_prompter.showError(m_window, tr("Cookies"), tr("Choose an environment first."));
    auto *dialog = new CookieDialog(m_session.cookieJars(), m_workspace.id, env->name, m_prompter, m_window);
    dialog->setObjectName(QStringLiteral("cookieDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EnvironmentActions::newEnvironment()
{
    if (m_workspace.rootPath.isEmpty())
        return m_prompter.showError(m_window, tr("New Environment"), tr("Open or create a workspace first."));
    // Window-modal but not blocking: the keychain and the verify call answer while it is open.
    auto *wizard
        = new NewEnvironmentWizard(
        m_workspace, m_secrets, m_network, m_session.tokenBrokers(), PresetCatalog::builtIn(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        if (!wizard->createdEnvironment().isEmpty())
            Q_EMIT created(wizard->createdEnvironment());
    });
    wizard->open();
}

void EnvironmentActions::duplicateEnvironment()
{
    const Environment *source = m_session.environment();
    if (!source)
        return m_prompter.showError(m_window, tr("Duplicate Environment"),
            tr("Choose the environment to duplicate in the toolbar first."));
    const QString name
        = m_prompter
              .askText(m_window, tr("Duplicate Environment"),
                  tr("Name of the %1 copy of %2 (its keys are not copied):")
                      .arg(environmentKindName(EnvironmentDuplicate::asOtherKind(*source, {}).kind),
                          source->name),
                  EnvironmentDuplicate::suggestedName(*source))
              .trimmed();
    if (name.isEmpty())
        return;
    const Environment copy = EnvironmentDuplicate::asOtherKind(*source, name);
    if (m_workspace.environment(name))
        return m_prompter.showError(m_window, tr("Duplicate Environment"),
            tr("The workspace already has an environment called '%1'.").arg(name));
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, copy); !saved)
        return m_prompter.showError(m_window, tr("Duplicate Environment"), saved.error());
    QHash<QString, QString> values;
    for (const QString &slot : copy.secretSlots) {
        const QString value = m_prompter.askSecret(m_window, tr("Duplicate Environment"),
            tr("Value of %1 for %2 (leave empty to add it later under Keys \u2192 Manage Keys):")
                .arg(slot, name));
        if (!value.trimmed().isEmpty())
            values.insert(slot, value.trimmed());
    }
    // The copy's file exists; show it once its keys are in the keychain (or were refused).
    connect(
        &m_transfer, &WorkspaceTransfer::secretsStored, this,
        [this, name](const QString &environment) {
            if (environment == name)
                Q_EMIT created(name);
        },
        Qt::SingleShotConnection);
    m_transfer.storeSecrets(name, values, tr("Duplicate Environment"));
}

void EnvironmentActions::manageKeys(Settings &settings, SecureStorageIndicator &storage)
{
    KeyManagerDialog dialog(m_workspace, m_secrets, m_network, m_session.tokenBrokers(), m_prompter, m_window);
    dialog.showStorageStatus(storage.status());
    dialog.setRotationReminderDays(settings.value(SettingKeys::RotationReminderDays));
    connect(&dialog, &KeyManagerDialog::rotationReminderDaysChanged, this,
        [&settings](int days) { settings.setValue(SettingKeys::RotationReminderDays, days); });
    connect(&storage, &SecureStorageIndicator::statusChanged, &dialog, &KeyManagerDialog::showStorageStatus);
    dialog.exec();
}

void EnvironmentActions::edit(const QString &name, bool select)
{
    if (!m_workspace.environment(name))
        return;
    if (select)
        m_session.selectEnvironment(name);
    m_tabs.openPage(EnvironmentEditor::keyOf(name), [this, name](QWidget *owner) {
        auto *editor = new EnvironmentEditor(m_workspace, name, m_secrets, m_history, m_prompter, owner);
        connect(editor, &EnvironmentEditor::keysChanged, this, &EnvironmentActions::changed);
        connect(editor, &EnvironmentEditor::draftChanged, &m_session, &EnvironmentSession::useUnsavedEdits);
        connect(
            editor, &EnvironmentEditor::saved, this, [this](const QString &oldName, const QString &newName) {
                const bool wasSelected = m_session.environment() && m_session.environment()->name == oldName;
                Q_EMIT changed();
                if (wasSelected)
                    m_session.selectEnvironment(newName);
                Q_EMIT status(tr("Saved environment %1.").arg(newName), 5000);
            });
        return editor;
    });
}

void EnvironmentActions::setMissingKey(const QString &slot)
{
    const Environment *env = m_session.environment();
    if (!env)
        return;
    edit(env->name);
    if (auto *editor = qobject_cast<EnvironmentEditor *>(m_tabs.currentPage()))
        editor->setKey(slot);
}

} // namespace keyway::ui
