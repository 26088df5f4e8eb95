#include "storage/JsonFile.h"
#include "storage/WorkspaceExport.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

class TestWorkspaceExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    Workspace makeWorkspace()
    {
        auto workspace = WorkspaceStore::create(
            m_dir.filePath(QStringLiteral("ws%1").arg(++m_count)), QStringLiteral("Team API"))
                             .value();
        Environment sandbox;
        sandbox.name = QStringLiteral("sandbox");
        sandbox.baseUrl = QStringLiteral("https://api-sandbox.example.com/v1");
        sandbox.preset = QStringLiteral("bigledger");
        sandbox.companies.ids = {QStringLiteral("company_1")};
        sandbox.companies.selected = QStringLiteral("company_1");
        sandbox.auth.kind = AuthKind::Static;
        sandbox.auth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        sandbox.addSecretSlot(QStringLiteral("api_key"));
        Environment production = sandbox;
        production.name = QStringLiteral("production");
        production.kind = EnvironmentKind::Production;
        for (const Environment &env : {sandbox, production})
            [&] { QVERIFY(WorkspaceStore::saveEnvironment(workspace, env)); }();
        RequestSpec accounts;
        accounts.name = QStringLiteral("List accounts");
        accounts.collection = QStringLiteral("accounts");
        accounts.url = QStringLiteral("/accounts");
        RequestSpec ping;
        ping.name = QStringLiteral("ping");
        ping.url = QStringLiteral("/ping");
        for (const RequestSpec &request : {accounts, ping})
            [&] { QVERIFY(WorkspaceStore::saveRequest(workspace, request)); }();
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void roundTripsWithoutSecretsOrTheKeychainId()
    {
        const Workspace workspace = makeWorkspace();
        const QString path = m_dir.filePath(QStringLiteral("team.keyway-export.json"));
        QVERIFY(WorkspaceExport::write(path, WorkspaceExport::ofWorkspace(workspace)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(workspace.id.toUtf8()), "the keychain namespace stays with the workspace");
        QVERIFY(bytes.contains("\"api_key\"")); // slot names travel, values never exist here
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());

        const auto bundle = WorkspaceExport::read(path);
        QVERIFY2(bundle, qPrintable(bundle.error()));
        QCOMPARE(bundle->sourceName, QStringLiteral("Team API"));
        QCOMPARE(bundle->environments, workspace.environments);
        QCOMPARE(bundle->requests.size(), 2);
        QVERIFY(std::any_of(bundle->requests.cbegin(), bundle->requests.cend(),
            [](const RequestSpec &request) { return request.collection == QLatin1String("accounts"); }));
    }

    void importRenamesWhatIsTaken()
    {
        const Workspace source = makeWorkspace();
        Workspace target = makeWorkspace();
        const auto imported = WorkspaceExport::importInto(target, WorkspaceExport::ofWorkspace(source));
        QVERIFY2(imported, qPrintable(imported.error()));
        QStringList names = imported->environments;
        names.sort();
        QCOMPARE(
            names, (QStringList {QStringLiteral("production-imported"), QStringLiteral("sandbox-imported")}));
        QCOMPARE(imported->requests, 2);
        QCOMPARE(imported->renamed.size(), 4);
        const Workspace reloaded = WorkspaceStore::load(target.rootPath).value();
        QCOMPARE(reloaded.environments.size(), 4);
        QCOMPARE(reloaded.requests.size(), 4);
        QVERIFY(reloaded.environment(QStringLiteral("sandbox-imported"))
                    ->hasSecretSlot(QStringLiteral("api_key")));

        // Only the one environment, into an empty workspace: names kept.
        Workspace empty
            = WorkspaceStore::create(m_dir.filePath(QStringLiteral("empty")), QStringLiteral("E")).value();
        const auto one = WorkspaceExport::importInto(
            empty, WorkspaceExport::ofEnvironment(source, source.environments.first()));
        QVERIFY(one);
        QCOMPARE(one->environments, QStringList {source.environments.first().name});
        QVERIFY(one->renamed.isEmpty());
    }

    void badFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an export")
            << QByteArray(R"({"schemaVersion": 1, "name": "x"})") << QStringLiteral("is not a Keyway export");
        QTest::newRow("broken json") << QByteArray(R"({"schemaVersion": 1, "format": )")
                                     << QStringLiteral("bad.json:1:");
        QTest::newRow("newer version")
            << QByteArray(R"({"schemaVersion": 99, "format": "keyway-export"})") << QStringLiteral("newer");
        QTest::newRow("bad environment") << QByteArray(
            R"({"schemaVersion": 1, "format": "keyway-export", "environments": [{"name": "x", "kind": "staging"}]})")
                                         << QStringLiteral("environments[0]");
        QTest::newRow("bad request") << QByteArray(
            R"({"schemaVersion": 1, "format": "keyway-export", "requests": [{"name": "r", "method": "FETCH"}]})")
                                     << QStringLiteral("requests[0]");
        QTest::newRow("wrong type") << QByteArray(
            R"({"schemaVersion": 1, "format": "keyway-export", "environments": {}})")
                                    << QStringLiteral("environments");
    }

    void badFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        writeFile(path, content);
        const auto bundle = WorkspaceExport::read(path);
        QVERIFY(!bundle);
        QVERIFY2(bundle.error().contains(expected, Qt::CaseInsensitive), qPrintable(bundle.error()));
        QVERIFY2(bundle.error().contains(QLatin1String("bad.json")), qPrintable(bundle.error()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceExport)
#include "tst_workspaceexport.moc"
