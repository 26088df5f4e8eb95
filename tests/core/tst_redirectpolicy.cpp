#include "http/RedirectPolicy.h"

#include <QTest>
#include <QUrlQuery>

using namespace keyway;

namespace {

WireRequest credentialed(const QString &url)
{
    WireRequest wire;
    wire.method = QStringLiteral("POST");
    wire.url = QUrl(url);
    wire.body = "{}";
    wire.setHeader(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    wire.setHeader(QStringLiteral("Authorization"), QStringLiteral("Bearer secret"));
    wire.setHeader(QStringLiteral("X-Company-Id"), QStringLiteral("company_a"));
    wire.setHeader(QStringLiteral("X-API-Key"), QStringLiteral("k"));
    wire.setHeader(QStringLiteral("Cookie"), QStringLiteral("s=1"));
    wire.setHeader(QStringLiteral("Accept"), QStringLiteral("*/*"));
    wire.credentialHeaders = {QStringLiteral("x-company-id"), QStringLiteral("x-api-key")};
    wire.credentialQueryItems = {QStringLiteral("key")};
    return wire;
}

} // namespace

class TestRedirectPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHopSaysWhatWasLeftBehindWithoutValues()
    {
        const WireRequest start = credentialed(QStringLiteral("https://a.example/x?key=s3cr3t&page=2"));
        const auto next
            = RedirectPolicy::follow(start, 303, QUrl(QStringLiteral("https://b.example/y")), 0, false);
        QVERIFY(next.ok());
        const RedirectHop hop = RedirectPolicy::describe(start, 303, next.value());
        QVERIFY(hop.crossOrigin);
        QVERIFY(hop.becameGet);
        QCOMPARE(hop.status, 303);
        QCOMPARE(hop.strippedHeaders,
            (QStringList {QStringLiteral("Content-Type"), QStringLiteral("Authorization"),
                QStringLiteral("X-Company-Id"), QStringLiteral("X-API-Key"), QStringLiteral("Cookie")}));
        QCOMPARE(hop.strippedQueryItems, QStringList {QStringLiteral("key")});
        // The address it came from is shown with the key's value masked; the other items stay readable.
        QVERIFY(!hop.url.toString().contains(QLatin1String("s3cr3t")));
        QCOMPARE(QUrlQuery(hop.url).queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
        QCOMPARE(QUrlQuery(hop.url).queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded),
            QStringLiteral("\u2022\u2022\u2022\u2022"));
    }

    void sameOriginKeepsCredentials()
    {
        const auto next = RedirectPolicy::follow(
            credentialed(QStringLiteral("https://a.example/x")), 307, QUrl(QStringLiteral("/y")), 0, false);
        QVERIFY(next.ok());
        QCOMPARE(next->url.toString(), QStringLiteral("https://a.example/y"));
        QCOMPARE(next->header(QStringLiteral("Authorization")), QStringLiteral("Bearer secret"));
        QCOMPARE(next->method, QStringLiteral("POST"));
        QCOMPARE(next->body, QByteArray("{}"));
    }

    void otherOriginLosesEveryCredential_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("other host") << "https://b.example/y?key=1&keep=2";
        QTest::newRow("other port") << "https://a.example:8443/y?key=1&keep=2";
        QTest::newRow("other scheme") << "http://127.0.0.1/y?key=1&keep=2";
    }

    void otherOriginLosesEveryCredential()
    {
        QFETCH(QString, location);
        WireRequest start = credentialed(QStringLiteral("https://a.example/x?key=1"));
        if (location.startsWith(QLatin1String("http://")))
            start.url = QUrl(QStringLiteral("http://localhost/x?key=1"));
        const auto next = RedirectPolicy::follow(start, 307, QUrl(location), 0, false);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        for (const char *name : {"Authorization", "X-Company-Id", "X-API-Key", "Cookie"})
            QVERIFY2(next->header(QLatin1String(name)).isEmpty(), name);
        QCOMPARE(next->header(QStringLiteral("Accept")), QStringLiteral("*/*"));
        QVERIFY(!QUrlQuery(next->url).hasQueryItem(QStringLiteral("key")));
        QVERIFY(QUrlQuery(next->url).hasQueryItem(QStringLiteral("keep")));
    }

    void httpsNeverDowngrades()
    {
        const auto next = RedirectPolicy::follow(credentialed(QStringLiteral("https://a.example/x")), 302,
            QUrl(QStringLiteral("http://a.example/x")), 0, true);
        QVERIFY(!next);
        QVERIFY(next.error().contains(QLatin1String("HTTPS")));
    }

    void plainHttpOnlyToLoopbackUnlessAllowed()
    {
        QVERIFY(RedirectPolicy::checkTarget(QUrl(QStringLiteral("http://127.0.0.1:8080/")), false).ok());
        QVERIFY(RedirectPolicy::checkTarget(QUrl(QStringLiteral("http://localhost/")), false).ok());
        QVERIFY(RedirectPolicy::checkTarget(QUrl(QStringLiteral("http://[::1]/")), false).ok());
        const Status refused
            = RedirectPolicy::checkTarget(QUrl(QStringLiteral("http://api.example.com/")), false);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("--allow-insecure-http")));
        QVERIFY(RedirectPolicy::checkTarget(QUrl(QStringLiteral("http://api.example.com/")), true).ok());
    }

    void seeOtherBecomesGetWithoutBody()
    {
        const auto next = RedirectPolicy::follow(credentialed(QStringLiteral("https://a.example/x")), 303,
            QUrl(QStringLiteral("/done")), 0, false);
        QCOMPARE(next->method, QStringLiteral("GET"));
        QVERIFY(next->body.isEmpty());
        QVERIFY(next->header(QStringLiteral("Content-Type")).isEmpty());
    }

    void hopLimit()
    {
        const auto next = RedirectPolicy::follow(credentialed(QStringLiteral("https://a.example/x")), 302,
            QUrl(QStringLiteral("/y")), RedirectPolicy::MaxRedirects, false);
        QVERIFY(!next);
        QVERIFY(next.error().contains(QLatin1String("redirects")));
    }
};

QTEST_GUILESS_MAIN(TestRedirectPolicy)
#include "tst_redirectpolicy.moc"
