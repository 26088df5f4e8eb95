#pragma once

#include "composer/RequestPane.h"
#include "model/Workspace.h"
#include "session/KeyService.h"
#include "workspace/LocalSandbox.h"

#include <memory>
#include <optional>
#include <QMainWindow>
#include <QNetworkAccessManager>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QUndoGroup;
class QUndoStack;

namespace keyway {
namespace sandbox {
class SandboxServer;
}
class EnvironmentSession;
class HistoryStore;
struct HistoryEntry;
class ProxyPassword;
class SecretStore;
class Settings;
} // namespace keyway

namespace keyway::ui {

class DocumentTabs;
class EnvironmentActions;
class EnvironmentBar;
class EnvironmentFiles;
class HistoryPanel;
class Prompter;
class RequestFiles;
class RequestPane;
class SecureStorageIndicator;
class WorkspacePanel;
class WorkspaceTransfer;

// Assembles the window: environment toolbar and production banner on top, the workspace tree on
// the left, the request pane (composer, exact preview, response) in the centre, and a status bar
// with the workspace and the state of secure storage.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `keys`: the key service in front of the keychain, with the key dates file its owner chose.
    MainWindow(Prompter &prompter, Settings &settings, KeyService &keys, HistoryStore &history,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace folder; the default workspace is created when missing.
    bool openWorkspace(const QString &dir);
    // Starts the embedded sandbox and opens the demo workspace that talks to it.
    void tryLocalSandbox();
    static QString demoWorkspaceDir() { return LocalSandbox::demoWorkspaceDir(); }
    sandbox::SandboxServer *sandboxServer() const { return m_localSandbox->server(); }
    const Workspace &workspace() const { return m_workspace; }

    SecureStorageIndicator *secureStorageIndicator() const { return m_storageIndicator; }
    WorkspacePanel *workspacePanel() const { return m_workspacePanel; }
    // The request of the current tab (none while an environment's tab is in front).
    RequestPane *requestPane() const;
    DocumentTabs *tabs() const { return m_tabs; }
    RequestFiles *requestFiles() const { return m_requestFiles; }
    EnvironmentFiles *environmentFiles() const { return m_environmentFiles; }
    EnvironmentBar *environmentBar() const { return m_environmentBar; }
    EnvironmentSession *session() const { return m_session; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    // The keys typed for an imported environment are in the keychain (or were refused).
    void secretsStored(const QString &environment);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // In MainWindowMenus.cpp, one per menu.
    void createFileMenu();
    void createEditMenu();
    void createRequestMenu();
    void createKeysMenu();
    void createViewMenu();
    void createHelpMenu();
    void createStatusBar();
    void reportPresetProblems();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    RequestPane *makeRequestPane(QWidget *parent);
    void restoreTabs();
    void saveTabs();
    void addLayoutMenu(QMenu *view);

    void newWorkspace();
    void chooseWorkspace();
    void reloadWorkspace();
    void showSettings();
    void applySettings();
    void watchProxyPassword();
    void showNewEnvironment(const QString &name);
    void saveCurrent();
    // Selects the environment and opens (or shows) its editor tab.
    void editEnvironment(const QString &name, bool select = true);
    // Opens (or shows) the runner tab of a request folder; "" for all requests.
    void openRunner(const QString &folder);
    void reopen(const HistoryEntry &entry);
    void showAbout();
    void showDemoStart();

    Prompter &m_prompter;
    Settings &m_settings;
    QNetworkAccessManager m_network;
    KeyService &m_keys; // every key write goes through it: dates, and tokens dropped with the key
    EnvironmentSession *m_session;
    ProxyPassword *m_proxyPassword;
    Workspace m_workspace;
    QSplitter *m_splitter;
    WorkspacePanel *m_workspacePanel;
    HistoryPanel *m_historyPanel;
    DocumentTabs *m_tabs;
    EnvironmentBar *m_environmentBar;
    SecretStore &m_secrets;
    HistoryStore &m_history;
    QUndoStack *m_undo;
    SecureStorageIndicator *m_storageIndicator;
    QLabel *m_workspaceLabel;
    WorkspaceTransfer *m_transfer;
    RequestFiles *m_requestFiles;
    EnvironmentFiles *m_environmentFiles;
    LocalSandbox *m_localSandbox;
    EnvironmentActions *m_environmentActions;
    QUndoGroup *m_undoGroup; // the window's file changes, or the environment editor in front
    QAction *m_pasteCurl = nullptr; // added to every request tab's URL field
    QActionGroup *m_layoutActions = nullptr;
};

} // namespace keyway::ui
