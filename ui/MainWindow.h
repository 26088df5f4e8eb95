#pragma once

#include "model/Workspace.h"

#include <QMainWindow>

class QLabel;
class QSplitter;

namespace keyway {
class Settings;
}

namespace keyway::ui {

class Prompter;
class SecureStorageIndicator;
class WorkspacePanel;

// Assembles the window: workspace tree on the left, the work area in the centre, and a status
// bar with the workspace and the state of secure storage.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Prompter &prompter, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace folder; the default workspace is created when missing.
    bool openWorkspace(const QString &dir);
    const Workspace &workspace() const { return m_workspace; }

    SecureStorageIndicator *secureStorageIndicator() const { return m_storageIndicator; }
    WorkspacePanel *workspacePanel() const { return m_workspacePanel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    QWidget *createWelcomePage();
    void restoreLayout();
    void saveLayout();

    void newWorkspace();
    void chooseWorkspace();
    void reloadWorkspace();
    void showAbout();

    Prompter &m_prompter;
    Settings &m_settings;
    Workspace m_workspace;
    QSplitter *m_splitter;
    WorkspacePanel *m_workspacePanel;
    SecureStorageIndicator *m_storageIndicator;
    QLabel *m_workspaceLabel;
};

} // namespace keyway::ui
