#include "secrets/KeychainErrors.h"

#include <QTest>

using namespace keyway;
using Result = SecretJob::Result;

class TestKeychainErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Result>("expected");
        QTest::newRow("ok") << int(QKeychain::NoError) << QString() << Result::Ok;
        QTest::newRow("missing") << int(QKeychain::EntryNotFound) << QStringLiteral("Entry not found")
                                 << Result::NotFound;
        QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser) << QString() << Result::Denied;
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Result::Unavailable;
        QTest::newRow("locked") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << Result::Locked;
        QTest::newRow("dismissed") << int(QKeychain::OtherError) << QStringLiteral("The prompt was dismissed")
                                   << Result::Denied;
        QTest::newRow("no provider")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << Result::Unavailable;
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << Result::Unavailable;
        QTest::newRow("timeout") << int(QKeychain::OtherError)
                                 << QStringLiteral("Did not receive a reply (timeout)") << Result::TimedOut;
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("something odd")
                               << Result::Failed;
    }

    void classifies()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(Result, expected);
        QCOMPARE(classifyKeychainError(QKeychain::Error(error), text), expected);
    }
};

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
