#include "core/Settings.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheTable()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("keyway.conf")));
        QCOMPARE(settings.value(SettingKeys::LastWorkspace), QString());
        QCOMPARE(settings.value(SettingKeys::WindowGeometry), QByteArray());
    }

    void valuesPersistInAnOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cfg/keyway.conf"));
        {
            Settings settings(path);
            settings.setValue(SettingKeys::LastWorkspace, QStringLiteral("/tmp/ws"));
        }
        Settings reopened(path);
        QCOMPARE(reopened.value(SettingKeys::LastWorkspace), QStringLiteral("/tmp/ws"));
        const auto groupAndOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & (groupAndOthers | QFileDevice::ExeOwner),
            QFileDevice::Permissions());
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("cfg"))).permissions() & groupAndOthers,
            QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
