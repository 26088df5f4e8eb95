#pragma once

#include "model/Workspace.h"

#include <QObject>

class QNetworkAccessManager;
class QWidget;

namespace keyway {
class KeyService;
class EnvironmentSession;
class HistoryStore;
class SecretStore;
class Settings;
} // namespace keyway

namespace keyway::ui {

class DocumentTabs;
class Prompter;
class SecureStorageIndicator;
class WorkspaceTransfer;

// The Keys menu's ways to make an environment and to sign in: the New Environment wizard, a
// duplicate as the other kind (new keys asked for, none copied), the sign-in window and the
// environment's cookies.
class EnvironmentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentActions)

public:
    EnvironmentActions(const Workspace &workspace, EnvironmentSession &session, KeyService &secrets,
        QNetworkAccessManager &network, WorkspaceTransfer &transfer, DocumentTabs &tabs, Prompter &prompter,
        QWidget *window);

    void newEnvironment();
    void duplicateEnvironment();
    void signIn();
    // The active environment's cookies: view, edit, delete, clear.
    void showCookies();
    // Opens (or shows) the environment's editor tab, selecting the environment first when asked.
    void edit(const QString &name, bool select = true);
    // The Wire tab's "Set…" for a key missing from the keychain: asked for in the editor.
    void setMissingKey(const QString &slot);
    void setHistory(HistoryStore *history) { m_history = history; }
    // The key manager, modal; it follows the keychain's state and keeps the rotation reminder.
    void manageKeys(Settings &settings, SecureStorageIndicator &storage);

Q_SIGNALS:
    void created(const QString &environment); // its file and keys are written
    void changed(); // an editor saved its environment or changed its keys: reload
    void status(const QString &message, int timeoutMs);

private:
    const Workspace &m_workspace;
    EnvironmentSession &m_session;
    KeyService &m_secrets; // every key write keeps its dates and drops dependent tokens
    QNetworkAccessManager &m_network;
    WorkspaceTransfer &m_transfer;
    DocumentTabs &m_tabs;
    HistoryStore *m_history = nullptr;
    Prompter &m_prompter;
    QWidget *m_window;
};

} // namespace keyway::ui
