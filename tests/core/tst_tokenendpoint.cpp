#include "auth/Pkce.h"
#include "auth/TokenEndpoint.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace keyway;

namespace {

HttpResponse answer(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    return response;
}

Environment environment()
{
    Environment env;
    env.name = QStringLiteral("e");
    env.addSecretSlot(QStringLiteral("api_key"));
    return env;
}

AuthSetting grant(AuthKind kind)
{
    AuthSetting auth;
    auth.kind = kind;
    auth.tokenUrl = QStringLiteral("https://auth.example.com/oauth/token");
    auth.clientId = QStringLiteral("client:one");
    auth.scopes = {QStringLiteral("read:a"), QStringLiteral("write:b")};
    return auth;
}

QUrlQuery formOf(const WireRequest &wire)
{
    QByteArray body = wire.body;
    return QUrlQuery(QString::fromLatin1(body));
}

const QDateTime Received = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAStandardTokenResponse()
    {
        const auto outcome = TokenEndpoint::parse(
            answer(200,
                R"({"access_token":"at","refresh_token":"rt","expires_in":3600,"scope":"a b","token_type":"Bearer"})"),
            {}, Received);
        const TokenSet tokens = std::get<TokenSet>(outcome);
        QCOMPARE(tokens.accessToken, QStringLiteral("at"));
        QCOMPARE(tokens.refreshToken, QStringLiteral("rt"));
        QCOMPARE(tokens.expiresAt, Received.addSecs(3600));
        QCOMPARE(tokens.grantedScopes, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(tokens.isFresh(60, Received));
        QVERIFY(!tokens.isFresh(60, Received.addSecs(3541)));
    }

    void readsTokensFromConfiguredPaths()
    {
        TokenRequestSpec spec;
        spec.tokenPath = QStringLiteral("data.token");
        spec.expiresPath = QStringLiteral("data.expires");
        spec.defaultLifetimeSeconds = 900;
        const TokenSet nested = std::get<TokenSet>(
            TokenEndpoint::parse(answer(200, R"({"data":{"token":"jwt","expires":"120"}})"), spec, Received));
        QCOMPARE(nested.accessToken, QStringLiteral("jwt"));
        QCOMPARE(nested.expiresAt, Received.addSecs(120));
        const TokenSet noExpiry = std::get<TokenSet>(
            TokenEndpoint::parse(answer(200, R"({"data":{"token":"jwt"}})"), spec, Received));
        QCOMPARE(noExpiry.expiresAt, Received.addSecs(900));
        const TokenError missing
            = std::get<TokenError>(TokenEndpoint::parse(answer(200, R"({"token":"x"})"), spec, Received));
        QCOMPARE(missing.kind, TokenError::Kind::Malformed);
        QVERIFY(missing.message().contains(QLatin1String("data.token")));
    }

    void classifiesErrors()
    {
        const TokenError invalid = std::get<TokenError>(TokenEndpoint::parse(
            answer(400, R"({"error":"invalid_grant","error_description":"refresh token reuse detected"})"),
            {}, Received));
        QCOMPARE(invalid.kind, TokenError::Kind::InvalidGrant);
        QVERIFY(invalid.message().contains(QLatin1String("invalid_grant")));
        QVERIFY(invalid.message().contains(QLatin1String("reuse detected")));
        QVERIFY(!invalid.isTransient());
        const TokenError server
            = std::get<TokenError>(TokenEndpoint::parse(answer(503, "oops"), {}, Received));
        QCOMPARE(server.kind, TokenError::Kind::ServerError);
        QVERIFY(server.isTransient());
        const TokenError client = std::get<TokenError>(
            TokenEndpoint::parse(answer(401, R"({"error":"invalid_client"})"), {}, Received));
        QCOMPARE(client.kind, TokenError::Kind::Rejected);
        QCOMPARE(client.status, 401);
    }

    void tokenErrorsInOtherEnvelopesAreRead()
    {
        HttpResponse response = answer(400,
            "{\"type\":\"list\",\"correlationId\":\"c1\",\"data\":[{\"type\":\"error\",\"code\":\"parameter-"
            "not-supplied\","
            "\"title\":\"Required header not supplied\",\"detail\":\"Basiq-version must be specified\"}]}");
        response.headers = {{"Content-Type", "application/json"}};
        const TokenError error = std::get<TokenError>(TokenEndpoint::parse(response, {}, Received));
        QVERIFY(error.report);
        QCOMPARE(error.report->requestId, QStringLiteral("c1"));
        QCOMPARE(error.error, QStringLiteral("parameter-not-supplied"));
        QVERIFY2(error.message().contains(QLatin1String("Basiq-version must be specified")),
            qPrintable(error.message()));
    }

    void clientCredentialsAuthenticateUpFront()
    {
        const Environment env = environment();
        const VariableExpander expander(env, VariableExpander::SecretMode::Reveal);
        const auto spec = TokenEndpoint::clientCredentials(
            grant(AuthKind::ClientCredentials), expander, QStringLiteral("p@ss w%"));
        QVERIFY(spec.ok());
        const WireRequest wire = TokenEndpoint::wireRequest(spec.value());
        // RFC 6749 §2.3.1: percent-encode id and secret, then base64.
        QCOMPARE(wire.header(QStringLiteral("Authorization")),
            QStringLiteral("Basic ")
                + QString::fromLatin1(QByteArray("client%3Aone:p%40ss%20w%25").toBase64()));
        QCOMPARE(
            wire.header(QStringLiteral("Content-Type")), QStringLiteral("application/x-www-form-urlencoded"));
        const QUrlQuery form = formOf(wire);
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
            QStringLiteral("read:a write:b"));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
    }

    void clientCredentialsInTheBodyAsJson()
    {
        AuthSetting auth = grant(AuthKind::ClientCredentials);
        auth.clientAuth = ClientAuthMethod::Body;
        auth.tokenBody = TokenBodyEncoding::Json;
        auth.params = {{QStringLiteral("audience"), QStringLiteral("https://api.example.com"), true}};
        const Environment env = environment();
        const auto spec = TokenEndpoint::clientCredentials(
            auth, VariableExpander(env, VariableExpander::SecretMode::Reveal), QStringLiteral("s3cret"));
        const WireRequest wire = TokenEndpoint::wireRequest(spec.value());
        QCOMPARE(wire.header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QVERIFY(wire.header(QStringLiteral("Authorization")).isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(wire.body).object();
        QCOMPARE(body.value(QStringLiteral("client_id")).toString(), QStringLiteral("client:one"));
        QCOMPARE(body.value(QStringLiteral("client_secret")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(
            body.value(QStringLiteral("audience")).toString(), QStringLiteral("https://api.example.com"));
    }

    void jsonParametersGoAsJsonValues()
    {
        AuthSetting auth = grant(AuthKind::TokenExchange);
        auth.tokenBody = TokenBodyEncoding::Json;
        auth.params = {{QStringLiteral("channel_id"), QStringLiteral("1"), true, true},
            {QStringLiteral("expires_at"), QStringLiteral("{{$timestamp+3600}}"), true, true},
            {QStringLiteral("active"), QStringLiteral("true"), true, true},
            {QStringLiteral("note"), QStringLiteral("1"), true, false}};
        const Environment env = environment();
        const auto spec = TokenEndpoint::tokenExchange(auth, VariableExpander(env, VariableExpander::SecretMode::Reveal));
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
        const QJsonObject body = QJsonDocument::fromJson(TokenEndpoint::wireRequest(spec.value()).body).object();
        QCOMPARE(body.value(QStringLiteral("channel_id")), QJsonValue(1));
        QVERIFY(body.value(QStringLiteral("expires_at")).isDouble());
        QVERIFY(qAbs(body.value(QStringLiteral("expires_at")).toInteger() - (QDateTime::currentSecsSinceEpoch() + 3600)) <= 1);
        QCOMPARE(body.value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("note")), QJsonValue(QStringLiteral("1"))); // not typed: a string

        // In a form body the text goes as it is.
        auth.tokenBody = TokenBodyEncoding::Form;
        const auto form = TokenEndpoint::tokenExchange(auth, VariableExpander(env, VariableExpander::SecretMode::Reveal));
        QCOMPARE(formOf(TokenEndpoint::wireRequest(form.value())).queryItemValue(QStringLiteral("channel_id")),
            QStringLiteral("1"));

        // Not JSON: said before anything is sent.
        auth.params = {{QStringLiteral("channel_id"), QStringLiteral("one"), true, true}};
        const auto bad = TokenEndpoint::tokenExchange(auth, VariableExpander(env, VariableExpander::SecretMode::Reveal));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("'one' is not a JSON value")), qPrintable(bad.error()));
    }

    void refreshSendsNoRedirectUriNorEmptySecret()
    {
        const Environment env = environment();
        const auto spec = TokenEndpoint::refresh(grant(AuthKind::AuthorizationCode),
            VariableExpander(env, VariableExpander::SecretMode::Reveal), QStringLiteral("rt/+=x"), {});
        const QUrlQuery form = formOf(TokenEndpoint::wireRequest(spec.value()));
        QCOMPARE(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded),
            QStringLiteral("rt/+=x"));
        QVERIFY(!form.hasQueryItem(QStringLiteral("redirect_uri")));
        QVERIFY(!form.hasQueryItem(QStringLiteral("client_secret")));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
            QStringLiteral("client:one"));
    }

    void codeExchangeCarriesVerifierAndRedirect()
    {
        const Environment env = environment();
        const auto spec = TokenEndpoint::authorizationCode(grant(AuthKind::AuthorizationCode),
            VariableExpander(env, VariableExpander::SecretMode::Reveal), QStringLiteral("c/o+de"),
            QStringLiteral("http://127.0.0.1:5555/callback"), QStringLiteral("verifier"), {});
        const QUrlQuery form = formOf(TokenEndpoint::wireRequest(spec.value()));
        QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("c/o+de"));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QStringLiteral("http://127.0.0.1:5555/callback"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code_verifier")), QStringLiteral("verifier"));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    }

    void tokenExchangeExpandsItsTemplates()
    {
        AuthSetting auth = grant(AuthKind::TokenExchange);
        auth.tokenHeaders
            = {{QStringLiteral("Authorization"), QStringLiteral("Basic {{secret.api_key}}"), true},
                {QStringLiteral("basiq-version"), QStringLiteral("3.0"), true}};
        auth.params = {{QStringLiteral("scope"), QStringLiteral("SERVER_ACCESS"), true}};
        const Environment env = environment();
        const VariableExpander expander(
            env, VariableExpander::SecretMode::Reveal, {{QStringLiteral("api_key"), QStringLiteral("KEY")}});
        const WireRequest wire
            = TokenEndpoint::wireRequest(TokenEndpoint::tokenExchange(auth, expander).value());
        QCOMPARE(wire.header(QStringLiteral("Authorization")), QStringLiteral("Basic KEY"));
        QCOMPARE(wire.header(QStringLiteral("basiq-version")), QStringLiteral("3.0"));
        QCOMPARE(wire.body, QByteArray("scope=SERVER_ACCESS"));
        QVERIFY(wire.credentialHeaders.contains(QStringLiteral("authorization")));
        const auto missing
            = TokenEndpoint::tokenExchange(auth, VariableExpander(env, VariableExpander::SecretMode::Reveal));
        QVERIFY(!missing);
    }

    void tokenSetRoundTripsThroughJson()
    {
        const TokenSet tokens {QStringLiteral("a"), QStringLiteral("r"), Received, {QStringLiteral("s")}};
        QCOMPARE(TokenSet::fromJson(tokens.toJson()), tokens);
        QVERIFY(!TokenSet::fromJson("garbage"));
    }

    void pkceFollowsRfc7636()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QRegularExpression verifierShape(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
        QSet<QString> states;
        for (int i = 0; i < 100; ++i) {
            const Pkce pkce = Pkce::generate();
            QVERIFY(verifierShape.match(pkce.verifier).hasMatch());
            QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
            const QString state = Pkce::newState();
            QCOMPARE(state.size(), 43);
            states.insert(state);
        }
        QCOMPARE(states.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "tst_tokenendpoint.moc"
