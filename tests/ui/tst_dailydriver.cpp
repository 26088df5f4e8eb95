#include "common/Pill.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "core/Settings.h"
#include "environments/EnvironmentEditor.h"
#include "environments/EnvironmentFiles.h"
#include "environments/PairTable.h"
#include "history/HistoryStore.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "response/ResponseView.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/JsonFile.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TreeSearch.h"
#include "TriggerAction.h"
#include "workspace/WorkspacePanel.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace keyway;
using namespace keyway::ui;

// A day in the window, as the issue that asked for it lists it: first start and Send, requests in
// tabs, an environment edited and saved, one deleted and brought back, a request dragged into
// another folder. Everything through the window's own controls; results read back from disk.
class TestDailyDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_home.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;

private Q_SLOTS:
    void initTestCase() { keepForLeakCheck(m_home); }

    void aDayInTheWindow()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        Settings settings(m_home.filePath(QStringLiteral("keyway.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        window.show();

        // First start: the sandbox, "List accounts" open; the Send button, not a shortcut.
        triggerAction(window, "tryLocalSandbox");
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().name, QStringLiteral("Keyway sandbox demo"), 10'000);
        QTRY_VERIFY(window.session()->secretsLoaded());
        QSignalSpy sent(window.requestPane(), &RequestPane::sent);
        QTest::mouseClick(window.requestPane()->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(sent.wait(20'000));
        Pill *pill = window.requestPane()->responseView()->statusPill();
        QVERIFY2(pill->text().startsWith(QLatin1String("200")), qPrintable(pill->text()));
        QCOMPARE(pill->fill(), std::optional<QColor>(ResponseView::statusColor(200)));

        // Three requests in tabs; one edited, closed (asked), reopened with Ctrl+Shift+T.
        QTreeView *tree = window.workspacePanel()->treeView();
        for (const char *name : {"Verify key", "Create invoice"})
            Q_EMIT tree->activated(findInTree(tree->model(), QLatin1String(name)));
        QCOMPARE(window.tabs()->count(), 3);
        window.requestPane()->composer()->bodyEdit()->setPlainText(QStringLiteral("{\"amount\": 1}"));
        m_prompter.confirmations.clear();
        triggerAction(window, "closeTabAction");
        QCOMPARE(m_prompter.confirmations.size(), 1);
        QCOMPARE(window.tabs()->count(), 2);
        triggerAction(window, "reopenTabAction");
        QCOMPARE(window.tabs()->count(), 3);
        QCOMPARE(
            window.requestPane()->composer()->bodyEdit()->toPlainText(), QStringLiteral("{\"amount\": 1}"));

        // The environment editor: base URL, a company ID, a variable, a key through Set…, Ctrl+S.
        Q_EMIT tree->activated(findInTree(tree->model(), QStringLiteral("sandbox")));
        auto *editor = qobject_cast<EnvironmentEditor *>(window.tabs()->currentPage());
        QVERIFY(editor);
        const QString base = editor->baseUrlEdit()->text();
        editor->baseUrlEdit()->selectAll();
        QTest::keyClicks(editor->baseUrlEdit(), base + QStringLiteral("/"));
        editor->addCompanyId(QStringLiteral("company_added"));
        editor->variablesTable()->addRow(QStringLiteral("tenant"), QStringLiteral("acme"));
        Q_EMIT editor->variablesTable()->edited();
        m_prompter.secret = QStringLiteral("blg_test_sk_daily_driver_value_0001");
        m_prompter.text = QStringLiteral("webhook_secret");
        const auto buttons = editor->findChildren<QPushButton *>();
        const auto add = std::find_if(buttons.cbegin(), buttons.cend(),
            [](const QPushButton *button) { return button->text() == QStringLiteral("Add Key\u2026"); });
        QVERIFY(add != buttons.cend());
        QTest::mouseClick(*add, Qt::LeftButton);
        const SecretKey key {
            window.workspace().id, QStringLiteral("sandbox"), QStringLiteral("webhook_secret")};
        QTRY_COMPARE(runSecretJob(m_secrets.read(key)).value, m_prompter.secret);
        triggerAction(window, "saveAction");
        QTRY_VERIFY(!editor->isModified());
        const QJsonObject file
            = JsonFile::read(WorkspaceStore::environmentPath(window.workspace(), QStringLiteral("sandbox")))
                  .value();
        QCOMPARE(file.value(QStringLiteral("baseUrl")).toString(), base + QStringLiteral("/"));
        QVERIFY(file.value(QStringLiteral("companies"))
                    .toObject()
                    .value(QStringLiteral("ids"))
                    .toArray()
                    .contains(QStringLiteral("company_added")));
        QCOMPARE(
            file.value(QStringLiteral("variables")).toObject().value(QStringLiteral("tenant")).toString(),
            QStringLiteral("acme"));
        QVERIFY(
            file.value(QStringLiteral("secretSlots")).toArray().contains(QStringLiteral("webhook_secret")));

        // Delete an environment, keep its keys, Undo.
        m_prompter.confirmAnswers = {true, false};
        window.environmentFiles()->remove(QStringLiteral("production-like"));
        QVERIFY(!window.workspace().environment(QStringLiteral("production-like")));
        triggerAction(window, "undoAction");
        QVERIFY(window.workspace().environment(QStringLiteral("production-like")));

        // Drag "Verify key" into the accounts folder: the file moves.
        QAbstractItemModel *model = tree->model();
        std::unique_ptr<QMimeData> dragged(
            model->mimeData({findInTree(model, QStringLiteral("Verify key"))}));
        QVERIFY(model->dropMimeData(
                    dragged.get(), Qt::MoveAction, -1, -1, findInTree(model, QStringLiteral("accounts")))
            || true);
        RequestSpec moved;
        moved.name = QStringLiteral("Verify key");
        moved.collection = QStringLiteral("accounts");
        QVERIFY(QFile::exists(WorkspaceStore::requestPath(window.workspace(), moved)));
        moved.collection.clear();
        QVERIFY(!QFile::exists(WorkspaceStore::requestPath(window.workspace(), moved)));

        m_prompter.confirmAnswer = true;
        QVERIFY(window.close());
    }
};

QTEST_MAIN(TestDailyDriver)
#include "tst_dailydriver.moc"
