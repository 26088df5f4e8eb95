#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "response/ResponseView.h"
#include "sandbox/DemoWorkspace.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "tabs/DocumentTabs.h"
#include "TreeSearch.h"
#include "TriggerAction.h"
#include "workspace/WorkspacePanel.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyway;
using namespace keyway::ui;

// Requests in tabs, driven as a person would: through the tree, the Send button and the menu's keys.
class TestRequestTabs : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    HistoryStore m_history;
    QTemporaryDir m_home;
    KeyService m_keys {m_secrets, m_home.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says

    static void clickSend(MainWindow &window)
    {
        QSignalSpy sent(window.requestPane(), &RequestPane::sent);
        QTest::mouseClick(window.requestPane()->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(sent.wait(20'000));
    }

    static QStringList tabTitles(const DocumentTabs *tabs)
    {
        QStringList titles;
        for (int index = 0; index < tabs->count(); ++index)
            titles << tabs->tabText(index);
        return titles;
    }

    std::unique_ptr<MainWindow> openDemo(Settings &settings)
    {
        auto window = std::make_unique<MainWindow>(m_prompter, settings, m_keys, m_history);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8()); }

    void tabsKeepTheirResponsesAndComeBack()
    {
        Settings settings(m_home.filePath(QStringLiteral("keyway.conf")));
        auto window = openDemo(settings);
        triggerAction(*window, "tryLocalSandbox");
        QTRY_COMPARE_WITH_TIMEOUT(window->workspace().name, QStringLiteral("Keyway sandbox demo"), 10'000);
        QTRY_VERIFY(window->session()->secretsLoaded());
        DocumentTabs *tabs = window->tabs();
        QCOMPARE(tabTitles(tabs), QStringList {QStringLiteral("List accounts")});
        clickSend(*window);
        QVERIFY(window->requestPane()->responseView()->statusText().startsWith(QLatin1String("200")));

        // A double-click opens a tab to keep; a single click previews in one reusable tab.
        QTreeView *tree = window->workspacePanel()->treeView();
        Q_EMIT tree->activated(findInTree(tree->model(), QStringLiteral("Verify key")));
        QCOMPARE(tabs->count(), 2);
        clickSend(*window);
        const QString verifyStatus = window->requestPane()->responseView()->statusText();
        Q_EMIT tree->clicked(findInTree(tree->model(), QStringLiteral("Create invoice")));
        QCOMPARE(tabs->count(), 3);
        QVERIFY(tabs->isPreview(tabs->currentPage()));
        Q_EMIT tree->clicked(findInTree(tree->model(), QStringLiteral("Create invoice - missing amount")));
        QCOMPARE(tabs->count(), 3); // the preview tab was reused
        QCOMPARE(window->requestPane()->request().name, QStringLiteral("Create invoice - missing amount"));
        QCOMPARE(window->requestPane()->composer()->tabs()->currentIndex(), int(RequestComposer::BodyPage));

        // An edit pins the preview and marks the tab.
        window->requestPane()->composer()->bodyEdit()->setPlainText(
            QStringLiteral("{\"customer\": \"edited\"}"));
        QVERIFY(!tabs->isPreview(tabs->currentPage()));
        QVERIFY(tabs->tabText(tabs->currentIndex()).endsWith(QStringLiteral("\u25cf")));
        QVERIFY(window->windowTitle().contains(QStringLiteral("\u2022")));

        // Each tab kept its own answer.
        tabs->setCurrentIndex(0);
        QVERIFY(window->requestPane()->responseView()->statusText().startsWith(QLatin1String("200")));
        tabs->setCurrentIndex(1);
        QCOMPARE(window->requestPane()->responseView()->statusText(), verifyStatus);

        // Ctrl+W on the edited tab asks; keeping it keeps it, closing it can be undone with Ctrl+Shift+T.
        tabs->setCurrentIndex(2);
        m_prompter.confirmations.clear();
        m_prompter.confirmAnswer = false;
        triggerAction(*window, "closeTabAction");
        QCOMPARE(m_prompter.confirmations.size(), 1);
        QCOMPARE(tabs->count(), 3);
        m_prompter.confirmAnswer = true;
        triggerAction(*window, "closeTabAction");
        QCOMPARE(tabs->count(), 2);
        triggerAction(*window, "reopenTabAction");
        QCOMPARE(tabs->count(), 3);
        QVERIFY(window->requestPane()->isModified());
        QVERIFY(
            window->requestPane()->composer()->bodyEdit()->toPlainText().contains(QLatin1String("edited")));
        // Closing an unchanged tab asks nothing.
        tabs->setCurrentIndex(1);
        m_prompter.confirmations.clear();
        triggerAction(*window, "closeTabAction");
        QVERIFY(m_prompter.confirmations.isEmpty());
        QCOMPARE(tabTitles(tabs),
            (QStringList {
                QStringLiteral("List accounts"), QStringLiteral("Create invoice - missing amount \u25cf")}));

        // Ctrl+Tab cycles.
        triggerAction(*window, "nextTabAction");
        QCOMPARE(tabs->currentIndex(), 0);

        // The saved requests among the tabs come back on the next start, in order.
        m_prompter.confirmAnswer = true; // quit with the unsaved edit
        const int total = window->requestPane()->splitter()->sizes().value(0)
            + window->requestPane()->splitter()->sizes().value(1);
        window->requestPane()->splitter()->setSizes(
            {total / 4, total - total / 4}); // the user drags the handle
        QVERIFY(window->close());
        window.reset();
        auto again = openDemo(settings);
        QVERIFY(again->openWorkspace(MainWindow::demoWorkspaceDir()));
        QCOMPARE(tabTitles(again->tabs()),
            (QStringList {
                QStringLiteral("List accounts"), QStringLiteral("Create invoice - missing amount")}));
        QCOMPARE(again->tabs()->currentIndex(), 0);
        const QList<int> sizes = again->requestPane()->splitter()->sizes(); // and where the handle was
        QVERIFY2(sizes.value(0) * 2 < sizes.value(1),
            qPrintable(QStringLiteral("%1 / %2").arg(sizes.value(0)).arg(sizes.value(1))));
    }

    void closingTheLastTabLeavesANewRequest()
    {
        Settings settings(m_home.filePath(QStringLiteral("last.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QCOMPARE(window.tabs()->count(), 1);
        triggerAction(window, "newRequestAction");
        QCOMPARE(window.tabs()->count(), 2);
        triggerAction(window, "closeTabAction");
        triggerAction(window, "closeTabAction");
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.requestPane()->isBlank());
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("New request"));
    }
};

QTEST_MAIN(TestRequestTabs)
#include "tst_requesttabs.moc"
