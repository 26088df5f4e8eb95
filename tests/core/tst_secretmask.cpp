#include "model/SecretMask.h"

#include <QTest>

using namespace keyway;

class TestSecretMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyTheLastFourOfLongSecrets()
    {
        QCOMPARE(SecretMask::mask(QStringLiteral("blg_live_sk_abcdef123456")),
            QStringLiteral("\u2022\u2022\u2022\u20223456"));
        QCOMPARE(
            SecretMask::mask(QStringLiteral("123456789012")), QStringLiteral("\u2022\u2022\u2022\u20229012"));
    }

    void showsNothingOfShortSecrets()
    {
        QCOMPARE(SecretMask::mask(QStringLiteral("12345678901")), SecretMask::dots());
        QCOMPARE(SecretMask::mask(QStringLiteral("ab")), SecretMask::dots());
        QCOMPARE(SecretMask::mask(QString()), SecretMask::dots());
    }
};

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
