#include "composer/PreviewModel.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "response/ErrorCard.h"
#include "response/ResponseView.h"
#include "sandbox/DemoWorkspace.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "TreeSearch.h"
#include "workspace/WorkspacePanel.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyway;
using namespace keyway::ui;

// "Try the local sandbox": the embedded sandbox, the demo workspace, a request, an error card.
class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    HistoryStore m_history;

private Q_SLOTS:
    void trySandboxSendsAndShowsAnErrorCard()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        KeyService keys(m_secrets, home.filePath(QStringLiteral("key-dates.json")));
        MainWindow window(m_prompter, settings, keys, m_history);
        window.show();
        window.findChild<QAction *>(QStringLiteral("tryLocalSandbox"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().name, QStringLiteral("Keyway sandbox demo"), 10000);
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
        QVERIFY(window.sandboxServer());
        QCOMPARE(window.workspace().rootPath, MainWindow::demoWorkspaceDir());
        QCOMPARE(window.workspace().environments.size(), 3);
        QVERIFY(window.workspace().environment(sandbox::DemoWorkspace::productionEnvironment())->kind
            == EnvironmentKind::Production);

        // It lands on success: the sandbox environment, "List accounts" open, Send one click away.
        QTRY_COMPARE(window.session()->environment()->name, sandbox::DemoWorkspace::sandboxEnvironment());
        QCOMPARE(window.requestPane()->request().name, sandbox::DemoWorkspace::firstRequest());
        QVERIFY(window.requestPane()->responseView()->statusText().contains(QLatin1String("Press Send")));
        QTRY_VERIFY(window.session()->secretsLoaded());
        QSignalSpy firstSend(window.requestPane(), &RequestPane::sent);
        QTest::mouseClick(window.requestPane()->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(firstSend.wait(20'000));
        QVERIFY2(window.requestPane()->responseView()->statusText().startsWith(QLatin1String("200")),
            qPrintable(window.requestPane()->responseView()->statusText()));
        // The demo keys have a creation date in the key manager.
        const auto dates = keys.dates().metadata(
            {window.workspace().id, sandbox::DemoWorkspace::sandboxEnvironment(), QStringLiteral("api_key")});
        QVERIFY(dates.ok() && dates->isKnown());

        // Signed out of the OAuth environment, the Wire tab says no token is there yet.
        window.session()->selectEnvironment(sandbox::DemoWorkspace::oauthEnvironment());
        QTRY_COMPARE(window.session()->credentialState().kind, CredentialState::Kind::SignInNeeded);
        QTRY_VERIFY2(window.requestPane()
                         ->previewModel()
                         ->valueOf(QStringLiteral("Authorization"))
                         .contains(QLatin1String("sign in first")),
            qPrintable(window.requestPane()->previewModel()->valueOf(QStringLiteral("Authorization"))));
        window.session()->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
        QTRY_VERIFY(window.session()->secretsLoaded());
        QTreeView *tree = window.workspacePanel()->treeView();
        const auto openAndSend = [&](const QString &name) {
            const QModelIndex index = findInTree(tree->model(), name);
            QVERIFY2(index.isValid(), qPrintable(name));
            Q_EMIT tree->activated(index);
            QSignalSpy sent(window.requestPane(), &RequestPane::sent);
            window.findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
            QVERIFY(sent.wait(20'000));
        };
        openAndSend(QStringLiteral("List accounts"));
        QVERIFY2(window.requestPane()->responseView()->statusText().startsWith(QLatin1String("200")),
            qPrintable(window.requestPane()->responseView()->statusText()));
        openAndSend(QStringLiteral("Create invoice - missing amount"));
        QVERIFY(window.requestPane()->responseView()->errorCard()->isVisible());
        QCOMPARE(window.requestPane()->responseView()->errorCard()->report().code,
            QStringLiteral("VALIDATION_ERROR"));

        // A second start finds the demo and starts the sandbox again for it.
        MainWindow again(m_prompter, settings, keys, m_history);
        QVERIFY(again.openWorkspace(MainWindow::demoWorkspaceDir()));
        QVERIFY(again.sandboxServer());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
