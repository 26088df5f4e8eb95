#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/SnippetDialog.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "history/HistoryStore.h"
#include "keys/SecretClipboard.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"
#include "TempDirs.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;

// Export a workspace or environment without secrets; import it elsewhere and be asked for them.
class TestImportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;
    ScriptedPrompter m_prompter;
    const QString m_marker = QStringLiteral("marker-secret-7f3a9c21e5");

    Workspace makeWorkspace(const QString &folder, bool withEnvironment)
    {
        auto workspace = WorkspaceStore::create(m_dir.filePath(folder), folder).value();
        if (withEnvironment) {
            Environment env;
            env.name = QStringLiteral("sandbox");
            env.baseUrl = QStringLiteral("https://api.example.com");
            env.auth.kind = AuthKind::Static;
            env.auth.headers = {{QStringLiteral("X-API-Key"), QStringLiteral("{{secret.api_key}}"), true}};
            env.addSecretSlot(QStringLiteral("api_key"));
            [&] { QVERIFY(WorkspaceStore::saveEnvironment(workspace, env)); }();
            [&] {
                QCOMPARE(runSecretJob(
                             m_secrets.write({workspace.id, env.name, QStringLiteral("api_key")}, m_marker))
                             .result,
                    SecretJob::Result::Ok);
            }();
            RequestSpec request;
            request.name = QStringLiteral("ping");
            request.url = QStringLiteral("/ping");
            [&] { QVERIFY(WorkspaceStore::saveRequest(workspace, request)); }();
        }
        return WorkspaceStore::load(workspace.rootPath).value();
    }

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8()); }

    void exportsWithoutSecretsAndImportAsksForThem()
    {
        const Workspace source = makeWorkspace(QStringLiteral("source"), true);
        const Workspace target = makeWorkspace(QStringLiteral("target"), false);
        Settings settings(m_dir.filePath(QStringLiteral("keyway.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        window.show();
        QVERIFY(window.openWorkspace(source.rootPath));
        QTRY_VERIFY(window.session()->environment());

        m_prompter.saveFile = m_dir.filePath(QStringLiteral("sandbox.keyway.json"));
        window.findChild<QAction *>(QStringLiteral("exportEnvironment"))->trigger();
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("workspace.keyway.json"));
        window.findChild<QAction *>(QStringLiteral("exportWorkspace"))->trigger();
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
        for (const QString &name :
            {QStringLiteral("sandbox.keyway.json"), QStringLiteral("workspace.keyway.json")}) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.contains("api_key"));
            QVERIFY2(!bytes.contains(m_marker.toUtf8()), qPrintable(name));
        }

        QVERIFY(window.openWorkspace(target.rootPath));
        m_prompter.openFile = m_dir.filePath(QStringLiteral("workspace.keyway.json"));
        m_prompter.secret = QStringLiteral("imported-value-1234567");
        QSignalSpy stored(&window, &MainWindow::secretsStored);
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(stored.wait(5000));
        QVERIFY2(m_prompter.errors.isEmpty(), qPrintable(m_prompter.errors.join(u'\n')));
        QCOMPARE(window.workspace().environments.size(), 1);
        QCOMPARE(window.workspace().requests.size(), 1);
        QCOMPARE(
            runSecretJob(m_secrets.read({target.id, QStringLiteral("sandbox"), QStringLiteral("api_key")}))
                .value,
            m_prompter.secret);

        // Again: the names are taken now, so the copies are renamed; no value typed: added later.
        m_prompter.openFile = m_dir.filePath(QStringLiteral("sandbox.keyway.json"));
        m_prompter.secret.clear();
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(stored.wait(5000));
        QVERIFY(window.workspace().environment(QStringLiteral("sandbox-imported")));
        QCOMPARE(runSecretJob(m_secrets.read(
                                  {target.id, QStringLiteral("sandbox-imported"), QStringLiteral("api_key")}))
                     .result,
            SecretJob::Result::NotFound);
    }

    void pastingACurlCommandMovesItsKeyIntoTheKeychain()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("paste"), true);
        Settings settings(m_dir.filePath(QStringLiteral("keyway3.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        window.show();
        QVERIFY(window.openWorkspace(workspace.rootPath));
        QTRY_VERIFY(window.session()->environment());
        const QString key = QStringLiteral("marker-secret-pasted-0042");
        QApplication::clipboard()->setText(QStringLiteral(
            "curl -k https://api.example.com/accounts?limit=5 \\\n  -H 'Authorization: Bearer %1'")
                                               .arg(key));
        m_prompter.errors.clear();
        m_prompter.confirmAnswer = true;
        QSignalSpy stored(&window, &MainWindow::secretsStored);
        window.requestPane()->composer()->urlEdit()->setFocus();
        window.findChild<QAction *>(QStringLiteral("pasteCurl"))->trigger();
        QVERIFY(stored.wait(5000));
        const RequestSpec request = window.requestPane()->request();
        QCOMPARE(request.url, QStringLiteral("/accounts?limit=5")); // under the environment's base URL
        QCOMPARE(request.headers.first().value, QStringLiteral("Bearer {{secret.token}}"));
        QCOMPARE(
            runSecretJob(m_secrets.read({workspace.id, QStringLiteral("sandbox"), QStringLiteral("token")}))
                .value,
            key);
        QVERIFY2(QApplication::clipboard()->text().isEmpty(), "the key does not stay on the clipboard");
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(
            m_prompter.errors.first().contains(QLatin1String("-k")), qPrintable(m_prompter.errors.first()));

        QApplication::clipboard()->setText(QStringLiteral("echo hello"));
        window.findChild<QAction *>(QStringLiteral("pasteCurl"))->trigger();
        QVERIFY2(m_prompter.errors.last().contains(QLatin1String("not a cURL command")),
            qPrintable(m_prompter.errors.last()));
    }

    void copyAsCurlAndGeneratedCodeKeepKeysOut()
    {
        const Workspace workspace = makeWorkspace(QStringLiteral("snippets"), true);
        Settings settings(m_dir.filePath(QStringLiteral("keyway4.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        window.show();
        QVERIFY(window.openWorkspace(workspace.rootPath));
        QTRY_VERIFY(window.session()->environment() && window.session()->secretsLoaded());
        window.requestPane()->composer()->urlEdit()->setText(QStringLiteral("/ping"));

        window.findChild<QAction *>(QStringLiteral("copyAsCurl"))->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(QLatin1String("curl 'https://api.example.com/ping'")), qPrintable(curl));
        QVERIFY2(curl.contains(QLatin1String("X-API-Key: ${KEYWAY_API_KEY}")), qPrintable(curl));
        QVERIFY(!curl.contains(m_marker));

        window.findChild<QAction *>(QStringLiteral("generateCode"))->trigger();
        auto *dialog = window.findChild<SnippetDialog *>();
        QVERIFY(dialog);
        dialog->languageBox()->setCurrentIndex(
            dialog->languageBox()->findData(int(SnippetGenerator::Language::PythonRequests)));
        QVERIFY2(dialog->code().contains(QLatin1String("os.environ['KEYWAY_API_KEY']")),
            qPrintable(dialog->code()));
        QVERIFY(dialog->note().contains(QLatin1String("KEYWAY_API_KEY")));
        QVERIFY(!dialog->code().contains(m_marker));
        dialog->inlineSecretsBox()->setChecked(true);
        QVERIFY(dialog->code().contains(m_marker));
        dialog->clipboard()->setClearAfter(200);
        dialog->copy();
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);
        dialog->close();
    }

    void aPostmanCollectionIsImportedWithItsKeysInTheKeychain()
    {
        const Workspace target = makeWorkspace(QStringLiteral("postman"), false);
        Settings settings(m_dir.filePath(QStringLiteral("keyway5.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(target.rootPath));
        m_prompter.openFile
            = QStringLiteral(KEYWAY_TEST_DATA_DIR "/postman/bigledger.postman_collection.json");
        m_prompter.errors.clear();
        QSignalSpy stored(&window, &MainWindow::secretsStored);
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(stored.count() > 0 || stored.wait(5000));
        const QString environment = QStringLiteral("BigLedger API - demo");
        QVERIFY(window.workspace().environment(environment));
        QCOMPARE(window.workspace().requests.size(), 7);
        QCOMPARE(runSecretJob(m_secrets.read({target.id, environment, QStringLiteral("apiKey")})).value,
            QStringLiteral("blg_test_sk_postman_marker_0001"));
        QCOMPARE(runSecretJob(m_secrets.read({target.id, environment, QStringLiteral("token")})).value,
            QStringLiteral("blg_test_sk_literal_marker_0002"));
        QCOMPARE(m_prompter.errors.size(), 1); // the summary: keys moved, parts left out
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("2 key(s) found in the file")),
            qPrintable(m_prompter.errors.first()));
        QVERIFY(m_prompter.errors.first().contains(QLatin1String("digest authentication is not supported")));
        QVERIFY(filesContaining(target.rootPath, "marker_000").isEmpty());
    }

    void aBadFileIsRefusedAndNothingChanges()
    {
        const Workspace target = makeWorkspace(QStringLiteral("refuses"), false);
        Settings settings(m_dir.filePath(QStringLiteral("keyway2.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(target.rootPath));
        const QString path = m_dir.filePath(QStringLiteral("not-an-export.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schemaVersion": 1, "info": {"schema": "postman"}})");
        file.close();
        m_prompter.openFile = path;
        m_prompter.errors.clear();
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(
                     QLatin1String("neither a Keyway export, a Postman collection")),
            qPrintable(m_prompter.errors.first()));
        QVERIFY(WorkspaceStore::load(target.rootPath)->environments.isEmpty());
    }
};

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
