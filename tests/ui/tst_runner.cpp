#include "core/Settings.h"
#include "EnglishPlurals.h"
#include "history/HistoryStore.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "runner/RunnerPage.h"
#include "runner/RunResultsModel.h"
#include "sandbox/SandboxServer.h"
#include "SavedRequest.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/EnvironmentSession.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TreeSearch.h"
#include "TriggerAction.h"
#include "workspace/WorkspacePanel.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QApplication>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The runner tab against the embedded sandbox, driven as a person would: a chained folder over a
// data file, a wrong check, failures only, re-run failed, the reports, and Stop.
class TestRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))};
    HistoryStore m_history;
    ScriptedPrompter m_prompter;
    QTranslator m_plurals;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;

    static RequestSpec request(const QString &name, const QString &method, const QString &url, const QStringList &checks,
        const QStringList &captures = {}, const QString &body = {})
    {
        return savedRequest(QStringLiteral("chain"), name, method, url, body, checks, captures);
    }

    // A workspace with the chained folder, the window on it, and the folder's runner tab in front.
    RunnerPage *openRunner()
    {
        auto workspace
            = WorkspaceStore::create(m_dir.filePath(QStringLiteral("ws%1").arg(++m_run)), QStringLiteral("Runs")).value();
        Environment env;
        env.name = QStringLiteral("demo");
        env.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId()};
        env.companies.selected = DemoCredentials::companyId();
        // It signs in with client credentials: the run's requests share one token.
        env.auth.kind = AuthKind::ClientCredentials;
        env.auth.tokenUrl = m_server.baseUrl().toString() + QStringLiteral("/oauth/token");
        env.auth.clientId = DemoCredentials::confidentialClientId();
        env.auth.scopes = {QStringLiteral("read:invoices"), QStringLiteral("write:invoices")};
        env.addSecretSlot(AuthSetting::clientSecretSlot());
        if (!WorkspaceStore::saveEnvironment(workspace, env))
            return nullptr;
        runSecretJob(m_secrets.write({workspace.id, env.name, AuthSetting::clientSecretSlot()},
            DemoCredentials::confidentialClientSecret()));
        const QString body = QStringLiteral("{\"customer\": \"{{customer}}\", \"amount\": {{amount}}}");
        for (const RequestSpec &spec :
            {request(QStringLiteral("1 create"), QStringLiteral("POST"), QStringLiteral("/invoices"),
                 {QStringLiteral("status == 201")}, {QStringLiteral("invoiceId = $.data.id")}, body),
                request(QStringLiteral("2 fetch"), QStringLiteral("GET"), QStringLiteral("/invoices/{{invoiceId}}"),
                    {QStringLiteral("status == 200"), QStringLiteral("$.data.amount == {{amount}}"),
                        QStringLiteral("$.data.customer != \"Grace\"")}),
                request(QStringLiteral("3 delete"), QStringLiteral("DELETE"), QStringLiteral("/invoices/{{invoiceId}}"),
                    {QStringLiteral("$.data.deleted == true")})}) {
            if (!WorkspaceStore::saveRequest(workspace, spec))
                return nullptr;
        }
        m_window = std::make_unique<MainWindow>(m_prompter, *m_settings, m_keys, m_history);
        if (!m_window->openWorkspace(workspace.rootPath))
            return nullptr;
        m_window->show();
        m_window->session()->selectEnvironment(QStringLiteral("demo"));
        // From a request of the folder, Request → Run Folder… opens the folder's runner.
        for (const RequestSpec &spec : m_window->workspace().requests) {
            if (spec.name == QLatin1String("2 fetch"))
                m_window->tabs()->openRequest(spec);
        }
        triggerAction(*m_window, "runFolderAction");
        return qobject_cast<RunnerPage *>(m_window->tabs()->currentPage());
    }

    static void runAndWait(RunnerPage *runner)
    {
        QTest::mouseClick(runner->runButton(), Qt::LeftButton);
        QVERIFY(runner->isRunning());
        QCOMPARE(runner->runButton()->text(), QStringLiteral("Stop"));
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 30'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        keepForLeakCheck(m_dir);
        QVERIFY(installEnglishPlurals(m_plurals));
        QVERIFY(m_server.start());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("keyway.conf")));
        QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history.db"))).ok());
    }

    void aChainedFolderRunsOverADataFile()
    {
        RunnerPage *runner = openRunner();
        QVERIFY(runner);
        QCOMPARE(runner->title(), QStringLiteral("Run: chain"));
        QFile csv(m_dir.filePath(QStringLiteral("customers.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("customer,amount\nAda,120\nGrace,3\n\"Lovelace, Ada\",75.5\nEdsger,1000\nBarbara,42\n");
        csv.close();
        m_prompter.openFile = csv.fileName();
        runner->setDataFile(csv.fileName());
        QCOMPARE(runner->dataStatus()->text(), QStringLiteral("5 rows, one iteration each: amount, customer"));
        QVERIFY(!runner->iterationsBox()->isEnabled()); // the rows are the iterations

        runAndWait(runner);
        RunResultsModel *model = runner->resultsModel();
        QCOMPARE(model->rowCount(), 15);
        QCOMPARE(runner->progressBar()->value(), 15);
        QVERIFY2(runner->summaryLabel()->text().startsWith(QLatin1String("15 requests, 1 failed; 25 checks, 1 failed")),
            qPrintable(runner->summaryLabel()->text()));
        // Grace's row fails its check; Failures only shows that one, and its details say why.
        runner->failuresOnlyBox()->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, RunResultsModel::RequestColumn).data().toString(), QStringLiteral("GET chain/2 fetch"));
        QCOMPARE(model->index(0, RunResultsModel::IterationColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model->index(0, RunResultsModel::ChecksColumn).data().toString(), QStringLiteral("2/3"));
        runner->resultsView()->setCurrentIndex(model->index(0, 0));
        QVERIFY2(runner->detailsView()->toPlainText().contains(
                     QStringLiteral("\u2718 $.data.customer != \"Grace\"\n    expected != \"Grace\", got \"Grace\"")),
            qPrintable(runner->detailsView()->toPlainText()));
        QVERIFY(runner->detailsView()->toPlainText().contains(QStringLiteral("\u2714 $.data.amount == {{amount}}   (3)")));

        // The reports, where the user says.
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("run.json"));
        QVERIFY(runner->exportJson());
        QFile json(m_prompter.saveFile);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("run.xml"));
        QVERIFY(runner->exportJUnit());
        QFile xml(m_prompter.saveFile);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray junit = xml.readAll();
        QVERIFY2(junit.contains("tests=\"15\" failures=\"1\""), junit.constData());
        QVERIFY(junit.contains("name=\"DELETE chain/3 delete #5\""));
        QVERIFY(!junit.contains("sbx_at_")); // the token the run signed in with is in no report
        QVERIFY(junit.contains("expected != &quot;Grace&quot;, got &quot;Grace&quot;"));
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("no/such/folder/run.xml"));
        QVERIFY(!runner->exportJUnit());
        QVERIFY(!m_prompter.errors.isEmpty());

        // Re-run Failed runs the failed request again (without its create it finds no invoice id).
        QVERIFY(runner->rerunFailedButton()->isEnabled());
        runner->failuresOnlyBox()->setChecked(false);
        QTest::mouseClick(runner->rerunFailedButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 30'000);
        QCOMPARE(model->rowCount(), 5); // the one request, once per row
        QCOMPARE(model->index(0, RunResultsModel::RequestColumn).data().toString(), QStringLiteral("GET chain/2 fetch"));
    }

    void theFoldersSavedOrderIsTheRunsOrder()
    {
        RunnerPage *runner = openRunner();
        QVERIFY(runner);
        // Alt+Down on "1 create" in the tree moves it below "2 fetch"; the files keep the order.
        QTreeView *tree = m_window->workspacePanel()->treeView();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        tree->setFocus();
        QVERIFY(tree->hasFocus());
        tree->setCurrentIndex(findInTree(tree->model(), QStringLiteral("1 create")));
        QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
        const auto order = [this] {
            QStringList names;
            for (const RequestSpec &request : m_window->workspace().requests)
                names.append(QStringLiteral("%1:%2").arg(request.name).arg(request.sequence));
            return names;
        };
        QTRY_COMPARE(order(), (QStringList {QStringLiteral("2 fetch:1"), QStringLiteral("1 create:2"), QStringLiteral("3 delete:3")}));
        QCOMPARE(findInTree(tree->model(), QStringLiteral("2 fetch")).row(), 0); // the tree shows it so
        // A run takes the folder in that order: the fetch finds no invoice id yet.
        runAndWait(runner);
        QCOMPARE(runner->resultsModel()->index(0, RunResultsModel::RequestColumn).data().toString(),
            QStringLiteral("GET chain/2 fetch"));
        QVERIFY(runner->resultsModel()->index(0, RunResultsModel::ResultColumn).data().toString().contains(QLatin1String("invoiceId")));
        // One undo step puts it back.
        triggerAction(*m_window, "undoAction");
        QTRY_COMPARE(order(), (QStringList {QStringLiteral("1 create:0"), QStringLiteral("2 fetch:0"), QStringLiteral("3 delete:0")}));
    }

    void stopEndsARunAndBadDataIsNamed()
    {
        RunnerPage *runner = openRunner();
        QVERIFY(runner);
        QFile broken(m_dir.filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("customer,amount\nAda\n");
        broken.close();
        runner->setDataFile(broken.fileName());
        QVERIFY2(runner->dataStatus()->text().contains(QLatin1String("line 2 has 1 field, the header row 2")),
            qPrintable(runner->dataStatus()->text()));
        QTest::mouseClick(runner->runButton(), Qt::LeftButton);
        QVERIFY(!runner->isRunning());
        QVERIFY(runner->summaryLabel()->text().startsWith(QLatin1String("The data file cannot be used")));

        runner->setDataFile({});
        runner->iterationsBox()->setValue(50);
        m_server.slowNext(1, 5'000);
        triggerAction(*m_window, "sendAction"); // Ctrl+Enter runs in a runner tab
        QVERIFY(runner->isRunning());
        QCOMPARE(runner->progressBar()->maximum(), 150);
        triggerAction(*m_window, "cancelAction"); // and Esc stops
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 5'000);
        QVERIFY(runner->resultsModel()->rowCount() < 150);
        QVERIFY2(runner->summaryLabel()->text().endsWith(QStringLiteral("stopped before the end")),
            qPrintable(runner->summaryLabel()->text()));
    }

    void cleanup() { m_window.reset(); }
};

QTEST_MAIN(TestRunner)
#include "tst_runner.moc"
