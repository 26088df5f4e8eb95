#pragma once

#include "model/Workspace.h"

#include <memory>
#include <optional>
#include <QMainWindow>
#include <QNetworkAccessManager>

class QLabel;
class QSplitter;
class QUndoStack;

namespace keyway {
namespace sandbox {
class SandboxServer;
}
class EnvironmentSession;
class HistoryStore;
struct HistoryEntry;
class SecretStore;
class Settings;
} // namespace keyway

namespace keyway::ui {

class EnvironmentBar;
class HistoryPanel;
class Prompter;
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
    MainWindow(Prompter &prompter, Settings &settings, SecretStore &secrets, HistoryStore &history,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace folder; the default workspace is created when missing.
    bool openWorkspace(const QString &dir);
    // Starts the embedded sandbox and opens the demo workspace that talks to it.
    void tryLocalSandbox();
    static QString demoWorkspaceDir();
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }
    const Workspace &workspace() const { return m_workspace; }

    SecureStorageIndicator *secureStorageIndicator() const { return m_storageIndicator; }
    WorkspacePanel *workspacePanel() const { return m_workspacePanel; }
    RequestPane *requestPane() const { return m_requestPane; }
    EnvironmentBar *environmentBar() const { return m_environmentBar; }
    EnvironmentSession *session() const { return m_session; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    QUndoStack *undoStack() const { return m_undo; }

    // Saved-request operations of the tree's context menu; each can be undone.
    void renameRequest(const RequestSpec &request);
    void duplicateRequest(const RequestSpec &request);
    void deleteRequest(const RequestSpec &request);

Q_SIGNALS:
    // The keys typed for an imported environment are in the keychain (or were refused).
    void secretsStored(const QString &environment);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void reportPresetProblems();
    void restoreLayout();
    void saveLayout();
    void updateTitle();
    void restoreLastRequest();
    static QString requestPath(const RequestSpec &request);

    void newWorkspace();
    void chooseWorkspace();
    void reloadWorkspace();
    void signIn();
    void showSettings();
    void applySettings();
    void newEnvironment();
    void duplicateEnvironment();
    void showNewEnvironment(const QString &name);
    void newRequest();
    void saveRequest();
    void openTreeItem(const QModelIndex &index);
    void showTreeMenu(const QPoint &position);
    std::optional<RequestSpec> requestAt(const QModelIndex &index) const;
    void applyRequestChange(
        const QString &text, std::optional<RequestSpec> before, std::optional<RequestSpec> after);
    void reopen(const HistoryEntry &entry);
    bool mayDiscardChanges();
    void showAbout();
    bool ensureSandboxRunning();
    void showDemoStart();

    Prompter &m_prompter;
    Settings &m_settings;
    QNetworkAccessManager m_network;
    EnvironmentSession *m_session;
    Workspace m_workspace;
    QSplitter *m_splitter;
    WorkspacePanel *m_workspacePanel;
    HistoryPanel *m_historyPanel;
    RequestPane *m_requestPane;
    EnvironmentBar *m_environmentBar;
    SecretStore &m_secrets;
    HistoryStore &m_history;
    QUndoStack *m_undo;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    SecureStorageIndicator *m_storageIndicator;
    QLabel *m_workspaceLabel;
    WorkspaceTransfer *m_transfer;
};

} // namespace keyway::ui
