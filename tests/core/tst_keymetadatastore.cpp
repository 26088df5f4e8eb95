#include "secrets/KeyMetadataStore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

// The key dates file: dates only, in folders no other user can read.
class TestKeyMetadataStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itsFolderIsCreatedOwnerOnly()
    {
        QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("data/keyway"));
        KeyMetadataStore store(folder + QStringLiteral("/key-metadata.json"));
        QVERIFY(
            store.recordStored({QStringLiteral("ws"), QStringLiteral("sandbox"), QStringLiteral("api_key")})
                .ok());
        for (const QString &made : {home.filePath(QStringLiteral("data")), folder})
            QCOMPARE(QFileInfo(made).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder + QStringLiteral("/key-metadata.json")).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QVERIFY(store.metadata({QStringLiteral("ws"), QStringLiteral("sandbox"), QStringLiteral("api_key")})
                    ->isKnown());
    }

    void lastUsedIsKeptToTheMinute()
    {
        // Sends many times a minute (a script, a collection run in CI) write the file once.
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("key-metadata.json"));
        KeyMetadataStore store(path);
        const SecretKey key {QStringLiteral("ws"), QStringLiteral("sandbox"), QStringLiteral("api_key")};
        QVERIFY(store.recordUsed(key.workspaceId, key.environment, {key.slot}).ok());
        QVERIFY(store.metadata(key)->lastUsed.isValid());
        const QDateTime written = QFileInfo(path).lastModified();
        QTest::qWait(50);
        QVERIFY(store.recordUsed(key.workspaceId, key.environment, {key.slot}).ok());
        QCOMPARE(QFileInfo(path).lastModified(), written); // not written again
        // A key not used this minute is written at once.
        QVERIFY(store.recordUsed(key.workspaceId, key.environment, {key.slot, QStringLiteral("other")}).ok());
        QVERIFY(QFileInfo(path).lastModified() > written);
        QVERIFY(store.metadata({key.workspaceId, key.environment, QStringLiteral("other")})->lastUsed.isValid());
    }
};

QTEST_GUILESS_MAIN(TestKeyMetadataStore)
#include "tst_keymetadatastore.moc"
