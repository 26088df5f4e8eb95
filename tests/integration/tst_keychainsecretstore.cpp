#include "KeyringRequirement.h"
#include "SecretJobRunner.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace keyway;

namespace {

// What the Secret Service itself holds, asked through libsecret's own tool.
QString lookupWithSecretTool(const SecretKey &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), KeychainSecretStore::serviceName(),
            QStringLiteral("user"), key.storageKey()});
    tool.waitForFinished(30'000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretKey m_key {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("sandbox"),
        QStringLiteral("api_key")};

private Q_SLOTS:
    void initTestCase() { KEYWAY_REQUIRE_TEST_KEYRING(); }

    void missingEntryIsNotFound()
    {
        KeychainSecretStore store;
        QCOMPARE(runSecretJob(store.read(m_key)).result, SecretJob::Result::NotFound);
    }

    void writeReadOverwriteDelete()
    {
        KeychainSecretStore store;
        const SecretJobOutcome written
            = runSecretJob(store.write(m_key, QStringLiteral("blg_test_sk_first_value_1")));
        QVERIFY2(written.result == SecretJob::Result::Ok, qPrintable(written.error));
        QCOMPARE(runSecretJob(store.read(m_key)).value, QStringLiteral("blg_test_sk_first_value_1"));
        QCOMPARE(lookupWithSecretTool(m_key), QStringLiteral("blg_test_sk_first_value_1"));

        QCOMPARE(runSecretJob(store.write(m_key, QStringLiteral("blg_test_sk_second_value_2"))).result,
            SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(m_key)).value, QStringLiteral("blg_test_sk_second_value_2"));

        QCOMPARE(runSecretJob(store.remove(m_key)).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(m_key)).result, SecretJob::Result::NotFound);
        QCOMPARE(lookupWithSecretTool(m_key), QString());
    }

    void unicodeValuesSurvive()
    {
        KeychainSecretStore store;
        const QString value = QStringLiteral("pässwörd-\u20ac-\U0001F511");
        QCOMPARE(runSecretJob(store.write(m_key, value)).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(m_key)).value, value);
        QCOMPARE(runSecretJob(store.remove(m_key)).result, SecretJob::Result::Ok);
    }

    void workspacesDoNotShareValues()
    {
        KeychainSecretStore store;
        const SecretKey other {
            QUuid::createUuid().toString(QUuid::WithoutBraces), m_key.environment, m_key.slot};
        QCOMPARE(runSecretJob(store.write(m_key, QStringLiteral("mine"))).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(other)).result, SecretJob::Result::NotFound);
        QCOMPARE(runSecretJob(store.remove(m_key)).result, SecretJob::Result::Ok);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
