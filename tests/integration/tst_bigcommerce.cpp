#include "auth/JwtSigner.h"
#include "graphql/GraphQlDocument.h"
#include "graphql/GraphQlSchema.h"
#include "auth/TokenBroker.h"
#include "http/CookieJars.h"
#include "http/SendJob.h"
#include "sandbox/SandboxServer.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace keyway;
using sandbox::DemoCredentials;
using sandbox::SandboxServer;

namespace {

const QString WorkspaceId = QStringLiteral("ws-bc");

QJsonObject loginClaims()
{
    return {{QStringLiteral("iss"), DemoCredentials::bigCommerceClientId()},
        {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("operation"), QStringLiteral("customer_login")},
        {QStringLiteral("store_hash"), DemoCredentials::storeHash()}, {QStringLiteral("customer_id"), 42}};
}

} // namespace

// BigCommerce's storefront family end to end against the sandbox (issue 14): the Customer Login JWT
// Keyway signs, the storefront token asked for with typed JSON parameters and used on /graphql, and
// the sandbox's login verifier under the usual attacks on JWT verifiers.
class TestBigCommerce : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_store;
    QNetworkAccessManager m_network;

    Environment storefront(const QString &name) const
    {
        Environment env;
        env.name = name;
        env.baseUrl = m_server->baseUrl().toString();
        env.variables = {{QStringLiteral("store_hash"), DemoCredentials::storeHash()}};
        return env;
    }

    Environment customerLogin() const
    {
        Environment env = storefront(QStringLiteral("login"));
        env.variables.insert(QStringLiteral("client_id"), DemoCredentials::bigCommerceClientId());
        env.variables.insert(QStringLiteral("customer_id"), QStringLiteral("42"));
        env.addSecretSlot(AuthSetting::clientSecretSlot());
        env.auth.kind = AuthKind::SignedJwt;
        env.auth.signingKeySlot = AuthSetting::clientSecretSlot();
        env.auth.jwtClaims = {{QStringLiteral("iss"), QStringLiteral("{{client_id}}")},
            {QStringLiteral("iat"), QStringLiteral("{{$timestamp}}"), true, true},
            {QStringLiteral("jti"), QStringLiteral("{{$uuid}}")},
            {QStringLiteral("operation"), QStringLiteral("customer_login")},
            {QStringLiteral("store_hash"), QStringLiteral("{{store_hash}}")},
            {QStringLiteral("customer_id"), QStringLiteral("{{customer_id}}"), true, true}};
        return env;
    }

    Environment storefrontToken(bool typed) const
    {
        Environment env = storefront(QStringLiteral("graphql"));
        env.addSecretSlot(QStringLiteral("access_token"));
        env.auth.kind = AuthKind::TokenExchange;
        env.auth.tokenUrl = env.baseUrl + QStringLiteral("/stores/{{store_hash}}/v3/storefront/api-token");
        env.auth.tokenBody = TokenBodyEncoding::Json;
        env.auth.tokenHeaders = {{QStringLiteral("X-Auth-Token"), QStringLiteral("{{secret.access_token}}")}};
        env.auth.params = {{QStringLiteral("channel_id"), QStringLiteral("1"), true, typed},
            {QStringLiteral("expires_at"), QStringLiteral("{{$timestamp+86400}}"), true, typed}};
        env.auth.tokenPath = QStringLiteral("data.token");
        env.auth.defaultLifetimeSeconds = 86400;
        return env;
    }

    void storeSecret(const QString &environment, const QString &slot, const QString &value)
    {
        QCOMPARE(runSecretJob(m_store->write({WorkspaceId, environment, slot}, value)).result, SecretJob::Result::Ok);
    }

    std::unique_ptr<SendJob> send(TokenBroker *broker, const Environment &env, const QString &method,
        const QString &path, const QString &body = {}, CookieJars *jars = nullptr)
    {
        RequestSpec request;
        request.name = QStringLiteral("t");
        request.method = method;
        request.url = path;
        request.body = body;
        auto job = std::make_unique<SendJob>(*m_store, m_network, broker, WorkspaceId, env, request);
        job->setCookieJars(jars);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        if (!finished.wait(30'000))
            qWarning("send did not finish");
        return job;
    }

    // A login link sent straight to the sandbox: status and body of its answer (not followed).
    std::pair<int, QByteArray> openLoginLink(const QString &jwt)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/login/token/") + jwt));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start() != 0);
        m_store = std::make_unique<MemorySecretStore>();
    }

    void theCustomerLoginLinkKeywaySignsIsAccepted()
    {
        const Environment env = customerLogin();
        storeSecret(env.name, AuthSetting::clientSecretSlot(), DemoCredentials::bigCommerceClientSecret());
        const auto job = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/login/token/{{jwt}}"));
        QCOMPARE(job->result(), SendJob::Result::Completed);
        // Accepted: redirected to the account page with a session cookie.
        QCOMPARE(job->response().redirects.size(), 1);
        QVERIFY(job->response().redirects.first().path().startsWith(QLatin1String("/login/token/ey")));
        QCOMPARE(job->response().finalUrl.path(), QStringLiteral("/account.php"));
        // What the history keeps of it is the masked URL: claims readable, no signature.
        const QString kept = job->historyEntry().url;
        QVERIFY2(kept.contains(QStringLiteral("/login/token/ey")), qPrintable(kept));
        QVERIFY2(!kept.contains(job->response().redirects.first().path().section(QLatin1Char('.'), 2)),
            qPrintable(kept));
    }

    void theLoginsSessionCookieIsKeptInTheKeychainAndUsedNextTime()
    {
        const Environment env = customerLogin();
        storeSecret(env.name, AuthSetting::clientSecretSlot(), DemoCredentials::bigCommerceClientSecret());
        CookieJars jars(*m_store);
        const auto login = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/login/token/{{jwt}}"), {}, &jars);
        // The 302 set the session, and the redirect to the account page already carried it.
        QCOMPARE(login->response().status, 200);
        QVERIFY2(login->response().body.contains("Signed in as Ada Lovelace"), login->response().body.constData());
        const SecretJobOutcome stored = runSecretJob(m_store->read(CookieJars::key(WorkspaceId, env.name)));
        QCOMPARE(stored.result, SecretJob::Result::Ok);
        QVERIFY(stored.value.contains(QLatin1String("SHOP_SESSION_TOKEN")));
        const QString session = QJsonDocument::fromJson(stored.value.toUtf8())
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toString();
        QVERIFY(session.startsWith(QLatin1String("sbx_session_")));

        // Another process reads the same jar from the keychain.
        CookieJars nextProcess(*m_store);
        const auto account = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/account.php"), {}, &nextProcess);
        QCOMPARE(account->response().status, 200);
        // What the history keeps shows the cookie masked, and the Set-Cookie masked.
        const HistoryEntry kept = account->historyEntry();
        QString everything = kept.url;
        for (const auto &[name, value] : kept.requestHeaders)
            everything += QString::fromLatin1(name + ": " + value + '\n');
        QVERIFY2(everything.contains(QLatin1String("Cookie: SHOP_SESSION_TOKEN=")), qPrintable(everything));
        QVERIFY(!everything.contains(session));
        QVERIFY(!login->historyEntry().responseHeaders.isEmpty());
        for (const auto &[name, value] : login->historyEntry().responseHeaders)
            QVERIFY(!value.contains(session.toLatin1()));
        // Without the jar (keyway-cli --no-cookies), and for another environment, there is no session.
        QCOMPARE(send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/account.php"))->response().status, 401);
        Environment other = env;
        other.name = QStringLiteral("other");
        QCOMPARE(send(nullptr, other, QStringLiteral("GET"), QStringLiteral("/account.php"), {}, &nextProcess)
                     ->response()
                     .status,
            401);
    }

    void cookiesGoOnlyToTheEnvironmentsOrigins()
    {
        SandboxServer elsewhere; // the same host on another port: another origin, though cookies ignore ports
        QVERIFY(elsewhere.start() != 0);
        Environment env = storefront(QStringLiteral("scoped"));
        CookieJars jars(*m_store);
        const auto first = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/account.php"), {}, &jars);
        CookieJar *jar = jars.loaded(WorkspaceId, env.name);
        QVERIFY(jar);
        jar->storeFromResponse("SHOP_SESSION_TOKEN=sbx_session_marker0123456789; Path=/", m_server->baseUrl());
        QVERIFY(!jar->headerFor(elsewhere.baseUrl()).isEmpty()); // Qt's rules alone would send it there
        m_server->redirectNext(1, elsewhere.baseUrl(), 302);
        m_server->clearReceived();
        const auto redirected = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/v1/accounts"), {}, &jars);
        QCOMPARE(redirected->response().redirects.size(), 1);
        QVERIFY(!m_server->received().isEmpty());
        QVERIFY(!m_server->received().first().header("Cookie").isEmpty());
        QVERIFY(!elsewhere.received().isEmpty());
        QVERIFY(elsewhere.received().first().header("Cookie").isEmpty());
        // An absolute URL on the other origin gets none either, and what it sets is not kept.
        const auto direct = send(nullptr, env, QStringLiteral("GET"),
            elsewhere.baseUrl().toString() + QStringLiteral("/v1/accounts"), {}, &jars);
        QVERIFY(direct->maskedRequest().header(QStringLiteral("Cookie")).isEmpty());
        QVERIFY(elsewhere.received().last().header("Cookie").isEmpty());
    }

    void aLinkSignedWithAnotherSecretIsRefused()
    {
        const Environment env = customerLogin();
        storeSecret(env.name, AuthSetting::clientSecretSlot(), QStringLiteral("not-the-client-secret-000000"));
        const auto job = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/login/token/{{jwt}}"));
        QCOMPARE(job->result(), SendJob::Result::Completed);
        QCOMPARE(job->response().status, 401);
        QVERIFY2(job->response().body.contains("signature does not match"), job->response().body.constData());
    }

    void theLoginVerifierWithstandsTheClassicAttacks_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("alg none") << "none" << QByteArray("must be signed with HS256");
        QTest::newRow("HS512 instead") << "hs512" << QByteArray("must be signed with HS256");
        QTest::newRow("tampered claims") << "tamper" << QByteArray("signature does not match");
        QTest::newRow("customer id as text") << "string-id" << QByteArray("customer_id must be an integer");
        QTest::newRow("open redirect") << "redirect" << QByteArray("redirect_to must be a path");
        QTest::newRow("old token") << "old" << QByteArray("iat is too old");
        QTest::newRow("other operation") << "operation" << QByteArray("operation must be customer_login");
        QTest::newRow("not a JWT") << "garbage" << QByteArray("not a JWT");
    }

    void theLoginVerifierWithstandsTheClassicAttacks()
    {
        QFETCH(QString, attack);
        QFETCH(QByteArray, expected);
        QJsonObject claims = loginClaims();
        const QByteArray secret = DemoCredentials::bigCommerceClientSecret().toUtf8();
        JwtAlgorithm algorithm = JwtAlgorithm::HS256;
        if (attack == QLatin1String("hs512"))
            algorithm = JwtAlgorithm::HS512;
        else if (attack == QLatin1String("string-id"))
            claims.insert(QStringLiteral("customer_id"), QStringLiteral("42"));
        else if (attack == QLatin1String("redirect"))
            claims.insert(QStringLiteral("redirect_to"), QStringLiteral("//evil.example/phish"));
        else if (attack == QLatin1String("old"))
            claims.insert(QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch() - 3600);
        else if (attack == QLatin1String("operation"))
            claims.insert(QStringLiteral("operation"), QStringLiteral("admin_login"));
        QString jwt = JwtSigner::sign(algorithm, claims, secret).value();
        if (attack == QLatin1String("none")) {
            const QByteArray header = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            jwt = QString::fromLatin1(header) + QLatin1Char('.') + jwt.section(QLatin1Char('.'), 1, 1) + QLatin1Char('.');
        } else if (attack == QLatin1String("tamper")) {
            claims.insert(QStringLiteral("customer_id"), 7);
            const QString other = JwtSigner::sign(algorithm, claims, "x").value();
            jwt = jwt.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.') + other.section(QLatin1Char('.'), 1, 1)
                + QLatin1Char('.') + jwt.section(QLatin1Char('.'), 2, 2);
        } else if (attack == QLatin1String("garbage")) {
            jwt = QStringLiteral("abc");
        }
        const auto [status, body] = openLoginLink(jwt);
        QCOMPARE(status, 401);
        QVERIFY2(body.contains(expected), body.constData());
    }

    void aLoginLinkWorksOnce()
    {
        const QString jwt = JwtSigner::sign(JwtAlgorithm::HS256, loginClaims(),
            DemoCredentials::bigCommerceClientSecret().toUtf8())
                                .value();
        QCOMPARE(openLoginLink(jwt).first, 302);
        const auto [status, body] = openLoginLink(jwt);
        QCOMPARE(status, 401);
        QVERIFY2(body.contains("already used"), body.constData());
    }

    void theStorefrontTokenIsAskedForWithTypedValuesAndUsedOnGraphql()
    {
        const Environment env = storefrontToken(true);
        storeSecret(env.name, QStringLiteral("access_token"), DemoCredentials::storeToken());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const auto job = send(&broker, env, QStringLiteral("POST"), QStringLiteral("/graphql"),
            QStringLiteral(R"({"query":"{ site { settings { storeName } } }"})"));
        QVERIFY2(job->result() == SendJob::Result::Completed, qPrintable(job->errorString()));
        QCOMPARE(job->response().status, 200);
        QCOMPARE(QJsonDocument::fromJson(job->response().body)
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("site"))
                     .toObject()
                     .value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("storeName"))
                     .toString(),
            QStringLiteral("Keyway Demo Store"));
    }

    void theSchemaIsReadByIntrospectionAndCompletesAsYouType()
    {
        const Environment env = storefrontToken(true);
        storeSecret(env.name, QStringLiteral("access_token"), DemoCredentials::storeToken());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        RequestSpec request;
        request.name = QStringLiteral("schema");
        request.method = QStringLiteral("POST");
        request.url = QStringLiteral("/graphql");
        request.bodyMode = RequestSpec::BodyMode::GraphQl;
        request.graphql.query = GraphQlSchema::introspectionQuery();
        QCOMPARE(GraphQlDocument::firstProblem(request.graphql.query).position, -1);
        SendJob job(*m_store, m_network, &broker, WorkspaceId, env, request);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job.response().status, 200);
        const auto schema = GraphQlSchema::fromIntrospection(QJsonDocument::fromJson(job.response().body).object());
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error()));
        QCOMPARE(schema->queryType(), QStringLiteral("Query"));
        QVERIFY(schema->typeNames().contains(QStringLiteral("Product")));

        // Fields of the selection set the cursor is in, through fields, inline fragments and aliases.
        const auto at = [&](const QString &document) {
            const qsizetype cursor = document.indexOf(QLatin1Char('|'));
            return schema->completionAt(QString(document).remove(QLatin1Char('|')), cursor);
        };
        using Kind = GraphQlSchema::Completion::Kind;
        QCOMPARE(at(QStringLiteral("{ si|")).words, (QStringList {QStringLiteral("customer"), QStringLiteral("site")}));
        const auto products = at(QStringLiteral("query { site { products(first: 2) { edges { node { | } } } } }"));
        QCOMPARE(products.kind, Kind::Field);
        QCOMPARE(products.parentType, QStringLiteral("Product"));
        QCOMPARE(products.words, (QStringList {QStringLiteral("entityId"), QStringLiteral("name")}));
        QCOMPARE(at(QStringLiteral("{ shop: site { settings { | } } }")).words, QStringList {QStringLiteral("storeName")});
        QCOMPARE(at(QStringLiteral("fragment P on Product { | }")).parentType, QStringLiteral("Product"));
        const auto arguments = at(QStringLiteral("{ site { products(|) { edges { node { name } } } } }"));
        QCOMPARE(arguments.kind, Kind::Argument);
        QCOMPARE(arguments.words, QStringList {QStringLiteral("first")});
        QCOMPARE(at(QStringLiteral("{ site { products(first: |) } }")).kind, Kind::None);
        const auto types = at(QStringLiteral("query Q($n: |) { site { products(first: $n) { edges { node { name } } } } }"));
        QCOMPARE(types.kind, Kind::Type);
        QVERIFY(types.words.contains(QStringLiteral("Int")));
        const auto variables = at(QStringLiteral("query Q($n: Int, $m: Int) { site { products(first: $|) } }"));
        QCOMPARE(variables.kind, Kind::Variable);
        QCOMPARE(variables.words, (QStringList {QStringLiteral("$n"), QStringLiteral("$m")}));
        // It survives the cache, and a refusal is named.
        QCOMPARE(GraphQlSchema::fromIntrospection(schema->toJson())->typeNames(), schema->typeNames());
        const auto refused = GraphQlSchema::fromIntrospection(QJsonDocument::fromJson(
            R"({"errors":[{"message":"Introspection is disabled"}]})").object());
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("the server refused to describe its schema: Introspection is disabled"));
    }

    void parametersSentAsTextAreRefusedByTheStoreWithTheFieldNamed()
    {
        const Environment env = storefrontToken(false); // "channel_id": "1", as before issue 14
        storeSecret(env.name, QStringLiteral("access_token"), DemoCredentials::storeToken());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const auto job = send(&broker, env, QStringLiteral("POST"), QStringLiteral("/graphql"),
            QStringLiteral(R"({"query":"{ site { settings { storeName } } }"})"));
        QVERIFY(job->result() != SendJob::Result::Completed || job->response().status != 200);
        QVERIFY2(job->errorString().contains(QLatin1String("channel_id")), qPrintable(job->errorString()));
    }

    void graphqlWithoutAValidTokenIsRefused()
    {
        const Environment env = storefront(QStringLiteral("plain"));
        const auto job = send(nullptr, env, QStringLiteral("POST"), QStringLiteral("/graphql"),
            QStringLiteral(R"({"query":"{ site { settings { storeName } } }"})"));
        QCOMPARE(job->response().status, 401);
        QVERIFY(job->response().body.contains("GraphQL invalid credentials"));
    }
};

QTEST_GUILESS_MAIN(TestBigCommerce)
#include "tst_bigcommerce.moc"
