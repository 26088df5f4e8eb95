#include "auth/TokenBroker.h"
#include "model/Environment.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

// Every key change goes through the key service: dates kept, tokens made from the old value gone.
class TestKeyService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_store;

    const SecretKey m_key {QStringLiteral("ws"), QStringLiteral("svc"), QStringLiteral("client_secret")};
    const SecretKey m_tokens = TokenBroker::tokenKey(QStringLiteral("ws"), QStringLiteral("svc"));

    void storeTokens()
    {
        QCOMPARE(runSecretJob(m_store.write(m_tokens, QStringLiteral("{\"accessToken\":\"at\"}"))).result,
            SecretJob::Result::Ok);
    }

    bool tokensStored() { return runSecretJob(m_store.read(m_tokens)).result == SecretJob::Result::Ok; }

private Q_SLOTS:
    void aNewValueDatesTheKeyAndDropsTheTokens()
    {
        KeyService keys(m_store, m_dir.filePath(QStringLiteral("dates.json")));
        storeTokens();
        QCOMPARE(runSecretJob(keys.write(m_key, QStringLiteral("first-value"))).result, SecretJob::Result::Ok);
        QVERIFY(keys.dates().metadata(m_key)->created.isValid());
        QVERIFY(!keys.dates().metadata(m_key)->rotated.isValid());
        QVERIFY(!tokensStored());

        storeTokens(); // signed in again with the first value
        QCOMPARE(runSecretJob(keys.write(m_key, QStringLiteral("second-value"))).result, SecretJob::Result::Ok);
        QVERIFY(keys.dates().metadata(m_key)->rotated.isValid());
        QVERIFY(!tokensStored());
        QCOMPARE(runSecretJob(m_store.read(m_key)).value, QStringLiteral("second-value"));
    }

    void aRemovedKeyTakesItsDatesAndTheTokens()
    {
        KeyService keys(m_store, m_dir.filePath(QStringLiteral("dates.json")));
        QCOMPARE(runSecretJob(keys.write(m_key, QStringLiteral("value"))).result, SecretJob::Result::Ok);
        storeTokens();
        QCOMPARE(runSecretJob(keys.remove(m_key)).result, SecretJob::Result::Ok);
        QVERIFY(!keys.dates().metadata(m_key)->isKnown());
        QVERIFY(!tokensStored());
    }

    void tokensThemselvesPassStraightThrough()
    {
        KeyService keys(m_store, m_dir.filePath(QStringLiteral("dates2.json")));
        QCOMPARE(runSecretJob(keys.write(m_tokens, QStringLiteral("{}"))).result, SecretJob::Result::Ok);
        QVERIFY(tokensStored()); // storing tokens does not drop them
        QVERIFY(!keys.dates().metadata(m_tokens)->isKnown());
    }

    void newSignInSettingsDropTheTokens()
    {
        KeyService keys(m_store, m_dir.filePath(QStringLiteral("dates.json")));
        Environment before;
        before.name = QStringLiteral("svc");
        before.baseUrl = QStringLiteral("https://api.example.com");
        before.auth.kind = AuthKind::ClientCredentials;
        before.auth.tokenUrl = QStringLiteral("https://login.example.com/token");
        before.auth.clientId = QStringLiteral("c");
        QVERIFY(!keys.authChanged(QStringLiteral("ws"), before, before, nullptr));
        Environment otherBase = before;
        otherBase.baseUrl = QStringLiteral("https://api2.example.com");
        QVERIFY(!keys.authChanged(QStringLiteral("ws"), before, otherBase, nullptr)); // not in the grant
        Environment templated = before;
        templated.auth.tokenUrl = QStringLiteral("{{baseUrl}}/token");
        Environment templatedMoved = templated;
        templatedMoved.baseUrl = otherBase.baseUrl;
        storeTokens();
        QCOMPARE(runSecretJob(keys.authChanged(QStringLiteral("ws"), templated, templatedMoved, nullptr)).result,
            SecretJob::Result::Ok);
        QVERIFY(!tokensStored());
        Environment scoped = before;
        scoped.auth.scopes = {QStringLiteral("write:invoices")};
        storeTokens();
        QCOMPARE(runSecretJob(keys.authChanged(QStringLiteral("ws"), before, scoped, nullptr)).result,
            SecretJob::Result::Ok);
        QVERIFY(!tokensStored());
    }
};

QTEST_GUILESS_MAIN(TestKeyService)
#include "tst_keyservice.moc"
