#include "model/NameRules.h"

#include <QTest>

using namespace keyway;

class TestNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("sandbox") << true;
        QTest::newRow("spaces and dots") << QStringLiteral("EU prod.v2") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("hidden") << QStringLiteral(".env") << false;
        QTest::newRow("trailing space") << QStringLiteral("prod ") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
    }

    void environmentNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Status status = NameRules::checkEnvironmentName(name);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(!status.error().isEmpty());
    }

    void variableNames()
    {
        QVERIFY(NameRules::checkVariableName(QStringLiteral("store_hash")).ok());
        QVERIFY(NameRules::checkVariableName(QStringLiteral("_x-1")).ok());
        QVERIFY(!NameRules::checkVariableName(QStringLiteral("1abc")));
        QVERIFY(!NameRules::checkVariableName(QStringLiteral("a.b")));
        QVERIFY(NameRules::checkVariableName(QStringLiteral("baseUrl"))
                    .error()
                    .contains(QLatin1String("built in")));
        QVERIFY(!NameRules::checkVariableName(QStringLiteral("companyId")));
    }

    void headerNames()
    {
        QVERIFY(NameRules::checkHeaderName(QStringLiteral("X-Company-Id")).ok());
        QVERIFY(!NameRules::checkHeaderName(QStringLiteral("X Company")));
        QVERIFY(!NameRules::checkHeaderName(QStringLiteral("X:Y")));
        QVERIFY(!NameRules::checkHeaderName(QString()));
    }

    void companyIds()
    {
        QVERIFY(NameRules::checkCompanyId(QStringLiteral("company_abc123")).ok());
        QVERIFY(!NameRules::checkCompanyId(QStringLiteral("a b")));
        QVERIFY(!NameRules::checkCompanyId(QStringLiteral("line\nbreak")));
        QVERIFY(!NameRules::checkCompanyId(QString()));
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::newRow("https") << QStringLiteral("https://api.example.com/v1") << QString();
        QTest::newRow("variables") << QStringLiteral("https://api.bigcommerce.com/stores/{{store_hash}}/v3")
                                   << QString();
        QTest::newRow("variable host") << QStringLiteral("https://{{host}}:8443") << QString();
        QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("relative") << QStringLiteral("api.example.com") << QStringLiteral("absolute");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QStringLiteral("https://");
        QTest::newRow("fragment") << QStringLiteral("https://example.com/#x") << QStringLiteral("fragment");
    }

    void baseUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const Status status = NameRules::checkBaseUrl(url);
        QCOMPARE(status.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(status.error().contains(problem), qPrintable(status.error()));
    }

    void baseUrlWithCredentialsIsRefusedWithoutEchoingThem()
    {
        const Status status
            = NameRules::checkBaseUrl(QStringLiteral("https://user:hunter2secret@example.com"));
        QVERIFY(!status);
        QVERIFY(!status.error().contains(QLatin1String("hunter2secret")));
        QVERIFY(status.error().contains(QLatin1String("password")));
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
