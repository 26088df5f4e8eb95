#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace keyway;

namespace {

const SecretKey Key {QStringLiteral("ws"), QStringLiteral("sandbox"), QStringLiteral("api_key")};

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishesOnlyAfterStartReturnsAndDeletesItself()
    {
        MemorySecretStore store;
        QPointer<SecretJob> job = store.write(Key, QStringLiteral("v"));
        QSignalSpy finished(job.data(), &SecretJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QTRY_VERIFY(job.isNull());
    }

    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        QCOMPARE(runSecretJob(store.read(Key)).result, SecretJob::Result::NotFound);
        QCOMPARE(runSecretJob(store.write(Key, QStringLiteral("one"))).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(Key)).value, QStringLiteral("one"));
        QCOMPARE(runSecretJob(store.write(Key, QStringLiteral("two"))).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.read(Key)).value, QStringLiteral("two"));
        QCOMPARE(store.size(), 1);
        QCOMPARE(runSecretJob(store.remove(Key)).result, SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(store.remove(Key)).result, SecretJob::Result::NotFound);
        QCOMPARE(store.size(), 0);
    }

    void keysAreNamespacedByWorkspaceAndEnvironment()
    {
        MemorySecretStore store;
        runSecretJob(store.write(Key, QStringLiteral("sandbox")));
        const SecretKey otherWorkspace {QStringLiteral("ws2"), Key.environment, Key.slot};
        QCOMPARE(runSecretJob(store.read(otherWorkspace)).result, SecretJob::Result::NotFound);
        QCOMPARE(Key.storageKey(), QStringLiteral("ws/sandbox/api_key"));
    }

    void injectedFailureReachesTheCaller()
    {
        MemorySecretStore store;
        store.failWith(SecretJob::Result::Locked, QStringLiteral("collection is locked"));
        const SecretJobOutcome outcome = runSecretJob(store.write(Key, QStringLiteral("x")));
        QCOMPARE(outcome.result, SecretJob::Result::Locked);
        QCOMPARE(outcome.error, QStringLiteral("collection is locked"));
        QCOMPARE(store.size(), 0);
        store.stopFailing();
        QCOMPARE(runSecretJob(store.write(Key, QStringLiteral("x"))).result, SecretJob::Result::Ok);
    }

    void jobOutlivesItsStore()
    {
        auto store = std::make_unique<MemorySecretStore>();
        SecretJob *job = store->write(Key, QStringLiteral("x"));
        store.reset();
        QCOMPARE(runSecretJob(job).result, SecretJob::Result::Ok);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
