#include "history/CredentialScrub.h"
#include "http/FinalRequestBuilder.h"
#include "http/RedirectPolicy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace keyway;

namespace {

Environment environment()
{
    Environment env;
    env.name = QStringLiteral("sandbox");
    env.baseUrl = QStringLiteral("https://api.example.com/v1/");
    env.variables = {{QStringLiteral("tenant"), QStringLiteral("acme")}};
    env.companies.ids = {QStringLiteral("company_abc")};
    env.companies.selected = QStringLiteral("company_abc");
    env.addSecretSlot(QStringLiteral("api_key"));
    env.addSecretSlot(QStringLiteral("password"));
    env.auth.kind = AuthKind::Static;
    env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
    return env;
}

RequestSpec request(const QString &url)
{
    RequestSpec spec;
    spec.name = QStringLiteral("r");
    spec.url = url;
    return spec;
}

const QHash<QString, QString> Secrets {
    {QStringLiteral("api_key"), QStringLiteral("blg_test_sk_1234567890wxyz")},
    {QStringLiteral("password"), QStringLiteral("p@ss:w&rd=+")}};

} // namespace

class TestFinalRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsTheExactRequest()
    {
        const Environment env = environment();
        RequestSpec spec = request(QStringLiteral("/accounts?tenant={{tenant}}"));
        spec.method = QStringLiteral("post");
        spec.body = QStringLiteral("{\"a\":1}");
        const auto wire
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QCOMPARE(wire->method, QStringLiteral("POST"));
        QCOMPARE(wire->url.toString(), QStringLiteral("https://api.example.com/v1/accounts?tenant=acme"));
        QStringList names;
        for (const HeaderField &header : wire->headers)
            names << header.name;
        QCOMPARE(names,
            (QStringList {QStringLiteral("User-Agent"), QStringLiteral("Accept"),
                QStringLiteral("Accept-Encoding"), QStringLiteral("Accept-Language"),
                QStringLiteral("Content-Type"), QStringLiteral("X-Company-Id"),
                QStringLiteral("Authorization")}));
        QCOMPARE(wire->header(QStringLiteral("user-agent")), FinalRequestBuilder::userAgent());
        QVERIFY(FinalRequestBuilder::userAgent().startsWith(QLatin1String("Keyway/")));
        QCOMPARE(wire->header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QCOMPARE(wire->header(QStringLiteral("X-Company-Id")), QStringLiteral("company_abc"));
        QCOMPARE(wire->header(QStringLiteral("Authorization")),
            QStringLiteral("Bearer blg_test_sk_1234567890wxyz"));
        QCOMPARE(wire->body, QByteArray("{\"a\":1}"));
        QCOMPARE(wire->credentialHeaders,
            (QStringList {QStringLiteral("x-company-id"), QStringLiteral("authorization")}));
    }

    void masksSecretsInThePreview()
    {
        const Environment env = environment();
        const auto masked = FinalRequestBuilder::build(
            request(QStringLiteral("accounts")), {env, VariableExpander::SecretMode::Mask, Secrets, {}});
        QVERIFY(masked.ok());
        QCOMPARE(masked->header(QStringLiteral("Authorization")),
            QStringLiteral("Bearer \u2022\u2022\u2022\u2022wxyz"));
        QVERIFY(!masked->toText().contains(QLatin1String("blg_test_sk")));
        const auto unknown = FinalRequestBuilder::build(
            request(QStringLiteral("accounts")), {env, VariableExpander::SecretMode::Mask, {}, {}});
        QCOMPARE(unknown->header(QStringLiteral("Authorization")),
            QStringLiteral("Bearer \u2022\u2022\u2022\u2022"));
    }

    void joinsBaseUrlAndPaths_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("slash+slash") << "https://a.example/v1/"
                                     << "/x"
                                     << "https://a.example/v1/x";
        QTest::newRow("none+none") << "https://a.example/v1"
                                   << "x"
                                   << "https://a.example/v1/x";
        QTest::newRow("query only") << "https://a.example/v1"
                                    << "?q=1"
                                    << "https://a.example/v1?q=1";
        QTest::newRow("absolute") << "https://a.example/v1"
                                  << "https://b.example/y"
                                  << "https://b.example/y";
        QTest::newRow("base variable") << "https://a.example/v1"
                                       << "{{baseUrl}}/z"
                                       << "https://a.example/v1/z";
    }

    void joinsBaseUrlAndPaths()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        Environment env = environment();
        env.baseUrl = base;
        const auto wire = FinalRequestBuilder::build(
            request(url), {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QCOMPARE(wire->url.toString(), expected);
    }

    void requestHeadersOverrideDefaults()
    {
        const Environment env = environment();
        RequestSpec spec = request(QStringLiteral("/x"));
        spec.headers = {{QStringLiteral("accept"), QStringLiteral("application/xml"), true},
            {QStringLiteral("X-Off"), QStringLiteral("1"), false}};
        const auto wire
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QCOMPARE(wire->header(QStringLiteral("Accept")), QStringLiteral("application/xml"));
        QVERIFY(wire->header(QStringLiteral("X-Off")).isEmpty());
        QCOMPARE(wire->headers.size(), 6);
    }

    void basicAuthIsEncodedForTheUser()
    {
        Environment env = environment();
        env.auth = {};
        env.auth.kind = AuthKind::Static;
        env.auth.basicUser = QStringLiteral("{{tenant}}");
        env.auth.basicPassword = QStringLiteral("{{secret.password}}");
        const auto wire = FinalRequestBuilder::build(
            request(QStringLiteral("/x")), {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QCOMPARE(wire->header(QStringLiteral("Authorization")),
            QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("acme:p@ss:w&rd=+").toBase64()));
        const auto masked = FinalRequestBuilder::build(
            request(QStringLiteral("/x")), {env, VariableExpander::SecretMode::Mask, Secrets, {}});
        QCOMPARE(masked->header(QStringLiteral("Authorization")),
            QStringLiteral("Basic acme:\u2022\u2022\u2022\u2022"));
    }

    void queryCredentialsAreEncodedAndMarked()
    {
        Environment env = environment();
        env.auth.headers.clear();
        env.auth.query = {{QStringLiteral("key"), QStringLiteral("{{secret.password}}"), true}};
        const auto wire = FinalRequestBuilder::build(
            request(QStringLiteral("/x?a=1")), {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QCOMPARE(QUrlQuery(wire->url).queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded),
            QStringLiteral("p@ss:w&rd=+"));
        QCOMPARE(QUrlQuery(wire->url).queryItemValue(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(wire->credentialQueryItems, QStringList {QStringLiteral("key")});
    }

    void tokenAuthUsesTheBrokerToken()
    {
        Environment env = environment();
        env.auth = {};
        env.auth.kind = AuthKind::ClientCredentials;
        const auto wire = FinalRequestBuilder::build(request(QStringLiteral("/x")),
            {env, VariableExpander::SecretMode::Reveal, {}, QStringLiteral("at_0123456789abcdef")});
        QCOMPARE(wire->header(QStringLiteral("Authorization")), QStringLiteral("Bearer at_0123456789abcdef"));
        const auto noToken = FinalRequestBuilder::build(
            request(QStringLiteral("/x")), {env, VariableExpander::SecretMode::Reveal, {}, {}});
        QVERIFY(!noToken);
        QVERIFY(noToken.error().contains(QLatin1String("sign in")));
    }

    void everyValueFromASecretIsACredential()
    {
        // A key the user put in a request of their own (as a cURL import does) is a credential too.
        Environment env = environment();
        env.variables.insert(QStringLiteral("token_ref"), QStringLiteral("{{secret.password}}"));
        RequestSpec spec = request(QStringLiteral("/x?api_key={{secret.api_key}}&page=2&via={{token_ref}}"));
        spec.method = QStringLiteral("POST");
        spec.headers = {{QStringLiteral("X-Custom-Key"), QStringLiteral("{{secret.password}}"), true},
            {QStringLiteral("X-Note"), QStringLiteral("plain {{tenant}}"), true}};
        spec.body = QStringLiteral("client_secret={{secret.password}}");
        const auto wire
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QVERIFY(wire->credentialHeaders.contains(QStringLiteral("x-custom-key")));
        QVERIFY(!wire->credentialHeaders.contains(QStringLiteral("x-note")));
        QVERIFY(wire->credentialQueryItems.contains(QStringLiteral("api_key")));
        QVERIFY(wire->credentialQueryItems.contains(QStringLiteral("via"))); // through a variable
        QVERIFY(!wire->credentialQueryItems.contains(QStringLiteral("page")));
        QVERIFY(wire->bodyHoldsSecret);

        // At another origin: the headers and query items are gone; a 307 with the body is refused.
        const auto moved = RedirectPolicy::follow(
            wire.value(), 302, QUrl(QStringLiteral("https://b.example/y?api_key=echo&page=2")), 0, false);
        QVERIFY(moved.ok()); // 302 after a POST drops the body
        QVERIFY(moved->header(QStringLiteral("X-Custom-Key")).isEmpty());
        QCOMPARE(moved->header(QStringLiteral("X-Note")), QStringLiteral("plain acme"));
        QVERIFY(!QUrlQuery(moved->url).hasQueryItem(QStringLiteral("api_key")));
        const auto resent = RedirectPolicy::follow(
            wire.value(), 307, QUrl(QStringLiteral("https://b.example/y")), 0, false);
        QVERIFY(!resent.ok());
        QVERIFY2(resent.error().contains(QLatin1String("body that holds a key")), qPrintable(resent.error()));
        QVERIFY(!resent.error().contains(Secrets.value(QStringLiteral("password"))));
        QVERIFY(
            RedirectPolicy::follow(wire.value(), 307, QUrl(QStringLiteral("/same-origin")), 0, false).ok());
    }

    void credentialsGoOnlyToTheEnvironmentsOrigins()
    {
        // An absolute URL on another origin (as an imported collection may hold) gets no credentials.
        Environment env = environment();
        env.auth.query = {{QStringLiteral("api_key"), QStringLiteral("{{secret.api_key}}"), true}};
        const auto elsewhere
            = FinalRequestBuilder::build(request(QStringLiteral("https://collector.example/abs")),
                {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(elsewhere.ok(), qPrintable(elsewhere.error()));
        QVERIFY(elsewhere->credentialsWithheld);
        QVERIFY(elsewhere->header(QStringLiteral("Authorization")).isEmpty());
        QVERIFY(elsewhere->header(QStringLiteral("X-Company-Id")).isEmpty());
        QVERIFY(!QUrlQuery(elsewhere->url).hasQueryItem(QStringLiteral("api_key")));

        // Its own origin, by path or by a full URL, gets them; so does an origin the user trusts.
        for (const QString &url : {QStringLiteral("/abs"), QStringLiteral("https://api.example.com/other")}) {
            const auto home = FinalRequestBuilder::build(
                request(url), {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
            QVERIFY(!home->credentialsWithheld);
            QVERIFY(!home->header(QStringLiteral("Authorization")).isEmpty());
        }
        env.trustedOrigins = {QStringLiteral("https://collector.example")};
        const auto trusted
            = FinalRequestBuilder::build(request(QStringLiteral("https://collector.example/abs")),
                {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY(!trusted->credentialsWithheld);
        QCOMPARE(trusted->header(QStringLiteral("X-Company-Id")), QStringLiteral("company_abc"));
        // Same host, another port or scheme, is another origin.
        env.trustedOrigins.clear();
        QVERIFY(FinalRequestBuilder::build(request(QStringLiteral("https://api.example.com:8443/x")),
            {env, VariableExpander::SecretMode::Reveal, Secrets,
                {}})->credentialsWithheld);
    }

    void badInputIsRefusedClearly()
    {
        Environment env = environment();
        env.variables.insert(QStringLiteral("evil"), QStringLiteral("x\r\nX-Injected: 1"));
        RequestSpec spec = request(QStringLiteral("/x"));
        spec.headers = {{QStringLiteral("X-Note"), QStringLiteral("{{evil}}"), true}};
        const auto injected
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY(!injected);
        QVERIFY2(injected.error().contains(QLatin1String("line break")), qPrintable(injected.error()));

        // NUL and other control characters are refused too, and the value is not repeated (it may be a key).
        for (const QString &bad : {QStringLiteral("abc\u0000def-secretish"), QStringLiteral("a\u001bb"),
                 QStringLiteral("a\u007fb")}) {
            env.variables.insert(QStringLiteral("evil"), bad);
            const auto control
                = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
            QVERIFY(!control);
            QVERIFY2(
                control.error().contains(QLatin1String("control character")), qPrintable(control.error()));
            QVERIFY(!control.error().contains(QLatin1String("secretish")));
        }
        env.variables.insert(QStringLiteral("evil"), QStringLiteral("tab\tis fine"));
        QVERIFY(
            FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}}).ok());

        const auto missingSecret = FinalRequestBuilder::build(
            request(QStringLiteral("/x")), {env, VariableExpander::SecretMode::Reveal, {}, {}});
        QVERIFY(!missingSecret);
        QVERIFY(missingSecret.error().contains(QLatin1String("api_key")));

        const auto credentialsInUrl
            = FinalRequestBuilder::build(request(QStringLiteral("https://user:pw@a.example/")),
                {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY(!credentialsInUrl);
        QVERIFY(!credentialsInUrl.error().contains(QLatin1String(":pw")));

        const auto notHttp = FinalRequestBuilder::build(request(QStringLiteral("ftp://a.example/")),
            {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY(!notHttp);
    }

    void formBodiesAreUrlEncoded()
    {
        const Environment env = environment();
        RequestSpec spec = request(QStringLiteral("/token"));
        spec.method = QStringLiteral("POST");
        spec.bodyMode = RequestSpec::BodyMode::Form;
        spec.formFields = {{QStringLiteral("scope"), QStringLiteral("SERVER ACCESS&x"), true},
            {QStringLiteral("key"), QStringLiteral("{{secret.password}}"), true},
            {QStringLiteral("off"), QStringLiteral("1"), false}};
        const auto wire
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QCOMPARE(wire->body, QByteArray("scope=SERVER%20ACCESS%26x&key=p%40ss%3Aw%26rd%3D%2B"));
        QCOMPARE(wire->header(QStringLiteral("Content-Type")),
            QStringLiteral("application/x-www-form-urlencoded"));
        QVERIFY(FinalRequestBuilder::requiredSecrets(spec, env).contains(QStringLiteral("password")));
        const auto masked
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Mask, Secrets, {}});
        QVERIFY(!masked->body.contains("p%40ss"));
    }

    void valuesInJsonStringsAreEscapedAsJson()
    {
        // A customer called A "B" C\D from a data file must not end the string or break the body.
        Environment env = environment();
        env.variables.insert(QStringLiteral("name"), QStringLiteral("A \"B\" C\\D\nnext"));
        env.variables.insert(QStringLiteral("count"), QStringLiteral("3"));
        env.addSecretSlot(QStringLiteral("quoted"));
        RequestSpec spec = request(QStringLiteral("/customers"));
        spec.method = QStringLiteral("POST");
        spec.body = QStringLiteral(
            "{\"name\": \"{{name}}\", \"note\": \"say \\\"{{count}}\\\"\", \"count\": {{count}}, \"key\": \"{{secret.quoted}}\"}");
        QHash<QString, QString> secrets = Secrets;
        secrets.insert(QStringLiteral("quoted"), QStringLiteral("kw\"quoted\\secret-0042"));
        const auto wire = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, secrets, {}});
        QVERIFY2(wire.ok(), qPrintable(wire.error()));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(wire->body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, wire->body.constData());
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("A \"B\" C\\D\nnext"));
        QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("say \"3\""));
        QCOMPARE(body.value(QStringLiteral("count")).toInt(), 3); // outside a string: as it is
        QCOMPARE(body.value(QStringLiteral("key")).toString(), secrets.value(QStringLiteral("quoted")));
        QCOMPARE(wire->header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        // What the history keeps of it has no trace of the key, escaped or not.
        const QByteArray kept = CredentialScrub::body(wire->body, {secrets.value(QStringLiteral("quoted"))});
        QVERIFY2(!kept.contains("quoted"), kept.constData());
        // A body that is not JSON gets values as they are.
        spec.body = QStringLiteral("name={{name}}");
        spec.headers = {{QStringLiteral("Content-Type"), QStringLiteral("text/plain"), true}};
        QCOMPARE(FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, secrets, {}})->body,
            QByteArray("name=A \"B\" C\\D\nnext"));
    }

    void fileBodiesAreStreamedNotRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"amount\": 1}");
        file.close();
        const Environment env = environment();
        RequestSpec spec = request(QStringLiteral("/invoices"));
        spec.method = QStringLiteral("POST");
        spec.bodyMode = RequestSpec::BodyMode::File;
        spec.bodyFile = path;
        const auto sent
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        // Read from disk while sending (HttpExchange), never into memory here.
        QCOMPARE(sent->bodyFile, QFileInfo(path).absoluteFilePath());
        QCOMPARE(sent->declaredLength, 13);
        QVERIFY(sent->streamsBody());
        QCOMPARE(sent->header(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        const auto preview
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Mask, Secrets, {}});
        QCOMPARE(preview->body, QByteArray("<invoice.json, 13 bytes>"));
        QVERIFY(preview->toText().contains(QLatin1String("Content-Length: 13")));
        spec.bodyFile = dir.filePath(QStringLiteral("missing.json"));
        const auto missing
            = FinalRequestBuilder::build(spec, {env, VariableExpander::SecretMode::Reveal, Secrets, {}});
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QLatin1String("missing.json")));
    }

    void requiredSecretsAreOnlyThoseUsed()
    {
        const Environment env = environment();
        QCOMPARE(FinalRequestBuilder::requiredSecrets(request(QStringLiteral("/x")), env),
            QStringList {QStringLiteral("api_key")});
        RequestSpec noAuth = request(QStringLiteral("/x"));
        noAuth.auth = AuthSetting {};
        QVERIFY(FinalRequestBuilder::requiredSecrets(noAuth, env).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFinalRequestBuilder)
#include "tst_finalrequestbuilder.moc"
