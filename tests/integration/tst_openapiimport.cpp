#include "convert/AnyImport.h"
#include "http/SendJob.h"
#include "sandbox/SandboxServer.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using sandbox::DemoCredentials;

class TestOpenApiImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString fixture()
    {
        return QStringLiteral(KEYWAY_TEST_DATA_DIR "/openapi/bigledger.openapi.yaml");
    }

    static const RequestSpec *find(const ImportedCollection &imported, const QString &name)
    {
        for (const RequestSpec &request : imported.bundle.requests) {
            if (request.name == name)
                return &request;
        }
        return nullptr;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void serversBecomeEnvironmentsAndOperationsRequests()
    {
        const auto imported = AnyImport::read(fixture());
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->bundle.environments.size(), 2);
        const Environment &local = imported->bundle.environments.at(0);
        QCOMPARE(local.name, QStringLiteral("Local sandbox"));
        QCOMPARE(local.kind, EnvironmentKind::Sandbox);
        QCOMPARE(local.baseUrl, QStringLiteral("http://127.0.0.1:{{port}}/v1"));
        QCOMPARE(local.variables.value(QStringLiteral("port")), QStringLiteral("47474"));
        QCOMPARE(local.variables.value(QStringLiteral("accountId")), QStringLiteral("acc_1000"));
        QCOMPARE(imported->bundle.environments.at(1).kind, EnvironmentKind::Production);
        QCOMPARE(local.auth.kind, AuthKind::Static);
        QCOMPARE(local.auth.headers.first().value, QStringLiteral("Bearer {{secret.token}}"));
        QVERIFY(local.hasSecretSlot(QStringLiteral("token")));

        const RequestSpec *list = find(imported.value(), QStringLiteral("listAccounts"));
        QVERIFY(list);
        QCOMPARE(list->collection, QStringLiteral("BigLedger sandbox API/Accounts"));
        QCOMPARE(list->url, QStringLiteral("{{baseUrl}}/accounts?limit=10"));
        QCOMPARE(list->headers.first().name, QStringLiteral("X-Company-Id"));
        const RequestSpec *one = find(imported.value(), QStringLiteral("Get one account"));
        QVERIFY(one);
        QCOMPARE(one->url, QStringLiteral("{{baseUrl}}/accounts/{{accountId}}"));
        const RequestSpec *create = find(imported.value(), QStringLiteral("createInvoice"));
        QVERIFY(create);
        QVERIFY2(
            create->body.contains(QLatin1String("\"customer\": \"Ada's Shop\"")), qPrintable(create->body));
        QVERIFY(create->body.contains(QLatin1String("\"quantity\": 1")));
        const RequestSpec *health = find(imported.value(), QStringLiteral("health"));
        QVERIFY(health && health->auth && health->auth->kind == AuthKind::None);
        QVERIFY(std::any_of(imported->unsupported.cbegin(), imported->unsupported.cend(),
            [](const QString &line) { return line.contains(QLatin1String("multipart/form-data")); }));
    }

    void anImportedOperationRunsAgainstTheSandbox()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        Workspace workspace
            = WorkspaceStore::create(m_dir.filePath(QStringLiteral("ws")), QStringLiteral("W")).value();
        const auto imported = AnyImport::read(fixture());
        const auto saved = WorkspaceExport::importInto(workspace, imported->bundle);
        QVERIFY2(saved, qPrintable(saved.error()));
        workspace = WorkspaceStore::load(workspace.rootPath).value();
        Environment env = *workspace.environment(QStringLiteral("Local sandbox"));
        env.variables.insert(QStringLiteral("port"), QString::number(server.baseUrl().port()));
        MemorySecretStore secrets;
        QCOMPARE(runSecretJob(secrets.write({workspace.id, env.name, QStringLiteral("token")},
                                  DemoCredentials::sandboxApiKey()))
                     .result,
            SecretJob::Result::Ok);
        QNetworkAccessManager network;
        for (const RequestSpec &request : workspace.requests) {
            if (request.name != QLatin1String("createInvoice")
                && request.name != QLatin1String("listAccounts"))
                continue;
            SendJob job(secrets, network, nullptr, workspace.id, env, request);
            QSignalSpy finished(&job, &SendJob::finished);
            job.start();
            QVERIFY(finished.wait(10'000));
            QVERIFY2(job.result() == SendJob::Result::Completed, qPrintable(job.errorString()));
            QVERIFY2(job.response().status < 300, job.response().body.constData());
        }
    }

    void badDocumentsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("swagger 2") << "old.json" << QByteArray("{\"swagger\": \"2.0\", \"paths\": {}}")
                                   << "Swagger 2.0";
        QTest::newRow("broken yaml") << "broken.yaml" << QByteArray("openapi: 3.0.0\npaths: [unclosed\n")
                                     << "not valid YAML (line";
        // A "billion laughs" document of ~550 bytes: nine levels of aliases, each nine times the last.
        QByteArray laughs = "openapi: 3.0.0\ninfo: {title: T}\nx0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", "
                            "\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
        for (int level = 1; level <= 9; ++level)
            laughs += QStringLiteral("x%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                          .arg(level)
                          .arg(level - 1)
                          .toUtf8();
        laughs += "paths: {}\n";
        QTest::newRow("billion laughs") << "laughs.yaml" << laughs << "aliases that repeat each other";
        QTest::newRow("unknown json")
            << "x.json" << QByteArray("{\"hello\": 1}") << "neither a Keyway export";
        QTest::newRow("external ref") << "ext.json"
                                      << QByteArray("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"T\"}, "
                                                    "\"paths\": {\"/a\": {\"$ref\": \"other.yaml#/x\"}}}")
                                      << "";
    }

    void badDocumentsAreRefusedWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const auto imported = AnyImport::read(write(name, content));
        if (expected.isEmpty()) { // accepted, with the problem reported
            QVERIFY2(imported, qPrintable(imported.error()));
            QVERIFY(
                imported->unsupported.join(u'\n').contains(QLatin1String("points outside this document")));
            return;
        }
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImport)
#include "tst_openapiimport.moc"
