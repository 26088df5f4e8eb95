#include "workspace/WorkspaceTransfer.h"

#include "common/Prompter.h"
#include "composer/RequestPane.h"
#include "composer/SnippetDialog.h"
#include "convert/AnyImport.h"
#include "convert/CurlImport.h"
#include "secrets/SecretBatchWrite.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceExport.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "session/KeyService.h"

#include <QApplication>
#include <QClipboard>

namespace keyway::ui {

WorkspaceTransfer::WorkspaceTransfer(Workspace &workspace, EnvironmentSession &session, KeyService &secrets,
    DocumentTabs &tabs, Prompter &prompter, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_session(session)
    , m_secrets(secrets)
    , m_tabs(tabs)
    , m_prompter(prompter)
    , m_window(window)
{
}

void WorkspaceTransfer::copyAsCurl()
{
    const RequestPane *pane = m_tabs.currentRequestPane();
    if (!pane)
        return;
    QString error;
    const QString code = SnippetDialog::generate(
        m_session, pane->request(), SnippetGenerator::Language::Curl, false, &error);
    if (code.isEmpty())
        return m_prompter.showError(m_window, tr("Copy as cURL"), error);
    QApplication::clipboard()->setText(code); // secrets are $KEYWAY_… variables, never values
    Q_EMIT status(tr("Copied as cURL; secrets are environment variables such as $KEYWAY_API_KEY."), 5000);
}

void WorkspaceTransfer::pasteCurl()
{
    const QString title = tr("Paste cURL Command");
    const QString text = QApplication::clipboard()->text();
    const Environment *env = m_session.environment();
    auto imported = CurlImport::parse(text, env ? env->baseUrl : QString());
    if (!imported)
        return m_prompter.showError(m_window, title,
            tr("The clipboard does not hold a usable cURL command: %1").arg(imported.error()));
    RequestSpec request = imported->request;
    bool movedAll = !imported->credentials.isEmpty();
    for (const FoundCredential &credential : std::as_const(imported->credentials)) {
        const bool move = env
            && m_prompter.confirm(m_window, title,
                tr("The command carries a key in %1. Move it into the keychain of %2? The request then uses "
                   "{{secret.%3}} and can be saved; otherwise the key stays in this unsaved request only.")
                    .arg(credential.header, env->name, credential.suggestedSlot),
                tr("Move to Keychain"));
        if (move)
            moveCredentialToKeychain(request, credential);
        movedAll = movedAll && move;
    }
    if (movedAll && QApplication::clipboard()->text() == text)
        QApplication::clipboard()->clear(); // the key is in the keychain now; do not leave a copy around
    // Into the tab in front when it is an untouched new one, else a tab of its own.
    m_tabs.openRequest(request)->markModified();
    if (!imported->notUnderstood.isEmpty())
        m_prompter.showError(m_window, title,
            tr("Imported. These options were not understood and were left out: %1")
                .arg(imported->notUnderstood.join(QStringLiteral(", "))));
}

void WorkspaceTransfer::moveCredentialToKeychain(RequestSpec &request, const FoundCredential &credential)
{
    Environment *env = m_workspace.environment(m_session.environment()->name);
    const QString slot = env->freeSecretSlot(credential.suggestedSlot);
    CurlImport::moveToSecret(request, credential, slot);
    env->addSecretSlot(slot);
    if (Status saved = WorkspaceStore::saveEnvironment(m_workspace, *env); !saved)
        return m_prompter.showError(m_window, tr("Paste cURL Command"), saved.error());
    storeSecrets(env->name, {{slot, credential.secretValue}}, tr("Paste cURL Command"));
}

void WorkspaceTransfer::exportBundle(bool currentEnvironmentOnly)
{
    const QString title = currentEnvironmentOnly ? tr("Export Environment") : tr("Export Workspace");
    const Environment *env = m_session.environment();
    if (currentEnvironmentOnly && !env)
        return m_prompter.showError(
            m_window, title, tr("Choose the environment to export in the toolbar first."));
    if (m_workspace.rootPath.isEmpty())
        return m_prompter.showError(m_window, title, tr("Open a workspace first."));
    const QString suggested
        = (currentEnvironmentOnly ? env->name : m_workspace.name) + QStringLiteral(".keyway.json");
    const QString path = m_prompter.chooseSaveFile(m_window, title, suggested);
    if (path.isEmpty())
        return;
    const ExportBundle bundle = currentEnvironmentOnly ? WorkspaceExport::ofEnvironment(m_workspace, *env)
                                                       : WorkspaceExport::ofWorkspace(m_workspace);
    if (Status written = WorkspaceExport::write(path, bundle); !written)
        return m_prompter.showError(m_window, title, written.error());
    Q_EMIT status(
        tr("Exported to %1 \u2014 secret names only; the values stay in your keychain.").arg(path), 8000);
}

void WorkspaceTransfer::importBundle()
{
    if (m_workspace.rootPath.isEmpty())
        return m_prompter.showError(m_window, tr("Import"), tr("Open a workspace to import into first."));
    const QString path = m_prompter.chooseOpenFile(m_window, tr("Import"));
    if (path.isEmpty())
        return;
    const auto read = AnyImport::read(path);
    if (!read)
        return m_prompter.showError(m_window, tr("Import"), read.error());
    const auto imported = WorkspaceExport::importInto(m_workspace, read->bundle);
    if (!imported)
        return m_prompter.showError(m_window, tr("Import"), imported.error());
    for (const QString &name : imported->environments) {
        // Keys found in the file (a Postman collection holds them in clear) go to the keychain;
        // for the others, ask now (empty: add it later).
        QHash<QString, QString> values
            = name == imported->environments.first() ? read->secrets : QHash<QString, QString>();
        for (const QString &slot : m_workspace.environment(name)->secretSlots) {
            if (values.contains(slot))
                continue;
            const QString value = m_prompter.askSecret(m_window, tr("Import"),
                tr("Value of %1 for %2 (leave empty to add it later under Keys \u2192 Manage Keys):")
                    .arg(slot, name));
            if (!value.trimmed().isEmpty())
                values.insert(slot, value.trimmed());
        }
        storeSecrets(name, values, tr("Import"));
    }
    Q_EMIT reloadNeeded();
    QStringList notes {tr("Imported %n environment(s)", nullptr, int(imported->environments.size()))
        + tr(" and %n request(s).", nullptr, imported->requests)};
    if (!read->secrets.isEmpty())
        notes << tr(
            "%n key(s) found in the file are now in the keychain; the file still holds them, so delete it "
            "if you no longer need it.",
            nullptr, int(read->secrets.size()));
    if (!imported->renamed.isEmpty())
        notes
            << tr("Renamed because the name was taken: %1").arg(imported->renamed.join(QStringLiteral(", ")));
    if (!read->unsupported.isEmpty())
        notes << tr("Left out:") + QStringLiteral("\n\u2022 ")
                + read->unsupported.join(QStringLiteral("\n\u2022 "));
    if (read->secrets.isEmpty() && read->unsupported.isEmpty())
        Q_EMIT status(notes.join(QLatin1Char(' ')), 10'000);
    else // what was moved or left out must not scroll past unseen
        m_prompter.showError(m_window, tr("Import"), notes.join(QStringLiteral("\n\n")));
}

void WorkspaceTransfer::storeSecrets(
    const QString &environment, const QHash<QString, QString> &values, const QString &title)
{
    auto *batch = new SecretBatchWrite(m_secrets, m_workspace.id, environment, values, this);
    connect(batch, &SecretBatchWrite::finished, this, [this, environment, title](SecretBatchWrite *done) {
        done->deleteLater();
        if (!done->succeeded())
            m_prompter.showError(m_window, title,
                tr("%1 was created, but its keys were not stored: %2").arg(environment, done->errorString()));
        m_session.setWorkspace(m_workspace); // the preview and the key checks read the new keys
        Q_EMIT secretsStored(environment);
    });
    batch->start();
}

} // namespace keyway::ui
