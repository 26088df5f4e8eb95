#include "convert/AnyImport.h"
#include "convert/BruDocument.h"
#include "convert/BrunoImport.h"
#include "EnglishPlurals.h"
#include "ImportedRequests.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace keyway;

// A Bruno collection folder (tests/data/bruno/demo) imported as a user hands it to Import: requests
// in their folders and order, asserts and post-response variables as checks and captures, the
// environment's keys into the keychain, scripts listed and never run.
class TestBrunoImport : public QObject
{
    Q_OBJECT

private:
    QTranslator m_plurals;


private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals(m_plurals));
    }

    void aCollectionFolderImports()
    {
        // The folder, or the bruno.json in it, as Import is handed either.
        const auto imported = AnyImport::read(QStringLiteral(KEYWAY_TEST_DATA_DIR "/bruno/demo/bruno.json"));
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(AnyImport::read(QStringLiteral(KEYWAY_TEST_DATA_DIR "/bruno/demo")));
        QCOMPARE(imported->bundle.sourceName, QStringLiteral("BigLedger demo"));
        QCOMPARE(imported->bundle.requests.size(), 3);

        const Environment &env = imported->bundle.environments.first();
        QCOMPARE(env.name, QStringLiteral("Sandbox"));
        QCOMPARE(env.baseUrl, QStringLiteral("http://127.0.0.1:8085/v1"));
        QCOMPARE(env.variables.value(QStringLiteral("customer")), QStringLiteral("Ada"));
        QVERIFY(!env.variables.contains(QStringLiteral("disabled")));
        QVERIFY(env.hasSecretSlot(QStringLiteral("client_secret")));
        // A key written into the environment file goes to the keychain, never a Keyway file.
        QVERIFY(env.hasSecretSlot(QStringLiteral("api_key")));
        QVERIFY(!env.variables.contains(QStringLiteral("api_key")));
        QCOMPARE(imported->secrets.value(QStringLiteral("api_key")), QStringLiteral("blg_test_sk_literal_marker_0003"));

        const RequestSpec *create = importedRequest(imported.value(), QStringLiteral("Create invoice"));
        QVERIFY(create);
        QCOMPARE(create->collection, QStringLiteral("BigLedger demo/Invoices"));
        QCOMPARE(create->method, QStringLiteral("POST"));
        QCOMPARE(create->url, QStringLiteral("{{baseUrl}}/invoices"));
        QCOMPARE(create->sequence, 1);
        QVERIFY(create->body.startsWith(QLatin1String("{\n  \"customer\": \"{{customer}}\"")));
        QCOMPARE(create->headers.size(), 3);
        QVERIFY(!create->headers.at(1).enabled);
        QCOMPARE(create->headers.last().value, QStringLiteral("application/json"));
        QVERIFY(create->auth);
        QCOMPARE(create->auth->headers.first().value, QStringLiteral("Bearer {{secret.api_key}}"));
        QCOMPARE(create->checks, (QStringList {QStringLiteral("status == 201"), QStringLiteral("$.data.amount == 120"),
                                     QStringLiteral("$.data.id exists"), QStringLiteral("header content-type contains json"),
                                     QStringLiteral("$.data.customer matches ^Ad")}));
        QCOMPARE(create->captures, QStringList {QStringLiteral("invoiceId = $.data.id")});
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("2 assert or variable lines not imported: res.body: isJson")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("the script:post-response block is JavaScript, not imported")));
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("the tests block is JavaScript")));

        const RequestSpec *fetch = importedRequest(imported.value(), QStringLiteral("Fetch invoice"));
        QVERIFY(fetch);
        QCOMPARE(fetch->url, QStringLiteral("{{baseUrl}}/invoices/{{invoiceId}}"));
        QCOMPARE(fetch->sequence, 2);
        QVERIFY(!fetch->auth); // inherit: the environment's
        QCOMPARE(fetch->checks, (QStringList {QStringLiteral("status == 200"), QStringLiteral("$.data.amount > 100")}));

        const RequestSpec *upload = importedRequest(imported.value(), QStringLiteral("Upload"));
        QVERIFY(upload);
        QCOMPARE(upload->collection, QStringLiteral("BigLedger demo"));
        QCOMPARE(upload->bodyMode, RequestSpec::BodyMode::Multipart);
        QCOMPARE(upload->parts.size(), 2);
        QCOMPARE(upload->parts.last().file, QStringLiteral("docs/a.pdf"));
        QVERIFY(upload->auth && upload->auth->kind == AuthKind::None);
    }

    void assertsAndVariablesOneByOne()
    {
        const auto check = [](const char *subject, const char *assertion) {
            return BrunoImport::checkOf(QString::fromLatin1(subject), QString::fromLatin1(assertion)).value_or(QStringLiteral("-"));
        };
        QCOMPARE(check("res.status", "neq 500"), QStringLiteral("status != 500"));
        QCOMPARE(check("res.responseTime", "lt 300"), QStringLiteral("time < 300"));
        QCOMPARE(check("res.body.items", "length 3"), QStringLiteral("$.items length == 3"));
        QCOMPARE(check("res.body.items[0].name", "eq 'x'"), QStringLiteral("$.items[0].name == \"x\""));
        QCOMPARE(check("res.headers['x-request-id']", "isDefined"), QStringLiteral("header x-request-id exists"));
        QCOMPARE(check("res.body.tags", "isEmpty"), QStringLiteral("$.tags length == 0"));
        QCOMPARE(check("res.body.id", "isString"), QStringLiteral("$.id type string"));
        QCOMPARE(check("res.body.name", "endsWith .pdf"), QStringLiteral("$.name matches \\.pdf$"));
        QCOMPARE(check("res.body.x", "between 1, 5"), QStringLiteral("-"));
        QCOMPARE(check("res.status", "contains 2"), QStringLiteral("-")); // no such check on a status
        QCOMPARE(check("res('a.b')", "eq 1"), QStringLiteral("-"));
        QCOMPARE(BrunoImport::captureOf(QStringLiteral("next"), QStringLiteral("res.headers.location")).value_or(QString()),
            QStringLiteral("next = header location"));
        QCOMPARE(BrunoImport::captureOf(QStringLiteral("access_token"), QStringLiteral("res.body.access_token")).value_or(QString()),
            QStringLiteral("access_token = $.access_token secret"));
        QVERIFY(!BrunoImport::captureOf(QStringLiteral("n"), QStringLiteral("res.body.items.length + 1")));
    }

    void damagedFilesAreNamed()
    {
        QVERIFY(!BruDocument::parse(QStringLiteral("meta {\n  name: x\n")));
        QVERIFY(BruDocument::parse(QStringLiteral("meta {\n  name: x\n")).error().contains(QLatin1String("never closed")));
        QVERIFY(BruDocument::parse(QStringLiteral("just text")).error().contains(QLatin1String("line 1")));
        QTemporaryDir dir;
        QVERIFY(AnyImport::read(dir.path()).error().contains(QLatin1String("no bruno.json")));
        QFile manifest(dir.filePath(QStringLiteral("bruno.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"name": "broken"})");
        manifest.close();
        QFile request(dir.filePath(QStringLiteral("bad.bru")));
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.write("meta {\n  name: bad\n");
        request.close();
        const auto imported = AnyImport::read(dir.path());
        QVERIFY2(imported, qPrintable(imported.error()));
        QVERIFY(imported->bundle.requests.isEmpty());
        QVERIFY(reportedLeftOut(imported.value(), QStringLiteral("bad.bru: line 1: the block \"meta\" is never closed")));
    }
};

QTEST_GUILESS_MAIN(TestBrunoImport)
#include "tst_brunoimport.moc"
