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
};

QTEST_GUILESS_MAIN(TestKeyMetadataStore)
#include "tst_keymetadatastore.moc"
