#include "http/CookieJar.h"

#include <QSignalSpy>
#include <QTest>

using namespace keyway;

namespace {

const QUrl Login(QStringLiteral("https://api.example.com/v1/login"));

QStringList names(const QByteArray &header)
{
    QStringList result;
    for (const QByteArray &pair : header.split(';')) {
        if (!pair.trimmed().isEmpty())
            result << QString::fromLatin1(pair.trimmed().split('=').first());
    }
    result.sort();
    return result;
}

} // namespace

// An environment's cookies (issue 14 item 3): Qt's cookie rules decide what is kept and offered;
// Keyway bounds the jar and keeps what it stores intact.
class TestCookieJar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsAndOffersCookiesByTheRules()
    {
        CookieJar jar;
        QSignalSpy changed(&jar, &CookieJar::changed);
        jar.storeFromResponse("a=1; Path=/; HttpOnly\nb=2; Domain=example.com; Path=/\nc=3; Path=/; Secure\n"
                              "d=4; Path=/other\nevil=5; Domain=evil.example; Path=/",
            Login);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names(jar.headerFor(QUrl(QStringLiteral("https://api.example.com/v1/invoices")))),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        // Secure ones only over HTTPS; a path elsewhere only there; another domain never.
        QCOMPARE(names(jar.headerFor(QUrl(QStringLiteral("http://api.example.com/v1/invoices")))),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(names(jar.headerFor(QUrl(QStringLiteral("https://api.example.com/other/x")))),
            (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(names(jar.headerFor(QUrl(QStringLiteral("https://shop.example.com/")))), QStringList {QStringLiteral("b")});
        QVERIFY(jar.headerFor(QUrl(QStringLiteral("https://evil.example/"))).isEmpty());
        QCOMPARE(jar.cookies().size(), 4);
    }

    void anExpiryInThePastDeletes()
    {
        CookieJar jar;
        jar.storeFromResponse("session=abc; Path=/; Max-Age=3600", Login);
        QCOMPARE(jar.cookies().size(), 1);
        QVERIFY(!jar.cookies().first().isSessionCookie());
        jar.storeFromResponse("session=; Path=/; Max-Age=0", Login);
        QVERIFY(jar.cookies().isEmpty());
        QVERIFY(jar.headerFor(Login).isEmpty());
    }

    void aServerCannotGrowTheJarWithoutLimit()
    {
        CookieJar jar;
        QByteArray many;
        for (int i = 0; i < 120; ++i)
            many += "c" + QByteArray::number(i) + "=v; Path=/\n";
        jar.storeFromResponse(many, Login);
        QCOMPARE(jar.cookies().size(), CookieJar::MaxPerDomain);
        // The newest are kept: the oldest go first.
        QVERIFY(jar.headerFor(Login).contains("c119="));
        QVERIFY(!jar.headerFor(Login).contains("c0="));
        for (int host = 0; host < 10; ++host) {
            QByteArray batch;
            for (int i = 0; i < 40; ++i)
                batch += "h" + QByteArray::number(i) + "=v; Path=/\n";
            jar.storeFromResponse(batch, QUrl(QStringLiteral("https://h%1.example.com/").arg(host)));
        }
        QCOMPARE(jar.cookies().size(), CookieJar::MaxCookies);
        jar.clear();
        jar.storeFromResponse("huge=" + QByteArray(CookieJar::MaxCookieBytes, 'x') + "; Path=/", Login);
        QVERIFY(jar.cookies().isEmpty());
    }

    void whatIsStoredComesBackTheSame()
    {
        CookieJar jar;
        jar.storeFromResponse("host=1; Path=/; HttpOnly; SameSite=Strict\nwide=2; Domain=example.com; Path=/v1; Secure\n"
                              "kept=3; Path=/; Max-Age=600",
            Login);
        const QByteArray stored = jar.toStored();
        auto restored = CookieJar::fromStored(stored);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        CookieJar again;
        again.setStored(restored.value());
        QCOMPARE(again.toStored(), stored);
        // A host-only cookie stays host-only: it must not start reaching the host's subdomains.
        QVERIFY(!again.headerFor(QUrl(QStringLiteral("https://sub.api.example.com/"))).contains("host="));
        QVERIFY(again.headerFor(QUrl(QStringLiteral("https://sub.api.example.com/v1/x"))).contains("wide="));
        QCOMPARE(again.headerFor(Login), jar.headerFor(Login));
        const auto policy = again.cookies().first().sameSitePolicy();
        QCOMPARE(policy, QNetworkCookie::SameSite::Strict);
        QVERIFY(!CookieJar::fromStored("{not json"));
    }

    void cookiesCanBeEditedAndRemoved()
    {
        CookieJar jar;
        jar.storeFromResponse("a=1; Path=/\nb=2; Path=/", Login);
        QNetworkCookie edited = jar.cookies().first();
        edited.setValue("changed");
        jar.put(edited);
        QVERIFY(jar.headerFor(Login).contains("a=changed"));
        QCOMPARE(jar.cookies().size(), 2);
        QVERIFY(jar.remove(jar.cookies().last()));
        QCOMPARE(jar.cookies().size(), 1);
        jar.clear();
        QVERIFY(jar.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCookieJar)
#include "tst_cookiejar.moc"
