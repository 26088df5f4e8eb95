#include "auth/SignedJwt.h"
#include "http/FinalRequestBuilder.h"
#include "model/SecretMask.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrlQuery>

using namespace keyway;

namespace {

const QString ClientSecret = QStringLiteral("bc_client_secret_0123456789abcdef");

// BigCommerce's Customer Login set-up: HS256 with the app's client secret, the JWT in the URL path.
Environment customerLogin()
{
    Environment env;
    env.name = QStringLiteral("store");
    env.baseUrl = QStringLiteral("https://store.example.com");
    env.variables = {{QStringLiteral("client_id"), QStringLiteral("bc_app_1")},
        {QStringLiteral("store_hash"), QStringLiteral("abc123")},
        {QStringLiteral("customer_id"), QStringLiteral("42")}};
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

RequestSpec request(const QString &url)
{
    RequestSpec spec;
    spec.name = QStringLiteral("r");
    spec.url = url;
    return spec;
}

const QHash<QString, QString> Secrets {{AuthSetting::clientSecretSlot(), ClientSecret}};

Expected<WireRequest> build(const Environment &env, const RequestSpec &spec,
    VariableExpander::SecretMode mode = VariableExpander::SecretMode::Reveal,
    const QHash<QString, QString> &secrets = Secrets)
{
    return FinalRequestBuilder::build(spec, {env, mode, secrets, {}});
}

QJsonObject decodePart(const QString &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding)).object();
}

// Checks the HS256 signature independently of the signer and returns the claims.
QJsonObject verifiedClaims(const QString &token, const QString &key = ClientSecret)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray expected
        = QMessageAuthenticationCode::hash((parts[0] + QLatin1Char('.') + parts[1]).toLatin1(), key.toUtf8(),
            QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (expected != parts[2].toLatin1() || decodePart(parts[0]).value(QStringLiteral("alg")) != QLatin1String("HS256"))
        return {};
    return decodePart(parts[1]);
}

} // namespace

// A JWT Keyway signs per request (issue 14 item 6): claims typed and filled in fresh, signed with
// the key from the keychain, placed by {{jwt}}, treated as a credential everywhere.
class TestSignedJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsTheClaimsIntoTheUrlPath()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto wire = build(customerLogin(), request(QStringLiteral("/login/token/{{jwt}}")));
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        const QString path = wire->url.path();
        QVERIFY(path.startsWith(QLatin1String("/login/token/")));
        const QJsonObject claims = verifiedClaims(path.mid(13));
        QVERIFY2(!claims.isEmpty(), qPrintable(path));
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("bc_app_1"));
        QCOMPARE(claims.value(QStringLiteral("operation")).toString(), QStringLiteral("customer_login"));
        QCOMPARE(claims.value(QStringLiteral("store_hash")).toString(), QStringLiteral("abc123"));
        // Typed claims go as numbers, as BigCommerce checks them.
        QVERIFY(claims.value(QStringLiteral("customer_id")).isDouble());
        QCOMPARE(claims.value(QStringLiteral("customer_id")).toInt(), 42);
        QVERIFY(claims.value(QStringLiteral("iat")).isDouble());
        QVERIFY(claims.value(QStringLiteral("iat")).toInteger() >= before);
        QVERIFY(claims.value(QStringLiteral("iat")).toInteger() <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(claims.value(QStringLiteral("jti")).toString().size(), 36);
    }

    void everyRequestGetsAFreshToken()
    {
        const Environment env = customerLogin();
        const auto first = build(env, request(QStringLiteral("/login/token/{{jwt}}")));
        const auto second = build(env, request(QStringLiteral("/login/token/{{jwt}}")));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->url != second->url);
        QVERIFY(verifiedClaims(first->url.path().mid(13)).value(QStringLiteral("jti"))
            != verifiedClaims(second->url.path().mid(13)).value(QStringLiteral("jti")));
    }

    void placedInAHeaderItIsACredential()
    {
        Environment env = customerLogin();
        env.baseUrl = QStringLiteral("https://api.example.com");
        env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{jwt}}")}};
        env.auth.jwtKeyId = QStringLiteral("key-2026");
        const auto wire = build(env, request(QStringLiteral("/v1/me")));
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        const QString value = wire->header(QStringLiteral("Authorization"));
        QVERIFY(value.startsWith(QLatin1String("Bearer ")));
        QVERIFY(!verifiedClaims(value.mid(7)).isEmpty());
        QCOMPARE(decodePart(value.mid(7).section(QLatin1Char('.'), 0, 0)).value(QStringLiteral("kid")).toString(),
            QStringLiteral("key-2026"));
        QVERIFY(wire->credentialHeaders.contains(QStringLiteral("authorization")));
    }

    void placedInTheQueryOrTheRequestsOwnHeaderItIsACredential()
    {
        Environment env = customerLogin();
        env.auth.query = {{QStringLiteral("token"), QStringLiteral("{{jwt}}")}};
        RequestSpec spec = request(QStringLiteral("/v1/me"));
        spec.headers = {{QStringLiteral("X-Login"), QStringLiteral("{{jwt}}")}};
        const auto wire = build(env, spec);
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QVERIFY(!verifiedClaims(QUrlQuery(wire->url).queryItemValue(QStringLiteral("token"))).isEmpty());
        QVERIFY(wire->credentialQueryItems.contains(QStringLiteral("token")));
        QVERIFY(wire->credentialHeaders.contains(QStringLiteral("x-login")));
        RequestSpec body = request(QStringLiteral("/v1/me"));
        body.method = QStringLiteral("POST");
        body.body = QStringLiteral("{\"assertion\":\"{{jwt}}\"}");
        const auto posted = build(env, body);
        QVERIFY2(posted.ok(), qPrintable(posted.error()));
        QVERIFY(posted->bodyHoldsSecret); // never re-sent to another origin by a 307
    }

    void thePreviewShowsTheClaimsButNotTheSignature()
    {
        const auto masked = build(customerLogin(), request(QStringLiteral("/login/token/{{jwt}}")),
            VariableExpander::SecretMode::Mask);
        QVERIFY2(masked.ok(), qPrintable(masked.error()));
        const QString token = masked->url.path(QUrl::FullyDecoded).mid(13);
        const QStringList parts = token.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(decodePart(parts[1]).value(QStringLiteral("operation")).toString(), QStringLiteral("customer_login"));
        QCOMPARE(parts[2], SecretMask::dots());
        QVERIFY(!token.contains(ClientSecret));
        // The preview needs no key: an empty keychain still shows the claims.
        QVERIFY(build(customerLogin(), request(QStringLiteral("/login/token/{{jwt}}")),
            VariableExpander::SecretMode::Mask, {})
                    .ok());
        // A snippet refers to it as a variable instead of holding a token.
        const auto referenced = build(customerLogin(), request(QStringLiteral("/login/token/{{jwt}}")),
            VariableExpander::SecretMode::Reference);
        QVERIFY2(referenced.ok(), qPrintable(referenced.error()));
        QVERIFY(referenced->url.path(QUrl::FullyDecoded).endsWith(VariableExpander::reference(QStringLiteral("jwt"))));
    }

    void theKeyAndTheClaimSecretsAreTheOnlySecretsRead()
    {
        Environment env = customerLogin();
        env.addSecretSlot(QStringLiteral("unused"));
        env.addSecretSlot(QStringLiteral("customer_ref"));
        env.auth.jwtClaims.append({QStringLiteral("sub"), QStringLiteral("{{secret.customer_ref}}")});
        QStringList slots = FinalRequestBuilder::requiredSecrets(request(QStringLiteral("/login/token/{{jwt}}")), env);
        slots.sort();
        QCOMPARE(slots, (QStringList {AuthSetting::clientSecretSlot(), QStringLiteral("customer_ref")}));
        // A page visited after the login link places no token: nothing is signed, no key is read.
        QVERIFY(FinalRequestBuilder::requiredSecrets(request(QStringLiteral("/account.php")), env).isEmpty());
        QVERIFY(build(env, request(QStringLiteral("/account.php")), VariableExpander::SecretMode::Reveal, {}).ok());
    }

    void itGoesOnlyToTheEnvironmentsOrigins()
    {
        Environment env = customerLogin();
        const auto elsewhere = build(env, request(QStringLiteral("https://evil.example/login/token/{{jwt}}")));
        QVERIFY(!elsewhere.ok());
        QVERIFY2(elsewhere.error().contains(QLatin1String("https://evil.example")), qPrintable(elsewhere.error()));
        QVERIFY(elsewhere.error().contains(QLatin1String("trusted origins")));
        RequestSpec header = request(QStringLiteral("https://evil.example/x"));
        header.headers = {{QStringLiteral("X-Token"), QStringLiteral("{{jwt}}")}};
        QVERIFY(!build(env, header).ok());
        // Placed by the environment's own templates it is simply left out, like any credential.
        env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{jwt}}")}};
        const auto withheld = build(env, request(QStringLiteral("https://evil.example/x")));
        QVERIFY2(withheld.ok(), qPrintable(withheld.error()));
        QVERIFY(withheld->credentialsWithheld);
        QVERIFY(withheld->header(QStringLiteral("Authorization")).isEmpty());
        env.trustedOrigins = {QStringLiteral("https://evil.example")};
        QVERIFY(build(env, request(QStringLiteral("https://evil.example/login/token/{{jwt}}"))).ok());
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("claimValue");
        QTest::addColumn<bool>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QStringLiteral("forty-two") << true << QStringLiteral("is not a JSON value");
        // A variable cannot add claims of its own to the token.
        QTest::newRow("claim injection") << QStringLiteral("{{evil}}") << true << QStringLiteral("is not a JSON value");
        QTest::newRow("unknown variable") << QStringLiteral("{{nope}}") << false << QStringLiteral("nope");
        QTest::newRow("unknown dynamic value") << QStringLiteral("{{$time}}") << true << QStringLiteral("$time");
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QString, claimValue);
        QFETCH(bool, typed);
        QFETCH(QString, expected);
        Environment env = customerLogin();
        env.variables.insert(QStringLiteral("evil"), QStringLiteral("1, \"admin\": true"));
        env.auth.jwtClaims.append({QStringLiteral("extra"), claimValue, true, typed});
        const auto wire = build(env, request(QStringLiteral("/login/token/{{jwt}}")));
        QVERIFY(!wire.ok());
        QVERIFY2(wire.error().contains(expected), qPrintable(wire.error()));
        QVERIFY2(wire.error().contains(QLatin1String("claim 'extra'")), qPrintable(wire.error()));
    }

    void aMissingOrWrongKeyIsNamed()
    {
        const auto empty = build(customerLogin(), request(QStringLiteral("/login/token/{{jwt}}")),
            VariableExpander::SecretMode::Reveal, {});
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(QLatin1String("client_secret")) && empty.error().contains(QLatin1String("keychain")),
            qPrintable(empty.error()));
        Environment env = customerLogin();
        env.auth.signingKeySlot = QStringLiteral("rsa_key");
        const auto noSlot = build(env, request(QStringLiteral("/login/token/{{jwt}}")));
        QVERIFY(!noSlot.ok());
        QVERIFY2(noSlot.error().contains(QLatin1String("rsa_key")), qPrintable(noSlot.error()));
        env.addSecretSlot(QStringLiteral("rsa_key"));
        env.auth.jwtAlgorithm = JwtAlgorithm::RS256;
        const auto notPem = build(env, request(QStringLiteral("/login/token/{{jwt}}")),
            VariableExpander::SecretMode::Reveal, {{QStringLiteral("rsa_key"), QStringLiteral("not a key")}});
        QVERIFY(!notPem.ok());
        QVERIFY2(notPem.error().contains(QLatin1String("cannot sign the JWT")), qPrintable(notPem.error()));
        QVERIFY(!notPem.error().contains(QLatin1String("not a key")));
    }

    void jwtWithoutSignedJwtAuthSaysWhy()
    {
        Environment env = customerLogin();
        env.auth = {};
        const auto wire = build(env, request(QStringLiteral("/login/token/{{jwt}}")));
        QVERIFY(!wire.ok());
        QVERIFY2(wire.error().contains(QLatin1String("Signed JWT")), qPrintable(wire.error()));
    }
};

QTEST_GUILESS_MAIN(TestSignedJwt)
#include "tst_signedjwt.moc"
