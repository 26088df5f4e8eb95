#include "composer/GraphQlEditor.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "EnglishPlurals.h"
#include "history/HistoryStore.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/EnvironmentSession.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QAction>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTabWidget>
#include <QTreeWidget>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The GraphQL editor with its endpoint's schema (issue 14 item 1): fetched by introspection the
// first time GraphQL is used for an endpoint (through the environment's own token), cached for
// the next time, completing fields as you type and listing the types in the docs panel.
class TestGraphQlSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    sandbox::SandboxServer m_server;
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_home.filePath(QStringLiteral("key-dates.json"))};
    HistoryStore m_history;
    QTranslator m_plurals; // "9 types", as the window says it

    Workspace makeStorefront()
    {
        Workspace workspace = WorkspaceStore::create(m_home.filePath(QStringLiteral("ws")), QStringLiteral("Store")).value();
        Environment env;
        env.name = QStringLiteral("storefront");
        env.baseUrl = m_server.baseUrl().toString();
        env.addSecretSlot(QStringLiteral("access_token"));
        env.auth.kind = AuthKind::TokenExchange;
        env.auth.tokenUrl = env.baseUrl + QStringLiteral("/stores/demo1/v3/storefront/api-token");
        env.auth.tokenBody = TokenBodyEncoding::Json;
        env.auth.tokenHeaders = {{QStringLiteral("X-Auth-Token"), QStringLiteral("{{secret.access_token}}")}};
        env.auth.params = {{QStringLiteral("channel_id"), QStringLiteral("1"), true, true},
            {QStringLiteral("expires_at"), QStringLiteral("{{$timestamp+86400}}"), true, true}};
        env.auth.tokenPath = QStringLiteral("data.token");
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        (void)runSecretJob(m_secrets.write({workspace.id, env.name, QStringLiteral("access_token")}, DemoCredentials::storeToken()));
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    static GraphQlEditor *openGraphQl(MainWindow &window)
    {
        window.tabs()->newRequest({});
        RequestComposer *composer = window.requestPane()->composer();
        composer->methodBox()->setCurrentText(QStringLiteral("POST"));
        composer->urlEdit()->setText(QStringLiteral("/graphql"));
        composer->bodyModeBox()->setCurrentIndex(int(RequestSpec::BodyMode::GraphQl));
        for (int index = 0; index < composer->tabs()->count(); ++index) {
            if (composer->tabs()->tabText(index).remove(QLatin1Char('&')) == QLatin1String("Body"))
                composer->tabs()->setCurrentIndex(index);
        }
        return composer->graphqlEditor();
    }

private Q_SLOTS:
    void initTestCase()
    {
        keepForLeakCheck(m_home);
        QVERIFY(installEnglishPlurals(m_plurals));
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_server.start());
    }

    void theSchemaIsFetchedOnFirstUseCachedAndCompletes()
    {
        const Workspace workspace = makeStorefront();
        Settings settings(m_home.filePath(QStringLiteral("keyway.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        window.session()->selectEnvironment(QStringLiteral("storefront"));
        QTRY_VERIFY(window.session()->secretsLoaded());
        window.show();

        GraphQlEditor *editor = openGraphQl(window);
        QTRY_VERIFY_WITH_TIMEOUT(editor->schemaStatus()->text().contains(QLatin1String("fetched now")), 15'000);
        QVERIFY2(editor->schemaStatus()->text().contains(QLatin1String("9 types")), qPrintable(editor->schemaStatus()->text()));
        // The docs panel lists the types with their fields.
        QVERIFY(!editor->docs()->findItems(QStringLiteral("Product"), Qt::MatchExactly).isEmpty());
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("showGraphqlDocs")), Qt::LeftButton);
        QVERIFY(editor->docs()->isVisible());

        // Typing a field offers the ones of that selection set.
        QPlainTextEdit *query = editor->queryEdit();
        query->setFocus();
        query->setPlainText(QStringLiteral("{ site { pro"));
        query->moveCursor(QTextCursor::End);
        editor->complete(false);
        QTRY_VERIFY(editor->completer()->popup()->isVisible());
        QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("products"));
        QVERIFY(editor->completer()->popup()->currentIndex().isValid());
        // Enter takes the chosen word (the list has the keyboard while it shows).
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
        QCOMPARE(query->toPlainText(), QStringLiteral("{ site { products"));
        // Typing a word offers what fits without asking.
        query->setPlainText(QStringLiteral("{ site { "));
        query->moveCursor(QTextCursor::End);
        QTest::keyClicks(query, QStringLiteral("se"));
        QTRY_VERIFY(editor->completer()->popup()->isVisible());
        QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("settings"));
        // Escape closes the list and leaves the text as typed (not the window's Cancel).
        QSignalSpy cancelled(window.findChild<QAction *>(QStringLiteral("cancelAction")), &QAction::triggered);
        QTest::keyClick(editor->completer()->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!editor->completer()->popup()->isVisible());
        QCOMPARE(query->toPlainText(), QStringLiteral("{ site { se"));
        QCOMPARE(cancelled.count(), 0);
        // With the list closed, Escape is the window's Cancel again.
        QTest::keyClick(query, Qt::Key_Escape);
        QCOMPARE(cancelled.count(), 1);
        // Ctrl+Space asks without a word begun.
        query->setPlainText(QStringLiteral("{ site { settings { "));
        query->moveCursor(QTextCursor::End);
        QTest::keyClick(query, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(editor->completer()->popup()->isVisible());
        QCOMPARE(static_cast<QStringListModel *>(editor->completer()->model())->stringList(), QStringList {QStringLiteral("storeName")});
        editor->completer()->popup()->hide();

        // Another request to the same endpoint finds it in the cache at once.
        GraphQlEditor *second = openGraphQl(window);
        QVERIFY2(second->schemaStatus()->text().contains(QLatin1String("fetched")), qPrintable(second->schemaStatus()->text()));
        QVERIFY(!second->schemaStatus()->text().contains(QLatin1String("now")));
    }
};

QTEST_MAIN(TestGraphQlSchema)
#include "tst_graphqlschema.moc"
