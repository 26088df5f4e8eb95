#include "convert/PostmanImport.h"
#include "ImportedRequests.h"
#include "storage/WorkspaceStore.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

class TestPostmanImport : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture()
    {
        QFile file(QStringLiteral(KEYWAY_TEST_DATA_DIR "/postman/bigledger.postman_collection.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }


private Q_SLOTS:
    void importsFoldersRequestsVariablesAndAuth()
    {
        const auto imported = PostmanImport::fromJson(fixture(), QStringLiteral("bigledger.json"));
        QVERIFY2(imported, qPrintable(imported.error()));
        const Environment &env = imported->bundle.environments.first();
        QCOMPARE(env.name, QStringLiteral("BigLedger API - demo"));
        QCOMPARE(env.baseUrl, QStringLiteral("http://127.0.0.1:47474/v1"));
        QCOMPARE(env.companies.selected, QStringLiteral("company_demo")); // {{companyId}} is built in
        QVERIFY(!env.variables.contains(QStringLiteral("apiKey")));
        QVERIFY(env.hasSecretSlot(QStringLiteral("apiKey")));
        QCOMPARE(imported->secrets.value(QStringLiteral("apiKey")),
            QStringLiteral("blg_test_sk_postman_marker_0001"));
        QCOMPARE(env.auth.kind, AuthKind::Static);
        QCOMPARE(env.auth.headers.first().name, QStringLiteral("Authorization"));
        QCOMPARE(env.auth.headers.first().value, QStringLiteral("Bearer {{secret.apiKey}}"));

        const RequestSpec *list = importedRequest(imported.value(), QStringLiteral("List accounts"));
        QVERIFY(list);
        QCOMPARE(list->collection, QStringLiteral("BigLedger API - demo/Accounts"));
        QCOMPARE(list->url, QStringLiteral("{{baseUrl}}/accounts?limit=10"));
        QCOMPARE(list->headers.size(), 2);
        QVERIFY(!list->headers.at(1).enabled);

        const RequestSpec *create = importedRequest(imported.value(), QStringLiteral("Create invoice- -invoices"));
        QVERIFY2(create, "names are made file-safe");
        QCOMPARE(create->method, QStringLiteral("POST"));
        QVERIFY(create->body.contains(QLatin1String("\"amount\": 12.5")));
        QCOMPARE(create->headers.last().value, QStringLiteral("application/json"));
        // The collection's order is kept: a chained folder runs as it did in Postman.
        QCOMPARE(create->sequence, 1);
        const RequestSpec *attachment = importedRequest(imported.value(), QStringLiteral("Upload attachment"));
        QVERIFY(attachment);
        QCOMPARE(attachment->sequence, 2);
        // Its test script's assertions and variable settings became checks and captures; the rest is listed.
        QCOMPARE(create->checks, (QStringList {QStringLiteral("status == 201"), QStringLiteral("$.data.amount == 12.5"),
                                     QStringLiteral("$.data.id type string")}));
        QCOMPARE(create->captures,
            (QStringList {QStringLiteral("invoiceId = $.data.id"), QStringLiteral("accessToken = $.token secret")}));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("not imported: console.log(jsonData); \u00b7 if (jsonData.data.amount > 10)")));

        const RequestSpec *search = importedRequest(imported.value(), QStringLiteral("Search -form"));
        QVERIFY(search);
        QCOMPARE(search->bodyMode, RequestSpec::BodyMode::Form);
        QCOMPARE(search->formFields.size(), 2);

        const RequestSpec *verify = importedRequest(imported.value(), QStringLiteral("Verify with its own token"));
        QVERIFY(verify && verify->auth);
        QCOMPARE(verify->auth->headers.first().value, QStringLiteral("Bearer {{secret.token}}"));
        QCOMPARE(imported->secrets.value(QStringLiteral("token")),
            QStringLiteral("blg_test_sk_literal_marker_0002"));
        QVERIFY(env.hasSecretSlot(QStringLiteral("token")));

        const RequestSpec *upload = importedRequest(imported.value(), QStringLiteral("Upload attachment"));
        QVERIFY(upload);
        QCOMPARE(upload->bodyMode, RequestSpec::BodyMode::Multipart);
        QCOMPARE(upload->parts,
            (QList<FormPart> {{QStringLiteral("note"), QStringLiteral("for {{companyId}}"), {}, {}, true},
                {QStringLiteral("file"), {}, QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), true},
                {QStringLiteral("more"), {}, QStringLiteral("b.pdf"), {}, true}}));
        const RequestSpec *graphql = importedRequest(imported.value(), QStringLiteral("GraphQL"));
        QVERIFY(graphql);
        QCOMPARE(graphql->bodyMode, RequestSpec::BodyMode::GraphQl);
        QVERIFY2(graphql->graphql.variables.contains(QLatin1String("\"first\": 2")), qPrintable(graphql->graphql.variables));
        QVERIFY(!graphql->graphql.query.isEmpty());
    }

    void reportsWhatItLeavesOut()
    {
        const auto imported = PostmanImport::fromJson(fixture(), QStringLiteral("bigledger.json"));
        QVERIFY(imported);
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("bad name!")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("{{$guid}}")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("part 'more' lists several files")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("digest authentication")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("collection: pre-request and test scripts")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("example responses")));
    }

    void theImportSavesAndNoSecretReachesAFile()
    {
        QTemporaryDir dir;
        Workspace workspace
            = WorkspaceStore::create(dir.filePath(QStringLiteral("ws")), QStringLiteral("W")).value();
        const auto imported = PostmanImport::fromJson(fixture(), QStringLiteral("bigledger.json"));
        const auto saved = WorkspaceExport::importInto(workspace, imported->bundle);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->requests, 7);
        const auto reloaded = WorkspaceStore::load(workspace.rootPath);
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded->requests.size(), 7);
        QDirIterator it(workspace.rootPath, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("marker_000"), qPrintable(file.fileName()));
        }
    }

    void otherFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not valid JSON");
        QTest::newRow("openapi") << QByteArray(R"({"openapi": "3.1.0", "paths": {}})")
                                 << QStringLiteral("not a Postman collection");
        QTest::newRow("v1") << QByteArray(R"({"id": "x", "requests": []})")
                            << QStringLiteral("Collection v2.1");
    }

    void otherFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto imported = PostmanImport::fromJson(json, QStringLiteral("file.json"));
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
