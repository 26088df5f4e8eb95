#include "MainWindow.h"

#include "core/AppPaths.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "Prompter.h"
#include "SecureStorageIndicator.h"
#include "storage/WorkspaceStore.h"
#include "WorkspacePanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace keyway::ui {

MainWindow::MainWindow(Prompter &prompter, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_workspacePanel(new WorkspacePanel(m_splitter))
    , m_storageIndicator(new SecureStorageIndicator(this))
    , m_workspaceLabel(new QLabel(this))
{
    setWindowTitle(QStringLiteral("Keyway"));
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->addWidget(m_workspacePanel);
    m_splitter->addWidget(createWelcomePage());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 720});
    setCentralWidget(m_splitter);
    createMenus();
    createStatusBar();
    restoreLayout();
    m_storageIndicator->startCheck();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace\u2026"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction = file->addAction(tr("&Open Workspace\u2026"), this, &MainWindow::chooseWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    QAction *reloadAction = file->addAction(tr("&Reload Workspace"), this, &MainWindow::reloadWorkspace);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *filterAction
        = view->addAction(tr("&Filter Workspace"), m_workspacePanel, &WorkspacePanel::focusFilter);
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keyway"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_storageIndicator);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QLabel(m_splitter);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setAlignment(Qt::AlignCenter);
    page->setWordWrap(true);
    page->setTextFormat(Qt::PlainText);
    page->setText(tr("No request open\n\n"
                     "Environments and saved requests of this workspace are listed on the left.\n"
                     "To add an environment and its key from a terminal:\n\n"
                     "keyway-cli env add sandbox --kind sandbox --base-url https://api.example.com\n"
                     "keyway-cli secret set sandbox api_key"));
    page->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return page;
}

bool MainWindow::openWorkspace(const QString &dir)
{
    const bool isDefault = QDir(dir) == QDir(AppPaths::defaultWorkspaceDir());
    auto loaded = (isDefault && !WorkspaceStore::isWorkspace(dir))
        ? WorkspaceStore::create(dir, tr("My workspace"))
        : WorkspaceStore::load(dir);
    if (!loaded) {
        m_workspacePanel->showLoadError(loaded.error());
        m_workspaceLabel->setText(tr("No workspace open"));
        return false;
    }
    m_workspace = std::move(loaded).value();
    m_workspacePanel->showWorkspace(m_workspace);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace.name));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace.rootPath));
    setWindowTitle(tr("%1 \u2014 Keyway").arg(m_workspace.name));
    m_settings.setValue(SettingKeys::LastWorkspace, m_workspace.rootPath);
    return true;
}

void MainWindow::newWorkspace()
{
    const QString dir = m_prompter.chooseFolder(this, tr("Folder for the New Workspace"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString name
        = m_prompter.askText(this, tr("New Workspace"), tr("Workspace name:"), QDir(dir).dirName());
    if (name.isEmpty())
        return;
    const auto created = WorkspaceStore::create(dir, name);
    if (!created) {
        m_prompter.showError(this, tr("New Workspace"), created.error());
        return;
    }
    openWorkspace(created->rootPath);
}

void MainWindow::chooseWorkspace()
{
    const QString dir = m_prompter.chooseFolder(this, tr("Open Workspace"), m_workspace.rootPath);
    if (dir.isEmpty())
        return;
    if (!WorkspaceStore::isWorkspace(dir)) {
        m_prompter.showError(this, tr("Open Workspace"),
            tr("%1 is not a Keyway workspace (it has no %2).")
                .arg(QDir::toNativeSeparators(dir), WorkspaceStore::workspaceFileName()));
        return;
    }
    openWorkspace(dir);
}

void MainWindow::reloadWorkspace()
{
    if (!m_workspace.rootPath.isEmpty())
        openWorkspace(m_workspace.rootPath);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keyway"),
        tr("<h3>Keyway %1</h3><p>API explorer and key manager. Secrets stay in your system "
           "keychain.</p>")
            .arg(QString::fromLatin1(Version)));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(SettingKeys::WindowGeometry)))
        resize(1100, 700); // first start: room for tree, composer and response
    restoreState(m_settings.value(SettingKeys::WindowState));
    m_splitter->restoreState(m_settings.value(SettingKeys::SplitterState));
}

void MainWindow::saveLayout()
{
    m_settings.setValue(SettingKeys::WindowGeometry, saveGeometry());
    m_settings.setValue(SettingKeys::WindowState, saveState());
    m_settings.setValue(SettingKeys::SplitterState, m_splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace keyway::ui
