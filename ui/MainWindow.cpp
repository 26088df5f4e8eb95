#include "MainWindow.h"

#include "common/Prompter.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "core/AppPaths.h"
#include "core/NetworkSettings.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "environments/AuthChip.h"
#include "environments/EnvironmentActions.h"
#include "environments/EnvironmentBar.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentFiles.h"
#include "history/HistoryPanel.h"
#include "history/HistoryStore.h"
#include "keys/SecretClipboard.h"
#include "keys/SecureStorageIndicator.h"
#include "presets/PresetCatalog.h"
#include "runner/RunnerPage.h"
#include "sandbox/DemoWorkspace.h"
#include "session/EnvironmentSession.h"
#include "session/KeyService.h"
#include "session/ProxyPassword.h"
#include "settings/ColorScheme.h"
#include "settings/SettingsDialog.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "workspace/LocalSandbox.h"
#include "workspace/RequestFiles.h"
#include "workspace/WorkspacePanel.h"
#include "workspace/WorkspaceTransfer.h"
#include "workspace/WorkspaceTreeActions.h"

#include "view/BodyStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace keyway::ui {

MainWindow::MainWindow(
    Prompter &prompter, Settings &settings, KeyService &keys, HistoryStore &history, QWidget *parent)
    : QMainWindow(parent)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_keys(keys)
    , m_session(new EnvironmentSession(m_keys, m_network, this))
    , m_proxyPassword(new ProxyPassword(keys.raw(), settings, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_workspacePanel(new WorkspacePanel(m_splitter))
    , m_historyPanel(new HistoryPanel(history, prompter, m_splitter))
    , m_tabs(new DocumentTabs(
          prompter, [this](QWidget *owner) { return makeRequestPane(owner); }, m_splitter))
    , m_environmentBar(new EnvironmentBar(*m_session, this))
    , m_secrets(m_keys)
    , m_history(history)
    , m_undo(new QUndoStack(this))
    , m_storageIndicator(new SecureStorageIndicator(this))
    , m_workspaceLabel(new QLabel(this))
    , m_transfer(new WorkspaceTransfer(m_workspace, *m_session, m_keys, *m_tabs, prompter, this))
    , m_requestFiles(new RequestFiles(m_workspace, *m_undo, prompter, this))
    , m_environmentFiles(new EnvironmentFiles(m_workspace, m_keys, *m_undo, prompter, this))
    , m_localSandbox(new LocalSandbox(settings, m_keys, prompter, this))
    , m_environmentActions(new EnvironmentActions(
          m_workspace, *m_session, m_keys, m_network, *m_transfer, *m_tabs, prompter, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Bodies kept on disk by an instance that crashed or was killed go now; a running one's stay.
    BodyStore::removeLeftovers();
    auto *sidebar = new QTabWidget(m_splitter);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->addTab(m_workspacePanel, tr("Workspace"));
    sidebar->addTab(m_historyPanel, tr("History"));
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_tabs);
    connect(m_historyPanel, &HistoryPanel::reopenRequested, this, &MainWindow::reopen);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 940});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ProductionBanner(*m_session, central));
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    QToolBar *toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(QStringLiteral("environmentToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_environmentBar);
    connect(m_environmentBar->authChip(), &AuthChip::signInRequested, m_environmentActions,
        &EnvironmentActions::signIn);
    connect(m_transfer, &WorkspaceTransfer::reloadNeeded, this, &MainWindow::reloadWorkspace);
    connect(m_transfer, &WorkspaceTransfer::secretsStored, this, &MainWindow::secretsStored);
    connect(m_transfer, &WorkspaceTransfer::status, statusBar(), &QStatusBar::showMessage);
    connect(m_environmentBar, &EnvironmentBar::problem, this,
        [this](const QString &message) { m_prompter.showError(this, tr("Company ID"), message); });
    connect(m_session, &EnvironmentSession::environmentChanged, this, [this] {
        if (const Environment *env = m_session->environment())
            m_settings.setValue(SettingKeys::LastEnvironment, env->name);
    });
    connect(m_session, &EnvironmentSession::capturesSaved, this, [this](const QString &error, const QStringList &names) {
        if (!error.isEmpty())
            return m_prompter.showError(this, tr("Captured Values"), error);
        reloadWorkspace(); // the environment's file holds them now
        statusBar()->showMessage(tr("Kept in the environment: %1").arg(names.join(QStringLiteral(", "))), 5000);
    });
    connect(m_tabs, &DocumentTabs::currentPageChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &DocumentTabs::pageStateChanged, this, &MainWindow::updateTitle);
    connect(m_requestFiles, &RequestFiles::changed, this, &MainWindow::reloadWorkspace);
    connect(m_requestFiles, &RequestFiles::status, statusBar(), &QStatusBar::showMessage);
    m_environmentActions->setHistory(&m_history);
    connect(m_environmentActions, &EnvironmentActions::created, this, &MainWindow::showNewEnvironment);
    connect(m_environmentActions, &EnvironmentActions::changed, this, &MainWindow::reloadWorkspace);
    connect(m_environmentActions, &EnvironmentActions::status, statusBar(), &QStatusBar::showMessage);
    connect(m_localSandbox, &LocalSandbox::status, statusBar(), &QStatusBar::showMessage);
    connect(m_localSandbox, &LocalSandbox::demoReady, this, [this](const QString &dir) {
        if (openWorkspace(dir))
            showDemoStart();
    });
    m_undoGroup->addStack(m_undo);
    m_undoGroup->setActiveStack(m_undo);
    // Edit → Undo: the tab's own history (an environment's edits), else the window's file changes.
    connect(m_tabs, &DocumentTabs::pageAdded, this, [this](DocumentPage *page) {
        if (page->undoStack())
            m_undoGroup->addStack(page->undoStack());
    });
    connect(m_tabs, &DocumentTabs::currentPageChanged, this, [this](DocumentPage *page) {
        m_undoGroup->setActiveStack(page && page->undoStack() ? page->undoStack() : m_undo);
    });
    // A change to the files (a delete from the tree) is what Ctrl+Z takes back next, until the
    // user is back in an editor.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_undoGroup->setActiveStack(m_undo); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *widget = now; widget && widget != this; widget = widget->parentWidget()) {
            if (auto *page = qobject_cast<DocumentPage *>(widget); page && page->undoStack())
                return m_undoGroup->setActiveStack(page->undoStack());
        }
    });
    connect(m_environmentFiles, &EnvironmentFiles::changed, this, &MainWindow::reloadWorkspace);
    connect(m_environmentFiles, &EnvironmentFiles::status, statusBar(), &QStatusBar::showMessage);
    auto *tree = new WorkspaceTreeActions(
        m_workspacePanel->treeView(), *m_requestFiles, *m_environmentFiles, *m_tabs, this);
    connect(tree, &WorkspaceTreeActions::editEnvironmentRequested, this,
        [this](const QString &name) { editEnvironment(name); });
    connect(tree, &WorkspaceTreeActions::runRequested, this, &MainWindow::openRunner);

    m_tabs->newRequest(); // replaced by the restored tabs once a workspace is open
    createMenus();
    createStatusBar();
    restoreLayout();
    applySettings(); // proxy, extra CA file, clipboard time, history size
    watchProxyPassword();
    m_proxyPassword->load();
    updateTitle();
    m_storageIndicator->startCheck();
    reportPresetProblems();
}

MainWindow::~MainWindow() = default;

void MainWindow::reportPresetProblems()
{
    // A broken preset file of the user's is skipped; say which and why instead of hiding it.
    const QStringList problems = PresetCatalog::builtIn().problems();
    if (!problems.isEmpty())
        statusBar()->showMessage(
            tr("Skipped provider presets: %1").arg(problems.join(QStringLiteral("; "))), 30000);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createRequestMenu();
    createKeysMenu();
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_storageIndicator);
}

void MainWindow::tryLocalSandbox()
{
    m_localSandbox->start();
}

void MainWindow::showDemoStart()
{
    // The first Send works: the sandbox environment with its demo key, and a GET ready to go.
    m_session->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
    for (const RequestSpec &request : std::as_const(m_workspace.requests)) {
        if (request.name == sandbox::DemoWorkspace::firstRequest()) {
            m_tabs->openRequest(request);
            return;
        }
    }
}

bool MainWindow::openWorkspace(const QString &dir)
{
    if (QDir(dir) == QDir(demoWorkspaceDir()) && WorkspaceStore::isWorkspace(dir) && !sandboxServer())
        m_localSandbox->pointDemoAtServer(dir); // the demo talks to the embedded sandbox, on its port
    const bool isDefault = QDir(dir) == QDir(AppPaths::defaultWorkspaceDir());
    auto loaded = (isDefault && !WorkspaceStore::isWorkspace(dir))
        ? WorkspaceStore::create(dir, tr("My workspace"))
        : WorkspaceStore::load(dir);
    if (!loaded) {
        m_workspacePanel->showLoadError(loaded.error());
        m_workspaceLabel->setText(tr("No workspace open"));
        return false;
    }
    const bool sameWorkspace = loaded->id == m_workspace.id;
    if (!sameWorkspace && !m_workspace.rootPath.isEmpty()) {
        saveTabs();
        if (!m_tabs->closeAll())
            return false; // the user kept a tab with unsaved changes
    }
    m_workspace = std::move(loaded).value();
    m_workspacePanel->showWorkspace(m_workspace);
    m_workspaceLabel->setText(tr("Workspace: %1").arg(m_workspace.name));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(m_workspace.rootPath));
    const QString last = m_settings.value(SettingKeys::LastEnvironment); // before selection overwrites it
    m_session->setWorkspace(m_workspace);
    if (!sameWorkspace && m_workspace.environment(last))
        m_session->selectEnvironment(last);
    if (!sameWorkspace)
        restoreTabs();
    m_settings.setValue(SettingKeys::LastWorkspace, m_workspace.rootPath);
    updateTitle();
    return true;
}

RequestPane *MainWindow::requestPane() const
{
    return m_tabs->currentRequestPane();
}

RequestPane *MainWindow::makeRequestPane(QWidget *parent)
{
    auto *pane = new RequestPane(*m_session, m_prompter, parent);
    pane->setHistory(&m_history);
    pane->setKeyService(&m_keys);
    pane->setTimeoutSeconds(m_settings.value(SettingKeys::RequestTimeoutSeconds));
    connect(pane, &RequestPane::historyChanged, m_historyPanel, &HistoryPanel::reload);
    connect(pane, &RequestPane::setSecretRequested, m_environmentActions, &EnvironmentActions::setMissingKey);
    if (m_pasteCurl)
        pane->composer()->urlEdit()->addAction(m_pasteCurl);
    return pane;
}

void MainWindow::restoreTabs()
{
    const QStringList keys = m_settings.value(SettingKeys::OpenTabs);
    const bool sameWorkspace = m_settings.value(SettingKeys::OpenTabsWorkspace) == m_workspace.rootPath;
    for (const QString &key : sameWorkspace ? keys : QStringList {}) {
        for (const RequestSpec &request : std::as_const(m_workspace.requests)) {
            if (RequestPane::keyOf(request) == key)
                m_tabs->openRequest(request);
        }
        for (const Environment &environment : std::as_const(m_workspace.environments)) {
            if (EnvironmentEditor::keyOf(environment.name) == key)
                editEnvironment(environment.name, false);
        }
    }
    if (const int current = m_settings.value(SettingKeys::CurrentTab); sameWorkspace && current >= 0)
        if (DocumentPage *page = m_tabs->pageWithKey(keys.value(current)))
            m_tabs->setCurrentWidget(page);
}

void MainWindow::saveTabs()
{
    m_settings.setValue(SettingKeys::OpenTabs, m_tabs->openKeys());
    m_settings.setValue(SettingKeys::CurrentTab, m_tabs->currentKeyIndex());
    m_settings.setValue(SettingKeys::OpenTabsWorkspace, m_workspace.rootPath);
}

void MainWindow::updateTitle()
{
    const DocumentPage *page = m_tabs->currentPage();
    QString title = m_workspace.name.isEmpty() ? QStringLiteral("Keyway")
                                               : tr("%1 \u2014 Keyway").arg(m_workspace.name);
    const auto *pane = qobject_cast<const RequestPane *>(page);
    if (page && !(pane && pane->isBlank()))
        title.prepend(
            page->title() + (page->isModified() ? QStringLiteral(" \u2022 ") : QStringLiteral(" \u2014 ")));
    setWindowTitle(title);
}

void MainWindow::reopen(const HistoryEntry &entry)
{
    if (m_workspace.environment(entry.environment))
        m_session->selectEnvironment(entry.environment);
    // As it was sent, in a tab of its own: saving it asks for a name, so no saved request is overwritten.
    RequestSpec request = entry.request;
    request.name.clear();
    request.collection.clear();
    m_tabs->newRequest(request)->markModified();
}

void MainWindow::saveCurrent()
{
    if (auto *editor = qobject_cast<EnvironmentEditor *>(m_tabs->currentPage()))
        return editor->save();
    RequestPane *pane = requestPane();
    if (!pane)
        return;
    if (const auto saved = m_requestFiles->save(pane->request()))
        pane->markSaved(*saved);
}

void MainWindow::editEnvironment(const QString &name, bool select)
{
    m_environmentActions->edit(name, select);
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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_prompter, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, [this, dialog] {
        applySettings();
        m_proxyPassword->save(dialog->proxyPassword());
    });
    dialog->open();
}

void MainWindow::applySettings()
{
    for (DocumentPage *page : m_tabs->pages()) {
        if (auto *pane = qobject_cast<RequestPane *>(page))
            pane->setTimeoutSeconds(m_settings.value(SettingKeys::RequestTimeoutSeconds));
    }
    m_history.setBodyLimit(m_settings.value(SettingKeys::HistoryBodyLimitBytes));
    m_session->setRefreshMarginSeconds(m_settings.value(SettingKeys::RefreshMarginSeconds));
    SecretClipboard::setDefaultClearAfter(m_settings.value(SettingKeys::ClipboardClearSeconds) * 1000);
    ColorScheme::apply(m_settings.value(SettingKeys::ColorScheme));
    if (Status network = NetworkSettings::apply(m_settings, m_network); !network)
        m_prompter.showError(this, tr("Settings"), network.error());
}

void MainWindow::watchProxyPassword()
{
    connect(m_proxyPassword, &ProxyPassword::loaded, this, [this](const QString &password) {
        (void)NetworkSettings::apply(m_settings, m_network, password); // problems were shown already
    });
    connect(m_proxyPassword, &ProxyPassword::moved, this, [this] {
        statusBar()->showMessage(tr("The proxy password was moved from the settings file into the keychain."), 8000);
    });
    connect(m_proxyPassword, &ProxyPassword::failed, this,
        [this](const QString &reason) { statusBar()->showMessage(reason, 15000); });
}

void MainWindow::showNewEnvironment(const QString &name)
{
    reloadWorkspace();
    m_session->selectEnvironment(name);
    statusBar()->showMessage(tr("Environment %1 is ready.").arg(name), 5000);
}

void MainWindow::reloadWorkspace()
{
    if (m_workspace.rootPath.isEmpty())
        return;
    openWorkspace(m_workspace.rootPath);
    for (DocumentPage *page : m_tabs->pages()) {
        if (auto *editor = qobject_cast<EnvironmentEditor *>(page))
            editor->setWorkspace(m_workspace);
        if (auto *runner = qobject_cast<RunnerPage *>(page))
            runner->setWorkspace(m_workspace);
    }
}

void MainWindow::openRunner(const QString &folder)
{
    m_tabs->openPage(RunnerPage::keyOf(folder),
        [this, folder](QWidget *owner) { return new RunnerPage(*m_session, m_prompter, m_workspace, folder, owner); });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keyway"),
        tr("<h3>Keyway %1</h3><p>API explorer and key manager. Secrets stay in your system keychain.</p>")
            .arg(QString::fromLatin1(Version)));
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(SettingKeys::WindowGeometry)))
        resize(1280, 780); // first start: room for tree, composer, preview and response
    restoreState(m_settings.value(SettingKeys::WindowState));
    m_splitter->restoreState(m_settings.value(SettingKeys::SplitterState));
    m_tabs->setSplitterStates(m_settings.value(SettingKeys::RequestSplitterState),
        m_settings.value(SettingKeys::RequestSplitterStackedState));
    const auto mode = RequestPane::layoutModeFromName(m_settings.value(SettingKeys::RequestLayout));
    for (QAction *action : m_layoutActions->actions())
        action->setChecked(action->data().toInt() == int(mode));
    m_tabs->setLayoutMode(mode);
}

void MainWindow::addLayoutMenu(QMenu *view)
{
    // Request and response side by side or stacked; automatic follows the window's width.
    QMenu *layout = view->addMenu(tr("&Layout"));
    m_layoutActions = new QActionGroup(this);
    const std::pair<RequestPane::LayoutMode, QString> modes[] {
        {RequestPane::LayoutMode::Automatic, tr("&Automatic")},
        {RequestPane::LayoutMode::SideBySide, tr("&Side by Side")},
        {RequestPane::LayoutMode::Stacked, tr("S&tacked")}};
    for (const auto &[mode, text] : modes) {
        QAction *action = layout->addAction(text);
        action->setCheckable(true);
        action->setData(int(mode));
        action->setObjectName(QStringLiteral("layout") + RequestPane::layoutModeName(mode));
        m_layoutActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] {
            m_settings.setValue(SettingKeys::RequestLayout, RequestPane::layoutModeName(mode));
            m_tabs->setLayoutMode(mode);
        });
    }
}

void MainWindow::saveLayout()
{
    m_settings.setValue(SettingKeys::WindowGeometry, saveGeometry());
    m_settings.setValue(SettingKeys::WindowState, saveState());
    m_settings.setValue(SettingKeys::SplitterState, m_splitter->saveState());
    if (const RequestPane *pane = requestPane()) {
        m_settings.setValue(SettingKeys::RequestSplitterState, pane->splitterState(Qt::Horizontal));
        m_settings.setValue(SettingKeys::RequestSplitterStackedState, pane->splitterState(Qt::Vertical));
    }
    saveTabs();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const auto pages = m_tabs->pages();
    const int unsaved = int(std::count_if(
        pages.cbegin(), pages.cend(), [](const DocumentPage *page) { return page->isModified(); }));
    if (unsaved > 0
        && !m_prompter.confirm(this, tr("Quit Keyway?"),
            tr("Unsaved changes in %n open tab(s).", nullptr, unsaved), tr("Quit Anyway"))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace keyway::ui
