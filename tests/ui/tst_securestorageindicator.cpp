#include "keys/SecureStorageIndicator.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using namespace keyway::ui;

// Runs with a session bus address that leads nowhere, as on a machine without a desktop session.
class TestSecureStorageIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsAMissingSessionBus()
    {
        SecureStorageIndicator indicator;
        QCOMPARE(indicator.text(), QStringLiteral("Secure storage: checking\u2026"));
        indicator.startCheck();
        QTRY_VERIFY_WITH_TIMEOUT(indicator.status().state != SecureStorageStatus::State::Checking, 30'000);
        QCOMPARE(indicator.status().state, SecureStorageStatus::State::NoSessionBus);
        QCOMPARE(indicator.text(), QStringLiteral("\u26a0 Secure storage unavailable: no D-Bus session"));
        QVERIFY2(
            indicator.toolTip().contains(QLatin1String("dbus-run-session")), qPrintable(indicator.toolTip()));
        QVERIFY(indicator.styleSheet().contains(QLatin1String("background")));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir nowhere;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
        "unix:path=" + QFile::encodeName(nowhere.filePath(QStringLiteral("bus"))));
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestSecureStorageIndicator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_securestorageindicator.moc"
