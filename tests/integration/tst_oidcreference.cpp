#include "auth/AuthorizationCodeLogin.h"
#include "auth/TokenBroker.h"
#include "NodeServer.h"
#include "RedirectFollowingBrowser.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <memory>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace keyway;

// Keyway's browser sign-in against a server it did not write: panva's oidc-provider (npm), with
// its issuer on a path (/realms/demo, as Keycloak has), RFC 9207 `iss` promised in its metadata,
// and the metadata only where OpenID Connect Discovery puts it (issuer + /.well-known/…).
class TestOidcReference : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QString m_issuer;
    MemorySecretStore m_store;
    QNetworkAccessManager m_network;

    Environment environment(const QString &authorizeQuery = {}) const
    {
        Environment env;
        env.name = QStringLiteral("oidc");
        env.baseUrl = m_issuer;
        env.auth.kind = AuthKind::AuthorizationCode;
        env.auth.authorizeUrl = m_issuer + QStringLiteral("/auth") + authorizeQuery;
        env.auth.tokenUrl = m_issuer + QStringLiteral("/token");
        env.auth.clientId = QStringLiteral("keyway-native");
        env.auth.scopes = {QStringLiteral("openid")};
        return env;
    }

    std::unique_ptr<AuthorizationCodeLogin> login(RedirectFollowingBrowser &browser, const Environment &env)
    {
        auto flow = std::make_unique<AuthorizationCodeLogin>(
            m_store, m_network, browser, QStringLiteral("ws"), env, env.auth);
        flow->setTimeout(20'000);
        QSignalSpy finished(flow.get(), &AuthorizationCodeLogin::finished);
        flow->start();
        if (!finished.wait(30'000))
            qWarning("login did not finish");
        return flow;
    }

    static void forgeIssuer(QUrl &callback, const QString &issuer)
    {
        QUrlQuery query(callback);
        query.removeAllQueryItems(QStringLiteral("iss"));
        if (!issuer.isEmpty())
            query.addQueryItem(QStringLiteral("iss"), issuer);
        callback.setQuery(query);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const NodeServerStart started = startNodeServer(m_server, QStringLiteral("oidc-reference-server.mjs"));
        if (started.url.isEmpty()) {
            if (referenceServersRequired())
                QFAIL(qPrintable(started.problem));
            QSKIP(qPrintable(started.problem));
        }
        m_issuer = started.url;
        QVERIFY(m_issuer.endsWith(QLatin1String("/realms/demo")));
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    void signsInWithThePathIssuersIss()
    {
        RedirectFollowingBrowser browser;
        const auto flow = login(browser, environment());
        QVERIFY2(flow->result() == AuthorizationCodeLogin::Result::SignedIn, qPrintable(flow->errorString()));
        QCOMPARE(flow->flowStatus(), QAbstractOAuth::Status::Granted);
        QCOMPARE(QUrlQuery(browser.lastCallback).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
            m_issuer);
        QVERIFY(!flow->tokens().accessToken.isEmpty());
        const auto stored = runSecretJob(m_store.read(TokenBroker::tokenKey(QStringLiteral("ws"), QStringLiteral("oidc"))));
        QCOMPARE(stored.result, SecretJob::Result::Ok);
    }

    void aForgedIssIsRefusedBeforeAnyExchange_data()
    {
        QTest::addColumn<QString>("authorizeQuery");
        QTest::addColumn<QString>("forgedIssuer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another server") << QString() << QStringLiteral("http://evil.example") << "issuer mismatch";
        QTest::newRow("query in the authorize URL")
            << QStringLiteral("?audience=demo") << QStringLiteral("http://evil.example") << "issuer mismatch";
        QTest::newRow("the host without the path")
            << QString() << QStringLiteral("origin") << "issuer mismatch";
        QTest::newRow("iss left out") << QString() << QString() << "iss missing";
    }

    void aForgedIssIsRefusedBeforeAnyExchange()
    {
        QFETCH(QString, authorizeQuery);
        QFETCH(QString, forgedIssuer);
        QFETCH(QString, reason);
        if (forgedIssuer == QLatin1String("origin"))
            forgedIssuer = QUrl(m_issuer).adjusted(QUrl::RemovePath).toString();
        RedirectFollowingBrowser browser;
        browser.tamper = [forgedIssuer](QUrl &callback) { forgeIssuer(callback, forgedIssuer); };
        const auto flow = login(browser, environment(authorizeQuery));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Failed);
        QVERIFY2(flow->errorString().contains(reason), qPrintable(flow->errorString()));
        QVERIFY(flow->errorString().contains(m_issuer));
        QVERIFY(flow->tokens().accessToken.isEmpty());
    }

    void refreshesRotateThroughTheFlow()
    {
        RedirectFollowingBrowser browser;
        const Environment env = environment();
        QVERIFY(login(browser, env)->result() == AuthorizationCodeLogin::Result::SignedIn);
        const SecretKey key = TokenBroker::tokenKey(QStringLiteral("ws"), QStringLiteral("oidc"));
        TokenBroker broker(m_store, m_network, QStringLiteral("ws"), env, env.auth, {.refreshMarginSeconds = 0});
        QString refreshToken = TokenSet::fromJson(runSecretJob(m_store.read(key)).value.toUtf8())->refreshToken;
        for (int round = 1; round <= 2; ++round) {
            // Expired here: the next use renews it through the flow, and the spent refresh token is replaced.
            auto tokens = TokenSet::fromJson(runSecretJob(m_store.read(key)).value.toUtf8());
            tokens->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
            QCOMPARE(runSecretJob(m_store.write(key, QString::fromUtf8(tokens->toJson()))).result, SecretJob::Result::Ok);
            QSignalSpy acquired(&broker, &TokenBroker::acquired);
            broker.acquire();
            QVERIFY(acquired.wait(20'000));
            const auto outcome = acquired.first().first().value<TokenOutcome>();
            QVERIFY2(outcome.ok(), qPrintable(outcome.message));
            QCOMPARE(broker.oauthFlowRefreshes(), round);
            const QString rotated = TokenSet::fromJson(runSecretJob(m_store.read(key)).value.toUtf8())->refreshToken;
            QVERIFY(!rotated.isEmpty());
            QVERIFY(rotated != refreshToken);
            refreshToken = rotated;
        }
    }

    void aNamedIssuerIsUsedAsItIs()
    {
        Environment env = environment();
        env.auth.issuer = m_issuer;
        RedirectFollowingBrowser browser;
        browser.tamper = [](QUrl &callback) { forgeIssuer(callback, QStringLiteral("http://evil.example")); };
        const auto flow = login(browser, env);
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Failed);
        QVERIFY2(flow->errorString().contains(QLatin1String("issuer mismatch")), qPrintable(flow->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestOidcReference)
#include "tst_oidcreference.moc"
