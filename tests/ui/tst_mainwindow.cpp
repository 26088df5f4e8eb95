#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "KeyringRequirement.h"
#include "keys/SecureStorageIndicator.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "settings/ShortcutsDialog.h"
#include "storage/WorkspaceStore.h"
#include "workspace/RequestFiles.h"
#include "workspace/WorkspacePanel.h"
#include "workspace/WorkspaceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace keyway;
using namespace keyway::ui;

namespace {

Workspace makeWorkspace(const QString &dir)
{
    auto workspace = WorkspaceStore::create(dir, QStringLiteral("UI test")).value();
    Environment env;
    env.name = QStringLiteral("sandbox");
    env.baseUrl = QStringLiteral("https://api.example.com");
    (void)WorkspaceStore::saveEnvironment(workspace, env);
    env.name = QStringLiteral("production");
    env.kind = EnvironmentKind::Production;
    (void)WorkspaceStore::saveEnvironment(workspace, env);
    RequestSpec request;
    request.name = QStringLiteral("List invoices");
    request.collection = QStringLiteral("billing");
    (void)WorkspaceStore::saveRequest(workspace, request);
    return WorkspaceStore::load(dir).value();
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row)
        names.append(model->index(row, 0, parent).data().toString());
    return names;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;

private Q_SLOTS:
    void everyShortcutIsListedAndNoneIsTakenTwice()
    {
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        ScriptedPrompter prompter;
        MainWindow window(prompter, settings, m_keys, m_history);
        QHash<QString, QString> owners;
        for (const QAction *menuAction : window.menuBar()->actions()) {
            for (const QAction *action : menuAction->menu()->actions()) {
                for (const QKeySequence &keys : action->shortcuts()) {
                    const QString text = keys.toString();
                    QVERIFY2(!owners.contains(text),
                        qPrintable(QStringLiteral("%1 is used by both %2 and %3")
                                       .arg(text, owners.value(text), action->text())));
                    owners.insert(text, action->text());
                }
            }
        }
        ShortcutsDialog dialog(window.menuBar());
        QStringList listed;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            listed << dialog.table()->item(row, 2)->text().split(QStringLiteral(", "));
        for (const QString &keys : owners.keys())
            QVERIFY2(
                listed.contains(QKeySequence(keys).toString(QKeySequence::NativeText)), qPrintable(keys));
        QVERIFY(owners.contains(QStringLiteral("Ctrl+Return")));
        QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+K")));
    }

    void showsSecureStorageStatus()
    {
        ScriptedPrompter prompter;
        Settings settings(m_dir.filePath(QStringLiteral("status.conf")));
        MainWindow window(prompter, settings, m_keys, m_history);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("secureStorageStatus"));
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.secureStorageIndicator()->status().state != SecureStorageStatus::State::Checking, 30'000);
        QVERIFY(label->text().contains(window.secureStorageIndicator()->status().summary()));
        QVERIFY(!label->toolTip().isEmpty());
        if (keyringRequired())
            QCOMPARE(label->text(), QStringLiteral("Secure storage: ready"));
    }

    void showsTheWorkspaceTree()
    {
        const QString dir = m_dir.filePath(QStringLiteral("ws"));
        makeWorkspace(dir);
        ScriptedPrompter prompter;
        Settings settings(m_dir.filePath(QStringLiteral("tree.conf")));
        MainWindow window(prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(dir));
        QCOMPARE(window.windowTitle(), QStringLiteral("UI test \u2014 Keyway"));
        QCOMPARE(settings.value(SettingKeys::LastWorkspace), window.workspace().rootPath);

        QTreeView *tree = window.workspacePanel()->treeView();
        const QAbstractItemModel *model = tree->model();
        QAbstractItemModelTester tester(
            window.workspacePanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(childNames(model, {}),
            (QStringList {QStringLiteral("Environments"), QStringLiteral("Requests")}));
        QCOMPARE(childNames(model, model->index(0, 0)),
            (QStringList {QStringLiteral("production"), QStringLiteral("sandbox")}));
        const QModelIndex billing = model->index(0, 0, model->index(1, 0));
        QCOMPARE(billing.data().toString(), QStringLiteral("billing"));
        QCOMPARE(childNames(model, billing), QStringList {QStringLiteral("List invoices")});
        QCOMPARE(model->index(0, WorkspaceTreeModel::DetailColumn, model->index(0, 0)).data().toString(),
            QStringLiteral("production \u00b7 https://api.example.com"));

        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("workspaceFilter"));
        QTest::keyClicks(filter, QStringLiteral("invoice"));
        QCOMPARE(childNames(model, {}), QStringList {QStringLiteral("Requests")});
        QCOMPARE(childNames(model, model->index(0, 0, model->index(0, 0))),
            QStringList {QStringLiteral("List invoices")});
        filter->clear();
        QCOMPARE(model->rowCount(), 2);
    }

    void aDamagedEnvironmentFileIsSkippedAndNamed()
    {
        const QString dir = m_dir.filePath(QStringLiteral("broken"));
        makeWorkspace(dir);
        const QString envPath = dir + QStringLiteral("/environments/sandbox.json");
        {
            QFile file(envPath);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not json");
        }
        ScriptedPrompter prompter;
        Settings settings(m_dir.filePath(QStringLiteral("broken.conf")));
        MainWindow window(prompter, settings, m_keys, m_history);
        // The workspace opens with its other environment; the damaged file is named, and left alone.
        QVERIFY(window.openWorkspace(dir));
        QVERIFY(window.workspace().environment(QStringLiteral("production")));
        auto *skipped = window.findChild<QLabel *>(QStringLiteral("skippedFiles"));
        QVERIFY(skipped && !skipped->isHidden());
        QVERIFY2(skipped->text().contains(QStringLiteral("sandbox.json:1:")), qPrintable(skipped->text()));
        // A workspace file that cannot be read still stops the opening, with the reason.
        {
            QFile meta(dir + QLatin1Char('/') + WorkspaceStore::workspaceFileName());
            QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
            meta.write("{ not json");
        }
        QVERIFY(!window.openWorkspace(dir));
        auto *error = window.findChild<QLabel *>(QStringLiteral("workspaceError"));
        QVERIFY2(error->text().contains(WorkspaceStore::workspaceFileName() + QStringLiteral(":1:")),
            qPrintable(error->text()));
        QFile file(envPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }

    void requestsCanBeRenamedDuplicatedDeletedAndUndone()
    {
        const QString dir = m_dir.filePath(QStringLiteral("ops"));
        makeWorkspace(dir);
        ScriptedPrompter prompter;
        Settings settings(m_dir.filePath(QStringLiteral("ops.conf")));
        MainWindow window(prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(dir));
        const auto names = [&window] {
            QStringList list;
            for (const RequestSpec &request : window.workspace().requests)
                list << request.collection + QLatin1Char('/') + request.name;
            list.sort();
            return list;
        };
        const RequestSpec original = window.workspace().requests.first();
        window.requestFiles()->duplicate(original);
        QCOMPARE(names(),
            (QStringList {
                QStringLiteral("billing/List invoices"), QStringLiteral("billing/List invoices copy")}));
        prompter.text = QStringLiteral("Invoices by month");
        window.requestFiles()->rename(original);
        QCOMPARE(names(),
            (QStringList {
                QStringLiteral("billing/Invoices by month"), QStringLiteral("billing/List invoices copy")}));
        prompter.text = QStringLiteral("List invoices copy"); // taken: refused with a message
        window.requestFiles()->rename(window.workspace().requests.first());
        QCOMPARE(prompter.errors.size(), 1);
        window.requestFiles()->remove(window.workspace().requests.first());
        QCOMPARE(window.workspace().requests.size(), 1);

        window.undoStack()->undo(); // delete
        window.undoStack()->undo(); // rename
        QCOMPARE(names(),
            (QStringList {
                QStringLiteral("billing/List invoices"), QStringLiteral("billing/List invoices copy")}));
        window.undoStack()->undo(); // duplicate
        QCOMPARE(names(), QStringList {QStringLiteral("billing/List invoices")});
        window.undoStack()->redo();
        QCOMPARE(names().size(), 2);
        QCOMPARE(WorkspaceStore::load(dir)->requests.size(), 2); // the files themselves
    }

    void newWorkspaceGoesThroughThePrompter()
    {
        ScriptedPrompter prompter;
        prompter.folder = m_dir.filePath(QStringLiteral("created"));
        prompter.text = QStringLiteral("Created here");
        Settings settings(m_dir.filePath(QStringLiteral("new.conf")));
        MainWindow window(prompter, settings, m_keys, m_history);
        const QList<QAction *> actions = window.findChildren<QAction *>();
        const auto newAction = std::find_if(actions.begin(), actions.end(), [](QAction *action) {
            return action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
        });
        QVERIFY(newAction != actions.end());
        (*newAction)->trigger();
        QVERIFY(WorkspaceStore::isWorkspace(prompter.folder));
        QCOMPARE(window.workspace().name, QStringLiteral("Created here"));

        (*newAction)->trigger(); // the same folder again: refused with a message, nothing changed
        QCOMPARE(prompter.errors.size(), 1);
        QVERIFY(prompter.errors.first().contains(QLatin1String("already a Keyway workspace")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
