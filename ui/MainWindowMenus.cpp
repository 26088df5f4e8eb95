// MainWindow's menus, one function per menu: what each holds, with its shortcuts and names.
#include "MainWindow.h"

#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/SnippetDialog.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "environments/EnvironmentActions.h"
#include "response/ResponseView.h"
#include "runner/RunnerPage.h"
#include "session/EnvironmentSession.h"
#include "settings/ShortcutsDialog.h"
#include "tabs/DocumentTabs.h"
#include "workspace/WorkspacePanel.h"
#include "workspace/WorkspaceTransfer.h"

#include <QApplication>
#include <QMenuBar>
#include <QUndoGroup>

namespace keyway::ui {

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New Request"), this, [this] { m_tabs->newRequest(); });
    newRequest->setShortcuts({QKeySequence::New, QKeySequence::AddTab});
    newRequest->setObjectName(QStringLiteral("newRequestAction"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::saveCurrent)
        ->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("&Close Tab"), QKeySequence(Qt::CTRL | Qt::Key_W), this,
            [this] { m_tabs->closeTab(m_tabs->currentIndex()); })
        ->setObjectName(QStringLiteral("closeTabAction"));
    file->addAction(tr("Reopen Closed &Tab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), m_tabs,
            &DocumentTabs::reopenClosed)
        ->setObjectName(QStringLiteral("reopenTabAction"));
    file->addSeparator();
    file->addAction(tr("New &Workspace\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
        &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace\u2026"), QKeySequence::Open, this, &MainWindow::chooseWorkspace);
    file->addAction(tr("&Reload Workspace"), QKeySequence::Refresh, this, &MainWindow::reloadWorkspace);
    file->addAction(tr("&Import\u2026"), QKeySequence(Qt::CTRL | Qt::Key_I), m_transfer,
            &WorkspaceTransfer::importBundle)
        ->setObjectName(QStringLiteral("importAction"));
    file->addAction(tr("&Export Workspace\u2026"), this, [this] { m_transfer->exportBundle(false); })
        ->setObjectName(QStringLiteral("exportWorkspace"));
    file->addAction(tr("Export &Environment\u2026"), this, [this] { m_transfer->exportBundle(true); })
        ->setObjectName(QStringLiteral("exportEnvironment"));
    file->addSeparator();
    file->addAction(tr("Try the Local &Sandbox"), this, &MainWindow::tryLocalSandbox)
        ->setObjectName(QStringLiteral("tryLocalSandbox"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    edit->addSeparator();
    edit->addAction(
            tr("&Settings\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::showSettings)
        ->setObjectName(QStringLiteral("settingsAction"));
}

void MainWindow::createRequestMenu()
{
    QMenu *request = menuBar()->addMenu(tr("&Request"));
    QAction *send = request->addAction(tr("&Send"), this, [this] {
        if (RequestPane *pane = requestPane())
            pane->send();
        else if (auto *runner = qobject_cast<RunnerPage *>(m_tabs->currentPage()))
            runner->run(); // in a runner tab, the same keys start the run
    });
    send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    send->setObjectName(QStringLiteral("sendAction"));
    QAction *cancel = request->addAction(tr("&Cancel"), this, [this] {
        if (RequestPane *pane = requestPane())
            pane->cancel();
        else if (auto *runner = qobject_cast<RunnerPage *>(m_tabs->currentPage()))
            runner->stop();
    });
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setObjectName(QStringLiteral("cancelAction"));

    request
        ->addAction(tr("&Run Folder\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
            [this] { openRunner(requestPane() ? requestPane()->request().collection : QString()); })
        ->setObjectName(QStringLiteral("runFolderAction"));

    QAction *pasteCurl
        = request->addAction(tr("&Paste cURL Command"), m_transfer, &WorkspaceTransfer::pasteCurl);
    pasteCurl->setObjectName(QStringLiteral("pasteCurl"));
    pasteCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteCurl->setShortcutContext(Qt::WidgetShortcut); // in each URL field; elsewhere it is the menu
    m_pasteCurl = pasteCurl;
    for (DocumentPage *page : m_tabs->pages()) {
        if (auto *pane = qobject_cast<RequestPane *>(page))
            pane->composer()->urlEdit()->addAction(pasteCurl);
    }

    request
        ->addAction(tr("Copy as c&URL"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), m_transfer,
            &WorkspaceTransfer::copyAsCurl)
        ->setObjectName(QStringLiteral("copyAsCurl"));
    request
        ->addAction(tr("&Generate Code\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), this,
            [this] {
                auto *dialog = new SnippetDialog(
                    *m_session, requestPane() ? requestPane()->request() : RequestSpec {}, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            })
        ->setObjectName(QStringLiteral("generateCode"));

    request
        ->addAction(tr("Save Response &Body\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S), this,
            [this] {
                if (RequestPane *pane = requestPane())
                    pane->responseView()->saveBody();
            })
        ->setObjectName(QStringLiteral("saveResponseBody"));
    QAction *find = request->addAction(tr("&Find in Response"), this, [this] {
        if (RequestPane *pane = requestPane())
            pane->responseView()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::createKeysMenu()
{
    QMenu *keys = menuBar()->addMenu(tr("&Keys"));
    keys->addAction(tr("New &Environment\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            m_environmentActions, &EnvironmentActions::newEnvironment)
        ->setObjectName(QStringLiteral("newEnvironment"));
    keys->addAction(tr("Ed&it Environment"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
            [this] {
                if (const Environment *env = m_session->environment())
                    editEnvironment(env->name);
            })
        ->setObjectName(QStringLiteral("editEnvironment"));
    keys->addAction(tr("D&uplicate Environment as the Other Kind\u2026"), m_environmentActions,
            &EnvironmentActions::duplicateEnvironment)
        ->setObjectName(QStringLiteral("duplicateEnvironment"));
    keys->addAction(tr("&Sign In\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
            m_environmentActions, &EnvironmentActions::signIn)
        ->setObjectName(QStringLiteral("signInAction"));
    keys->addAction(tr("&Cookies\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), m_environmentActions,
            &EnvironmentActions::showCookies)
        ->setObjectName(QStringLiteral("cookiesAction"));
    keys->addSeparator();
    keys->addAction(tr("&Manage Keys\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, [this] {
        m_environmentActions->manageKeys(m_settings, *m_storageIndicator);
        reloadWorkspace(); // deleted keys change the environment files
    });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Filter Workspace"), QKeySequence(Qt::CTRL | Qt::Key_K), m_workspacePanel,
        &WorkspacePanel::focusFilter);
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Tab"), this, [this] { m_tabs->cycle(1); });
    next->setObjectName(QStringLiteral("nextTabAction"));
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction *previous = view->addAction(tr("&Previous Tab"), this, [this] { m_tabs->cycle(-1); });
    previous->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    addLayoutMenu(view);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this,
            [this] {
                ShortcutsDialog dialog(menuBar(), this);
                dialog.exec();
            })
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(tr("&About Keyway"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace keyway::ui
