#include "auth/IssuerDiscovery.h"
#include "model/NameRules.h"

#include <QTest>

using keyway::IssuerDiscovery;
using keyway::NameRules;

// Where the authorization server's metadata is looked for (RFC 8414 §3, OpenID Discovery) and
// what counts as the same authorization endpoint.
class TestIssuerDiscovery : public QObject
{
    Q_OBJECT

private:
    static QStringList urls(const QList<IssuerDiscovery::Candidate> &candidates)
    {
        QStringList list;
        for (const auto &candidate : candidates)
            list << candidate.issuer + QStringLiteral(" @ ") + candidate.metadataUrl.toString();
        return list;
    }

private Q_SLOTS:
    void aRootIssuerIsLookedUpAtTheOrigin()
    {
        const auto list = urls(IssuerDiscovery::candidates(QUrl(QStringLiteral("https://login.example.com/authorize?audience=x")), {}));
        QCOMPARE(list.value(0), QStringLiteral("https://login.example.com @ https://login.example.com/.well-known/oauth-authorization-server"));
        QCOMPARE(list.value(1), QStringLiteral("https://login.example.com @ https://login.example.com/.well-known/openid-configuration"));
        QCOMPARE(list.size(), 2); // the endpoint's own path is not an issuer
    }

    void pathIssuersAreTriedLongestFirstInBothForms()
    {
        const auto list = urls(IssuerDiscovery::candidates(
            QUrl(QStringLiteral("https://sso.example.com:8443/realms/acme/protocol/openid-connect/auth")), {}));
        QCOMPARE(list.value(2),
            QStringLiteral("https://sso.example.com:8443/realms/acme/protocol/openid-connect @ "
                           "https://sso.example.com:8443/.well-known/oauth-authorization-server/realms/acme/protocol/openid-connect"));
        QCOMPARE(list.value(3),
            QStringLiteral("https://sso.example.com:8443/realms/acme/protocol/openid-connect @ "
                           "https://sso.example.com:8443/realms/acme/protocol/openid-connect/.well-known/openid-configuration"));
        QVERIFY(list.contains(QStringLiteral("https://sso.example.com:8443/realms/acme @ "
                                             "https://sso.example.com:8443/realms/acme/.well-known/openid-configuration")));
        QCOMPARE(list.size(), 2 + 2 * 4);
    }

    void aNamedIssuerIsTheOnlyOneLookedUp()
    {
        const auto list = urls(IssuerDiscovery::candidates(QUrl(QStringLiteral("https://a.example.com/oauth/authorize")),
            QStringLiteral("https://id.example.com/tenants/t1/")));
        QCOMPARE(list,
            QStringList({QStringLiteral("https://id.example.com/tenants/t1/ @ https://id.example.com/.well-known/oauth-authorization-server/tenants/t1"),
                QStringLiteral("https://id.example.com/tenants/t1/ @ https://id.example.com/tenants/t1/.well-known/openid-configuration")}));
    }

    void endpointsAreComparedWithoutQuery_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("query") << "https://l.example.com/authorize?audience=x" << "https://l.example.com/authorize" << true;
        QTest::newRow("default port") << "https://l.example.com:443/authorize" << "https://L.example.com/authorize" << true;
        QTest::newRow("trailing slash") << "https://l.example.com/authorize/" << "https://l.example.com/authorize" << true;
        QTest::newRow("other path") << "https://l.example.com/other" << "https://l.example.com/authorize" << false;
        QTest::newRow("other host") << "https://evil.example/authorize" << "https://l.example.com/authorize" << false;
        QTest::newRow("other scheme") << "http://l.example.com/authorize" << "https://l.example.com/authorize" << false;
        QTest::newRow("other port") << "https://l.example.com:8443/authorize" << "https://l.example.com/authorize" << false;
        QTest::newRow("missing") << "" << "https://l.example.com/authorize" << false;
    }

    void endpointsAreComparedWithoutQuery()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(IssuerDiscovery::sameEndpoint(QUrl(a), QUrl(b)), same);
    }

    void issuerRules_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("problem");
        QTest::newRow("https with path") << "https://sso.example.com/realms/acme" << QString();
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/realms/x" << QString();
        QTest::newRow("remote http") << "http://sso.example.com" << "must start with https://";
        QTest::newRow("query") << "https://sso.example.com/?tenant=1" << "query";
        QTest::newRow("fragment") << "https://sso.example.com/#x" << "fragment";
        QTest::newRow("variable") << "https://{{host}}/realms/x" << "variables";
        QTest::newRow("relative") << "/realms/x" << "absolute URL";
    }

    void issuerRules()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, problem);
        const auto status = NameRules::checkIssuer(issuer);
        if (problem.isEmpty())
            QVERIFY2(status, qPrintable(status ? QString() : status.error()));
        else
            QVERIFY2(!status && status.error().contains(problem), qPrintable(status ? QString() : status.error()));
    }
};

QTEST_GUILESS_MAIN(TestIssuerDiscovery)
#include "tst_issuerdiscovery.moc"
