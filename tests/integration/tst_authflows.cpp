#include "auth/AuthorizationCodeLogin.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "auth/TokenBroker.h"
#include "auth/TokenBrokers.h"
#include "auth/TokenRequest.h"
#include "http/SendJob.h"
#include "presets/KeyVerifier.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedBrowser.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"

#include <memory>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using sandbox::DemoCredentials;
using sandbox::SandboxServer;

namespace {

const QString WorkspaceId = QStringLiteral("ws-test");

bool canConnect(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return socket.waitForConnected(2000);
}

} // namespace

// The auth engine against the embedded sandbox over real loopback HTTP. Secrets sit in the
// in-memory store here; the real keychain is covered by tst_keychainsecretstore and tst_cli_auth.
class TestAuthFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_store;
    QNetworkAccessManager m_network;

    Environment environment(AuthKind kind) const
    {
        Environment env;
        env.name = QStringLiteral("sb");
        env.baseUrl = m_server->baseUrl().toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId()};
        env.companies.selected = DemoCredentials::companyId();
        env.auth.kind = kind;
        env.auth.tokenUrl = m_server->baseUrl().toString() + QStringLiteral("/oauth/token");
        switch (kind) {
        case AuthKind::AuthorizationCode:
            env.auth.authorizeUrl = m_server->baseUrl().toString() + QStringLiteral("/oauth/authorize");
            env.auth.clientId = DemoCredentials::publicClientId();
            env.auth.scopes = {QStringLiteral("read:accounts"), QStringLiteral("offline_access")};
            break;
        case AuthKind::ClientCredentials:
            env.auth.clientId = DemoCredentials::confidentialClientId();
            env.auth.scopes = {QStringLiteral("read:accounts")};
            env.addSecretSlot(AuthSetting::clientSecretSlot());
            break;
        case AuthKind::TokenExchange:
            env.auth.tokenUrl = m_server->baseUrl().toString() + QStringLiteral("/token");
            env.auth.tokenHeaders
                = {{QStringLiteral("Authorization"), QStringLiteral("Basic {{secret.api_key}}"), true},
                    {QStringLiteral("basiq-version"), QStringLiteral("3.0"), true}};
            env.auth.params = {{QStringLiteral("scope"), QStringLiteral("SERVER_ACCESS"), true}};
            env.addSecretSlot(QStringLiteral("api_key"));
            break;
        case AuthKind::None:
        case AuthKind::Static:
        case AuthKind::SignedJwt:
            break;
        }
        return env;
    }

    void storeSecret(const QString &slot, const QString &value)
    {
        QCOMPARE(runSecretJob(m_store->write({WorkspaceId, QStringLiteral("sb"), slot}, value)).result,
            SecretJob::Result::Ok);
    }

    std::optional<TokenSet> storedTokens()
    {
        const auto outcome
            = runSecretJob(m_store->read(TokenBroker::tokenKey(WorkspaceId, QStringLiteral("sb"))));
        return outcome.result == SecretJob::Result::Ok ? TokenSet::fromJson(outcome.value.toUtf8())
                                                       : std::nullopt;
    }

    // Makes the stored access token look expired to Keyway, keeping the refresh token.
    void expireLocally()
    {
        std::optional<TokenSet> tokens = storedTokens();
        QVERIFY(tokens);
        tokens->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        storeSecret(QStringLiteral("@tokens"), QString::fromUtf8(tokens->toJson()));
    }

    std::unique_ptr<AuthorizationCodeLogin> login(
        ScriptedBrowser &browser, const Environment &env, int timeoutMs = 20'000)
    {
        auto flow = std::make_unique<AuthorizationCodeLogin>(
            *m_store, m_network, browser, WorkspaceId, env, env.auth);
        flow->setTimeout(timeoutMs);
        QSignalSpy finished(flow.get(), &AuthorizationCodeLogin::finished);
        flow->start();
        if (!finished.wait(30'000))
            qWarning("login did not finish");
        return flow;
    }

    TokenOutcome acquire(TokenBroker &broker, const QString &rejected = {})
    {
        TokenOutcome outcome;
        QSignalSpy acquired(&broker, &TokenBroker::acquired);
        broker.acquire(rejected);
        if (acquired.wait(30'000))
            outcome = acquired.first().first().value<TokenOutcome>();
        return outcome;
    }

    std::unique_ptr<SendJob> send(TokenBroker *broker, const Environment &env, const QString &method,
        const QString &path, const QString &body = {})
    {
        RequestSpec request;
        request.name = QStringLiteral("t");
        request.method = method;
        request.url = path;
        request.body = body;
        auto job = std::make_unique<SendJob>(*m_store, m_network, broker, WorkspaceId, env, request);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        if (!finished.wait(30'000))
            qWarning("send did not finish");
        return job;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->start() != 0);
        m_store = std::make_unique<MemorySecretStore>();
    }

    void sandboxListensOnLoopbackOnly()
    {
        for (QTcpServer *server : m_server->servers())
            QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    }

    void sandboxVerifiesPkceRedirectUriAndSingleUse()
    {
        const Pkce pkce = Pkce::generate();
        const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
        QUrl authorize(m_server->baseUrl().toString() + QStringLiteral("/oauth/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), DemoCredentials::publicClientId());
        query.addQueryItem(
            QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("read:accounts"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
        query.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(query);
        ScriptedBrowser browser;
        QString code;
        browser.tamper
            = [&code](QUrl &callback) { code = QUrlQuery(callback).queryItemValue(QStringLiteral("code")); };
        QVERIFY(browser.open(authorize).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 10'000);

        const Environment env = environment(AuthKind::AuthorizationCode);
        const VariableExpander expander(env, VariableExpander::SecretMode::Reveal);
        const auto exchange = [&](const QString &verifier, const QString &redirectUri) {
            TokenRequest request(m_network,
                TokenEndpoint::authorizationCode(env.auth, expander, code, redirectUri, verifier, {})
                    .value());
            QSignalSpy finished(&request, &TokenRequest::finished);
            request.start();
            finished.wait(10'000);
            return request.outcome();
        };
        const auto wrongVerifier = exchange(Pkce::generate().verifier, redirect);
        QVERIFY(std::get<TokenError>(wrongVerifier).message().contains(QLatin1String("PKCE")));
        // A refused attempt used the code up: even the right verifier cannot use it now.
        const auto replay = exchange(pkce.verifier, redirect);
        QCOMPARE(std::get<TokenError>(replay).kind, TokenError::Kind::InvalidGrant);
    }

    void authorizationCodeWithPkceSignsIn()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        const auto flow = login(browser, env);
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::SignedIn);
        QCOMPARE(flow->flowStatus(), QAbstractOAuth::Status::Granted); // through QOAuth2AuthorizationCodeFlow
        QCOMPARE(flow->tokens().grantedScopes, env.auth.scopes);
        QVERIFY(flow->tokens().secondsLeft() > 3500);
        QCOMPARE(m_server->authority().tokenRequests(), 1);
        const QUrlQuery sent(flow->authorizationUrl());
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(sent.queryItemValue(QStringLiteral("state")).size(), 43);
        QCOMPARE(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QStringLiteral("http://127.0.0.1:%1/callback")
                .arg(QUrl(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).port()));
        QCOMPARE(storedTokens()->accessToken, flow->tokens().accessToken);
        QVERIFY(!storedTokens()->refreshToken.isEmpty());

        // The browser's page: success, no-store, no referrer, and neither code nor state echoed.
        QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 200, 5000);
        QVERIFY(browser.callbackPage.contains("Signed in"));
        const QString code = QUrlQuery(browser.lastCallback).queryItemValue(QStringLiteral("code"));
        QVERIFY(!browser.callbackPage.contains(code.toUtf8()));
        QVERIFY(!browser.callbackPage.contains(sent.queryItemValue(QStringLiteral("state")).toUtf8()));
        QVERIFY(
            browser.callbackHeaders.contains(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store"))));
        QVERIFY(browser.callbackHeaders.contains(
            qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer"))));

        // The listener closed with the flow: a replayed answer finds nobody, and nothing is exchanged.
        QVERIFY(!canConnect(quint16(browser.lastCallback.port())));
        QCOMPARE(m_server->authority().tokenRequests(), 1);
    }

    void aJsonTokenBodyGoesThroughTheFlowToo()
    {
        // Qt 6.4's class can only send a form body: OAuthTokenNetwork sends the JSON the
        // environment asks for, for the code exchange and for the refresh.
        Environment env = environment(AuthKind::AuthorizationCode);
        env.auth.tokenBody = TokenBodyEncoding::Json;
        ScriptedBrowser browser;
        const auto flow = login(browser, env);
        QVERIFY2(flow->result() == AuthorizationCodeLogin::Result::SignedIn, qPrintable(flow->errorString()));
        QCOMPARE(flow->flowStatus(), QAbstractOAuth::Status::Granted);
        expireLocally();
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        QVERIFY(acquire(broker).ok());
        QCOMPARE(broker.oauthFlowRefreshes(), 1);
        QCOMPARE(m_server->authority().refreshRequests(), 1);
    }

    void aSignInIsStoredOnlyWhenNoRefreshIsUnderWay()
    {
        // Another process holds the refresh lock (it is storing what its refresh got).
        const QString lockPath = TokenBroker::refreshLockPath(WorkspaceId, QStringLiteral("sb"));
        QDir().mkpath(QFileInfo(lockPath).absolutePath());
        QLockFile other(lockPath);
        QVERIFY(other.tryLock(0));
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        auto flow = std::make_unique<AuthorizationCodeLogin>(*m_store, m_network, browser, WorkspaceId, env, env.auth);
        QSignalSpy finished(flow.get(), &AuthorizationCodeLogin::finished);
        flow->start();
        QTRY_COMPARE_WITH_TIMEOUT(flow->flowStatus(), QAbstractOAuth::Status::Granted, 20'000);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0); // waiting for the lock, nothing stored yet
        QVERIFY(!storedTokens());
        other.unlock();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::SignedIn);
        QVERIFY(storedTokens());
    }

    void signingOutWaitsForARefreshUnderWay()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QVERIFY(login(browser, env)->result() == AuthorizationCodeLogin::Result::SignedIn);
        const QString lockPath = TokenBroker::refreshLockPath(WorkspaceId, QStringLiteral("sb"));
        QLockFile refreshing(lockPath); // another process is storing what its refresh got
        QVERIFY(refreshing.tryLock(0));
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        QSignalSpy forgotten(&broker, &TokenBroker::forgotten);
        broker.forget();
        QTest::qWait(300);
        QCOMPARE(forgotten.size(), 0);
        QVERIFY(storedTokens());
        refreshing.unlock();
        QVERIFY(forgotten.wait(10'000));
        QCOMPARE(forgotten.first().first().value<SecretJob::Result>(), SecretJob::Result::Ok);
        QVERIFY(!storedTokens());
    }

    void eachAttemptHasFreshStateAndVerifier()
    {
        ScriptedBrowser first;
        ScriptedBrowser second;
        const Environment env = environment(AuthKind::AuthorizationCode);
        const auto a = login(first, env);
        const auto b = login(second, env);
        const QUrlQuery qa(a->authorizationUrl());
        const QUrlQuery qb(b->authorizationUrl());
        QVERIFY(qa.queryItemValue(QStringLiteral("state")) != qb.queryItemValue(QStringLiteral("state")));
        QVERIFY(qa.queryItemValue(QStringLiteral("code_challenge"))
            != qb.queryItemValue(QStringLiteral("code_challenge")));
    }

    void deniedConsentEndsTheFlow()
    {
        ScriptedBrowser browser;
        browser.action = ScriptedBrowser::Action::Deny;
        const auto flow = login(browser, environment(AuthKind::AuthorizationCode));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Denied);
        QVERIFY(flow->errorString().contains(QLatin1String("access_denied")));
        QCOMPARE(m_server->authority().tokenRequests(), 0);
        QVERIFY(!storedTokens());
        QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 400, 5000);
        // The page under 127.0.0.1 says only that it failed: nothing from the query is shown there.
        QVERIFY2(browser.callbackPage.contains("Sign-in did not complete"), browser.callbackPage.constData());
        QVERIFY(!browser.callbackPage.contains("access_denied"));
        QVERIFY(!browser.callbackPage.contains("The user denied access"));
    }

    void aForgedErrorDescriptionIsNotShownOnTheLoopbackPage()
    {
        ScriptedBrowser browser;
        browser.tamper = [](QUrl &callback) {
            QUrlQuery query(callback);
            query.removeQueryItem(QStringLiteral("code"));
            query.addQueryItem(QStringLiteral("error"), QStringLiteral("server_error"));
            query.addQueryItem(QStringLiteral("error_description"),
                QStringLiteral(
                    "Your account is locked. Call +1-555-0100 now \u001b]8;;http://evil.example\u0007"));
            callback.setQuery(query);
        };
        const auto flow = login(browser, environment(AuthKind::AuthorizationCode));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Failed);
        QTRY_COMPARE_WITH_TIMEOUT(browser.callbackStatus, 400, 5000);
        QVERIFY(!browser.callbackPage.contains("555-0100"));
        QVERIFY(!browser.callbackPage.contains("evil.example"));
    }

    void wrongOrMissingStateIsRejectedWithoutATokenRequest_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("wrong") << QStringLiteral("forged-state");
        QTest::newRow("missing") << QString();
    }

    void wrongOrMissingStateIsRejectedWithoutATokenRequest()
    {
        QFETCH(QString, state);
        ScriptedBrowser browser;
        browser.tamper = [state](QUrl &callback) {
            QUrlQuery query(callback);
            query.removeAllQueryItems(QStringLiteral("state"));
            if (!state.isEmpty())
                query.addQueryItem(QStringLiteral("state"), state);
            callback.setQuery(query);
        };
        const auto flow = login(browser, environment(AuthKind::AuthorizationCode));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Failed);
        QVERIFY2(
            flow->errorString().contains(QLatin1String("state mismatch")), qPrintable(flow->errorString()));
        QCOMPARE(m_server->authority().tokenRequests(), 0);
        QVERIFY(!storedTokens());
    }

    void issuerMismatchAborts_data()
    {
        QTest::addColumn<QString>("authorizeQuery");
        QTest::newRow("plain") << QString();
        // Once, a query made the metadata's endpoint look like another server's and the check was skipped.
        QTest::newRow("query in the authorize URL") << QStringLiteral("?audience=demo");
    }

    void issuerMismatchAborts()
    {
        QFETCH(QString, authorizeQuery);
        Environment env = environment(AuthKind::AuthorizationCode);
        env.auth.authorizeUrl += authorizeQuery;
        ScriptedBrowser browser;
        browser.tamper = [](QUrl &callback) {
            QUrlQuery query(callback);
            query.removeAllQueryItems(QStringLiteral("iss"));
            query.addQueryItem(QStringLiteral("iss"), QStringLiteral("https://evil.example"));
            callback.setQuery(query);
        };
        const auto flow = login(browser, env);
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::Failed);
        QVERIFY2(flow->errorString().contains(QLatin1String("issuer mismatch")), qPrintable(flow->errorString()));
        QCOMPARE(m_server->authority().tokenRequests(), 0);
    }

    void strayRequestsGet404AndTheFlowKeepsWaiting()
    {
        ScriptedBrowser browser;
        browser.visitFaviconFirst = true;
        const auto flow = login(browser, environment(AuthKind::AuthorizationCode));
        QCOMPARE(browser.faviconStatus, 404);
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::SignedIn);
    }

    void timeoutClosesThePort()
    {
        ScriptedBrowser browser;
        browser.action = ScriptedBrowser::Action::Ignore;
        const Environment env = environment(AuthKind::AuthorizationCode);
        auto flow = std::make_unique<AuthorizationCodeLogin>(
            *m_store, m_network, browser, WorkspaceId, env, env.auth);
        flow->setTimeout(2000); // long enough to check the open port on a busy machine
        QSignalSpy waiting(flow.get(), &AuthorizationCodeLogin::waitingForBrowser);
        QSignalSpy finished(flow.get(), &AuthorizationCodeLogin::finished);
        flow->start();
        QVERIFY(waiting.wait(10'000));
        const quint16 port = quint16(QUrl(
            QUrlQuery(browser.openedUrl()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
                                         .port());
        QVERIFY(canConnect(port));
        QVERIFY(finished.wait(10'000));
        QCOMPARE(flow->result(), AuthorizationCodeLogin::Result::TimedOut);
        QVERIFY(!canConnect(port));
    }

    void listenerIsBoundTo127001Only()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.open());
        QVERIFY(receiver.port() != 0);
        QCOMPARE(receiver.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.port()));
        for (QTcpServer *server : receiver.servers())
            QCOMPARE(server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, receiver.port());
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
        }
        receiver.close();
        QVERIFY(!canConnect(receiver.port() == 0 ? 1 : receiver.port()));
    }

    void aNewKeyValueEndsTheTokensMadeWithTheOldOne_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("slot");
        QTest::newRow("client credentials: client secret")
            << int(AuthKind::ClientCredentials) << AuthSetting::clientSecretSlot();
        QTest::newRow("token exchange: API key") << int(AuthKind::TokenExchange) << QStringLiteral("api_key");
    }

    void aNewKeyValueEndsTheTokensMadeWithTheOldOne()
    {
        QFETCH(int, kind);
        QFETCH(QString, slot);
        const Environment env = environment(AuthKind(kind));
        QTemporaryDir dates;
        KeyService keys(*m_store, dates.filePath(QStringLiteral("dates.json")));
        QCOMPARE(runSecretJob(keys.write({WorkspaceId, QStringLiteral("sb"), AuthSetting::clientSecretSlot()},
                     DemoCredentials::confidentialClientSecret())).result,
            SecretJob::Result::Ok);
        QCOMPARE(runSecretJob(keys.write({WorkspaceId, QStringLiteral("sb"), QStringLiteral("api_key")},
                     DemoCredentials::exchangeApiKey())).result,
            SecretJob::Result::Ok);
        TokenBroker broker(keys, m_network, WorkspaceId, env, env.auth, {.retryDelaysMs = {}});
        QVERIFY(acquire(broker).ok());
        const int requests = m_server->authority().tokenRequests();
        QVERIFY(acquire(broker).ok()); // cached
        QCOMPARE(m_server->authority().tokenRequests(), requests);

        // A wrong value: the next token is asked for with it, and the endpoint's refusal is the answer.
        QCOMPARE(runSecretJob(keys.write({WorkspaceId, QStringLiteral("sb"), slot}, QStringLiteral("wrong-value-123")))
                     .result,
            SecretJob::Result::Ok);
        const TokenOutcome refused = acquire(broker);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.has_value());
        QCOMPARE(m_server->authority().tokenRequests(), requests + 1);
    }

    void signingInAgainIsNeededAfterAKeyOfTheEnvironmentChanges()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QVERIFY(login(browser, env)->result() == AuthorizationCodeLogin::Result::SignedIn);
        QVERIFY(storedTokens());
        QTemporaryDir dates;
        KeyService keys(*m_store, dates.filePath(QStringLiteral("dates.json")));
        QCOMPARE(runSecretJob(keys.write({WorkspaceId, QStringLiteral("sb"), AuthSetting::clientSecretSlot()},
                     QStringLiteral("a-new-client-secret")))
                     .result,
            SecretJob::Result::Ok);
        QVERIFY(!storedTokens());
        TokenBroker broker(keys, m_network, WorkspaceId, env, env.auth, {});
        QCOMPARE(acquire(broker).result, TokenOutcome::Result::SignInNeeded);
    }

    void clientCredentialsAndTokenExchangeGrants_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("client credentials") << int(AuthKind::ClientCredentials);
        QTest::newRow("token exchange") << int(AuthKind::TokenExchange);
    }

    void clientCredentialsAndTokenExchangeGrants()
    {
        QFETCH(int, kind);
        const Environment env = environment(AuthKind(kind));
        storeSecret(AuthSetting::clientSecretSlot(), DemoCredentials::confidentialClientSecret());
        storeSecret(QStringLiteral("api_key"), DemoCredentials::exchangeApiKey());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const TokenOutcome first = acquire(broker);
        QVERIFY2(first.ok(), qPrintable(first.message));
        const TokenOutcome cached = acquire(broker);
        QCOMPARE(cached.accessToken, first.accessToken);
        QCOMPARE(m_server->authority().tokenRequests(), 1);
        const auto job = send(&broker, env, QStringLiteral("GET"), QStringLiteral("/accounts"));
        QCOMPARE(job->result(), SendJob::Result::Completed);
        QCOMPARE(job->response().status, 200);
        QVERIFY(job->maskedRequest()
                    .header(QStringLiteral("Authorization"))
                    .startsWith(QStringLiteral("Bearer \u2022\u2022\u2022\u2022")));
    }

    void missingClientSecretIsExplained()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const TokenOutcome outcome = acquire(broker);
        QCOMPARE(outcome.result, TokenOutcome::Result::Failed);
        QVERIFY2(outcome.message.contains(QLatin1String("keyway-cli secret set sb client_secret")),
            qPrintable(outcome.message));
        QCOMPARE(m_server->authority().tokenRequests(), 0);
    }

    void wrongClientSecretSurfacesTheServersError()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        storeSecret(AuthSetting::clientSecretSlot(), QStringLiteral("wrong"));
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const TokenOutcome outcome = acquire(broker);
        QCOMPARE(outcome.result, TokenOutcome::Result::Failed);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->status, 401);
        QVERIFY(outcome.message.contains(QLatin1String("invalid_client")));
    }

    void verifyAndSendsShareTheEnvironmentsOneBroker()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        storeSecret(AuthSetting::clientSecretSlot(), DemoCredentials::confidentialClientSecret());
        TokenBrokers brokers(*m_store, m_network);
        TokenBroker &shared = brokers.broker(WorkspaceId, env);

        KeyVerifier first(*m_store, m_network, brokers, WorkspaceId, env);
        QSignalSpy firstDone(&first, &KeyVerifier::finished);
        first.start();
        QVERIFY(firstDone.wait(30'000));
        QCOMPARE(first.result(), KeyVerifier::Result::Verified);
        QCOMPARE(shared.tokenRequestsMade(), 1);
        QCOMPARE(brokers.count(), 1);
        QVERIFY(acquire(shared).ok()); // a send uses the token the check got
        QCOMPARE(shared.tokenRequestsMade(), 1);

        // A check asks for a new token even with a fresh one stored: it is about the credentials now.
        storeSecret(AuthSetting::clientSecretSlot(), QStringLiteral("wrong"));
        KeyVerifier second(*m_store, m_network, brokers, WorkspaceId, env);
        QSignalSpy secondDone(&second, &KeyVerifier::finished);
        second.start();
        QVERIFY(secondDone.wait(30'000));
        QCOMPARE(second.result(), KeyVerifier::Result::Rejected);
        QCOMPARE(shared.tokenRequestsMade(), 2);

        // Edited settings reach the same broker instead of making a second one.
        Environment edited = env;
        edited.auth.scopes = {QStringLiteral("read:accounts"), QStringLiteral("write:invoices")};
        QCOMPARE(&brokers.broker(WorkspaceId, edited), &shared);
        QCOMPARE(brokers.count(), 1);
    }

    void fiftyConcurrentRequestsShareOneRefresh()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QCOMPARE(login(browser, env)->result(), AuthorizationCodeLogin::Result::SignedIn);
        expireLocally();
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        RequestSpec request;
        request.name = QStringLiteral("t");
        request.url = QStringLiteral("/accounts");
        std::vector<std::unique_ptr<SendJob>> jobs;
        int done = 0;
        for (int i = 0; i < 50; ++i) {
            jobs.push_back(
                std::make_unique<SendJob>(*m_store, m_network, &broker, WorkspaceId, env, request));
            connect(jobs.back().get(), &SendJob::finished, this, [&done] { ++done; });
            jobs.back()->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 30'000);
        for (const auto &job : jobs) {
            QCOMPARE(job->result(), SendJob::Result::Completed);
            QCOMPARE(job->response().status, 200);
        }
        QCOMPARE(m_server->authority().refreshRequests(), 1);
        QCOMPARE(broker.tokenRequestsMade(), 1);
        QCOMPARE(broker.oauthFlowRefreshes(), 1); // through QOAuth2AuthorizationCodeFlow
    }

    void twoHundredRefreshRotationsNeverHitInvalidGrant()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QCOMPARE(login(browser, env)->result(), AuthorizationCodeLogin::Result::SignedIn);
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        QString previousRefresh = storedTokens()->refreshToken;
        for (int i = 0; i < 200; ++i) {
            expireLocally();
            const TokenOutcome outcome = acquire(broker);
            QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("cycle %1: %2").arg(i).arg(outcome.message)));
            const QString refresh = storedTokens()->refreshToken;
            QVERIFY(refresh != previousRefresh); // rotated, and the new one was stored
            previousRefresh = refresh;
        }
        QCOMPARE(m_server->authority().refreshRequests(), 200);
    }

    void unauthorizedRefreshesOnceAndRetriesOnce()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        storeSecret(AuthSetting::clientSecretSlot(), DemoCredentials::confidentialClientSecret());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        QVERIFY(acquire(broker).ok());
        m_server->authority().expireAllTokens(); // the server has expired it; Keyway still thinks it fresh
        const auto job = send(&broker, env, QStringLiteral("GET"), QStringLiteral("/accounts"));
        QCOMPARE(job->result(), SendJob::Result::Completed);
        QCOMPARE(job->response().status, 200);
        QCOMPARE(job->attempts(), 2);
        QCOMPARE(m_server->authority().tokenRequests(), 2);
    }

    void aRejectedTokenIsRetriedOnlyOnce()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        storeSecret(AuthSetting::clientSecretSlot(), DemoCredentials::confidentialClientSecret());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        RequestSpec request;
        request.name = QStringLiteral("t");
        request.url = QStringLiteral("/accounts");
        // A user-typed Authorization header wins over the token, so every attempt is refused.
        request.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer sbx_at_not_valid"), true}};
        SendJob job(*m_store, m_network, &broker, WorkspaceId, env, request);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job.result(), SendJob::Result::Completed);
        QCOMPARE(job.response().status, 401);
        QCOMPARE(job.attempts(), 2);
        QCOMPARE(m_server->authority().tokenRequests(), 2);
    }

    void forbiddenDoesNotRefresh()
    {
        const Environment env = environment(AuthKind::ClientCredentials);
        storeSecret(AuthSetting::clientSecretSlot(), DemoCredentials::confidentialClientSecret());
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const auto job = send(&broker, env, QStringLiteral("POST"), QStringLiteral("/invoices"),
            QStringLiteral("{\"customer\":\"ACME\",\"amount\":1}"));
        QCOMPARE(job->response().status, 403);
        QCOMPARE(job->attempts(), 1);
        QCOMPARE(m_server->authority().tokenRequests(), 1);
    }

    void invalidGrantMeansSignInNeeded()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QCOMPARE(login(browser, env)->result(), AuthorizationCodeLogin::Result::SignedIn);
        m_server->authority().revokeAll();
        expireLocally();
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        const TokenOutcome outcome = acquire(broker);
        QCOMPARE(outcome.result, TokenOutcome::Result::SignInNeeded);
        QVERIFY2(outcome.message.contains(QLatin1String("invalid_grant")), qPrintable(outcome.message));
        QTRY_VERIFY(!storedTokens());
        const auto job = send(&broker, env, QStringLiteral("GET"), QStringLiteral("/accounts"));
        QCOMPARE(job->result(), SendJob::Result::AuthFailed);
        QVERIFY(job->errorString().contains(QLatin1String("sign in")));
    }

    void reusedRefreshTokenRevokesTheGrant()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QCOMPARE(login(browser, env)->result(), AuthorizationCodeLogin::Result::SignedIn);
        const TokenSet original = *storedTokens();
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, {});
        expireLocally();
        QVERIFY(acquire(broker).ok());
        // Another client replays the old refresh token: the server revokes the whole family.
        TokenSet stale = original;
        stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        storeSecret(QStringLiteral("@tokens"), QString::fromUtf8(stale.toJson()));
        QCOMPARE(acquire(broker).result, TokenOutcome::Result::SignInNeeded);
    }

    void transientErrorsRetryWithBackoffAndKeepTokens()
    {
        ScriptedBrowser browser;
        const Environment env = environment(AuthKind::AuthorizationCode);
        QCOMPARE(login(browser, env)->result(), AuthorizationCodeLogin::Result::SignedIn);
        expireLocally();
        const QString refresh = storedTokens()->refreshToken;
        TokenBroker::Options fast;
        fast.retryDelaysMs = {10, 10, 10};
        TokenBroker broker(*m_store, m_network, WorkspaceId, env, env.auth, fast);

        m_server->failNext(10, 503);
        const TokenOutcome failed = acquire(broker);
        QCOMPARE(failed.result, TokenOutcome::Result::Failed);
        QVERIFY2(failed.message.contains(QLatin1String("503")), qPrintable(failed.message));
        QCOMPARE(storedTokens()->refreshToken, refresh);

        m_server->failNext(2, 500);
        const TokenOutcome recovered = acquire(broker);
        QVERIFY2(recovered.ok(), qPrintable(recovered.message));
        QVERIFY(storedTokens()->refreshToken != refresh);
    }

    void redirectToAnotherPortCarriesNoCredentials()
    {
        // Three servers, as in curl's test 317: A redirects to B, B to C.
        SandboxServer second;
        SandboxServer third;
        QVERIFY(second.start() && third.start());
        m_server->redirectNext(1, second.baseUrl());
        second.redirectNext(1, third.baseUrl(), 307);
        Environment env = environment(AuthKind::Static);
        env.auth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true},
                {QStringLiteral("X-API-Key"), QStringLiteral("{{secret.api_key}}"), true}};
        env.addSecretSlot(QStringLiteral("api_key"));
        storeSecret(QStringLiteral("api_key"), DemoCredentials::sandboxApiKey());
        RequestSpec request;
        request.name = QStringLiteral("t");
        request.url = QStringLiteral("/accounts");
        // A key the request carries itself (as a cURL import leaves it) is stripped like the environment's.
        request.headers = {{QStringLiteral("Cookie"), QStringLiteral("session=1"), true},
            {QStringLiteral("X-Custom-Key"), QStringLiteral("{{secret.api_key}}"), true}};
        SendJob job(*m_store, m_network, nullptr, WorkspaceId, env, request);
        QSignalSpy finished(&job, &SendJob::finished);
        job.start();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(job.result(), SendJob::Result::Completed);
        QCOMPARE(job.response().redirects.size(), 2);
        QCOMPARE(job.response().status, 401); // C got no credentials, so it refuses
        // The Timeline's account of it: each hop, what was left behind at the origin change, no values.
        const QList<RedirectHop> &hops = job.response().hops;
        QCOMPARE(hops.size(), 2);
        QCOMPARE(hops.at(0).status, 302);
        QCOMPARE(hops.at(1).status, 307);
        QVERIFY(hops.at(0).crossOrigin);
        for (const char *name : {"Authorization", "X-API-Key", "X-Company-Id", "Cookie"})
            QVERIFY2(hops.at(0).strippedHeaders.contains(QLatin1String(name), Qt::CaseInsensitive), name);
        QVERIFY(hops.at(1).strippedHeaders.isEmpty()); // nothing was left to strip
        QCOMPARE(hops.at(1).location.port(), third.baseUrl().port());
        QCOMPARE(m_server->received().last().header("Authorization"),
            QByteArray("Bearer ") + DemoCredentials::sandboxApiKey().toLatin1());
        for (const SandboxServer *server : {&second, &third}) {
            QCOMPARE(server->received().size(), 1);
            const auto &received = server->received().first();
            for (const char *name : {"Authorization", "X-API-Key", "X-Company-Id", "Cookie", "X-Custom-Key"})
                QVERIFY2(received.header(name).isEmpty(), name);
        }
    }

    void plainHttpToARemoteHostIsRefused()
    {
        Environment env = environment(AuthKind::None);
        env.baseUrl = QStringLiteral("http://api.example.invalid/v1");
        const auto job = send(nullptr, env, QStringLiteral("GET"), QStringLiteral("/accounts"));
        QCOMPARE(job->result(), SendJob::Result::Refused);
        QVERIFY(job->errorString().contains(QLatin1String("--allow-insecure-http")));
    }
};

QTEST_GUILESS_MAIN(TestAuthFlows)
#include "tst_authflows.moc"
