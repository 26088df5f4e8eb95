#include "auth/TokenEndpoint.h"
#include "http/FinalRequestBuilder.h"
#include "presets/PresetCatalog.h"
#include "presets/PresetSetup.h"
#include "storage/ModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyway;

Q_DECLARE_METATYPE(keyway::EnvironmentKind)

class TestPresetSetup : public QObject
{
    Q_OBJECT

private:
    static PresetSetup setupOf(const QString &id)
    {
        auto setup = PresetSetup::fromPreset(PresetCatalog::builtIn().provider(id));
        if (!setup)
            qFatal("%s", qPrintable(setup.error()));
        return setup.value();
    }

    // Answers a user could give: examples where the preset has them, a plausible value otherwise.
    static PresetSetup::Answers answersFor(
        const PresetSetup &setup, const PresetSetup::Option &option, EnvironmentKind kind)
    {
        PresetSetup::Answers answers;
        answers.name = QStringLiteral("from-preset");
        answers.kind = kind;
        answers.baseUrl = setup.baseUrl(kind, option.id).isEmpty() ? QStringLiteral("https://api.example.com/v1")
                                                                   : setup.baseUrl(kind, option.id);
        answers.optionId = option.id;
        for (const PresetSetup::Field &field : option.fields) {
            QString value = field.example.isEmpty() ? QStringLiteral("value1") : field.example;
            if (field.into.endsWith(QLatin1String("Url")))
                value = QStringLiteral("https://login.example.com/") + field.id;
            answers.fields.insert(field.id, value);
        }
        for (const PresetSetup::Scope &scope : option.scopes) {
            if (scope.byDefault)
                answers.scopes.append(scope.name);
        }
        for (const PresetSetup::Secret &secret : option.secrets)
            answers.givenSecrets.append(secret.slot);
        return answers;
    }

    static QHash<QString, QString> fakeSecrets(const Environment &env)
    {
        QHash<QString, QString> secrets;
        for (const QString &slot : env.secretSlots)
            secrets.insert(slot, QStringLiteral("fake-") + slot);
        return secrets;
    }

private Q_SLOTS:
    void everyBuiltInPresetHasASetup()
    {
        for (const QJsonValue &provider : PresetCatalog::builtIn().providers()) {
            const auto setup = PresetSetup::fromPreset(provider.toObject());
            QVERIFY2(setup, qPrintable(setup.error()));
            QVERIFY(!setup->options().isEmpty());
        }
    }

    void createsAWorkingEnvironmentFromEveryOption_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("option");
        QTest::addColumn<EnvironmentKind>("kind");
        for (const QJsonValue &provider : PresetCatalog::builtIn().providers()) {
            const PresetSetup setup = setupOf(provider.toObject().value(QStringLiteral("id")).toString());
            for (const PresetSetup::Option &option : setup.options()) {
                for (EnvironmentKind kind : {EnvironmentKind::Sandbox, EnvironmentKind::Production}) {
                    const QString row = QStringLiteral("%1/%2/%3")
                                            .arg(setup.providerId(), option.id, environmentKindName(kind));
                    QTest::newRow(qPrintable(row)) << setup.providerId() << option.id << kind;
                }
            }
        }
    }

    void createsAWorkingEnvironmentFromEveryOption()
    {
        QFETCH(QString, preset);
        QFETCH(QString, option);
        QFETCH(EnvironmentKind, kind);
        const PresetSetup setup = setupOf(preset);
        const auto built = setup.build(answersFor(setup, *setup.option(option), kind));
        QVERIFY2(built, qPrintable(built.error()));
        const Environment &env = built.value();
        QCOMPARE(env.preset, preset);
        QCOMPARE(env.kind, kind);
        QVERIFY(!env.secretSlots.isEmpty());

        // It survives its own file format unchanged.
        const auto reloaded
            = ModelJson::environmentFromJson(ModelJson::toJson(env), env.name + QStringLiteral(".json"));
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded.value(), env);

        // Every template resolves: a request can be built and, for token grants, a token request too.
        RequestSpec request;
        request.url = QStringLiteral("{{baseUrl}}/ping");
        const auto wire = FinalRequestBuilder::build(
            request, {env, VariableExpander::SecretMode::Reveal, fakeSecrets(env), QStringLiteral("token")});
        QVERIFY2(wire, qPrintable(wire.error()));
        const VariableExpander expander(env, VariableExpander::SecretMode::Reveal, fakeSecrets(env));
        if (env.auth.kind == AuthKind::ClientCredentials) {
            const auto spec = TokenEndpoint::clientCredentials(env.auth, expander, QStringLiteral("s"));
            QVERIFY2(spec, qPrintable(spec.error()));
        } else if (env.auth.kind == AuthKind::TokenExchange) {
            const auto spec = TokenEndpoint::tokenExchange(env.auth, expander);
            QVERIFY2(spec, qPrintable(spec.error()));
        } else if (env.auth.kind == AuthKind::AuthorizationCode) {
            QVERIFY(!env.auth.clientId.isEmpty());
            const auto spec = TokenEndpoint::authorizationCode(env.auth, expander, QStringLiteral("code"),
                QStringLiteral("http://127.0.0.1:1/callback"), QStringLiteral("v"), {});
            QVERIFY2(spec, qPrintable(spec.error()));
        }
    }

    void fillsTheAnswersWhereThePresetSays()
    {
        const PresetSetup setup = setupOf(QStringLiteral("bigledger"));
        QCOMPARE(
            setup.baseUrl(EnvironmentKind::Sandbox), QStringLiteral("https://api-sandbox.bigledger.com/v1"));
        QCOMPARE(setup.verifyPath(), QStringLiteral("/auth/verify"));
        PresetSetup::Answers answers {QStringLiteral("acme-sandbox"), EnvironmentKind::Sandbox,
            setup.baseUrl(EnvironmentKind::Sandbox), QStringLiteral("apiKey"),
            {{QStringLiteral("companyId"), QStringLiteral(" company_42 ")}}, {}, {}};
        const auto env = setup.build(answers);
        QVERIFY2(env, qPrintable(env.error()));
        QCOMPARE(env->companies.ids, QStringList {QStringLiteral("company_42")});
        QCOMPARE(env->companies.selected, QStringLiteral("company_42"));
        QCOMPARE(env->companies.header, QStringLiteral("X-Company-Id"));
        QCOMPARE(env->secretSlots, QStringList {QStringLiteral("api_key")});
        QCOMPARE(env->auth.headers.first().value, QStringLiteral("Bearer {{secret.api_key}}"));

        answers.optionId = QStringLiteral("oauth2");
        answers.fields = {{QStringLiteral("clientId"), QStringLiteral("my-client")}};
        answers.scopes = {QStringLiteral("read:accounts"), QStringLiteral("write:invoices")};
        const auto oauth = setup.build(answers);
        QVERIFY2(oauth, qPrintable(oauth.error()));
        QCOMPARE(oauth->auth.clientId, QStringLiteral("my-client"));
        QCOMPARE(oauth->auth.scopes, answers.scopes);
        QCOMPARE(oauth->auth.tokenBody, TokenBodyEncoding::Json);
        QVERIFY2(oauth->secretSlots.isEmpty(), "an optional client secret that was not given has no slot");
        QCOMPARE(setup.scopeDescription(QStringLiteral("write:invoices")),
            QStringLiteral("Create and update invoices"));
    }

    void bigCommerceStorefrontSetUpsTalkToTheStore()
    {
        const PresetSetup setup = setupOf(QStringLiteral("bigcommerce"));
        QCOMPARE(setup.baseUrl(EnvironmentKind::Production, QStringLiteral("storeToken")),
            QStringLiteral("https://api.bigcommerce.com/stores/{{store_hash}}/v3"));
        QCOMPARE(setup.baseUrl(EnvironmentKind::Production, QStringLiteral("customerLogin")),
            QStringLiteral("https://{{storefront_domain}}"));
        QCOMPARE(setup.verifyPath(QStringLiteral("storeToken")), QStringLiteral("/catalog/summary"));
        QVERIFY(setup.verifyPath(QStringLiteral("storefrontGraphql")).isEmpty()); // asking for the token checks it

        const auto graphql = setup.build(answersFor(setup, *setup.option(QStringLiteral("storefrontGraphql")),
            EnvironmentKind::Production));
        QVERIFY2(graphql, qPrintable(graphql.error()));
        QCOMPARE(graphql->presetOption, QStringLiteral("storefrontGraphql"));
        QCOMPARE(graphql->auth.kind, AuthKind::TokenExchange);
        QCOMPARE(graphql->auth.tokenPath, QStringLiteral("data.token"));
        // channel_id and expires_at go as numbers, as BigCommerce wants them.
        const VariableExpander expander(graphql.value(), VariableExpander::SecretMode::Reveal, fakeSecrets(graphql.value()));
        const auto spec = TokenEndpoint::tokenExchange(graphql->auth, expander);
        QVERIFY2(spec, qPrintable(spec.error()));
        const QByteArray sent = TokenEndpoint::wireRequest(spec.value()).body;
        const QJsonObject body = QJsonDocument::fromJson(sent).object();
        QVERIFY2(body.value(QStringLiteral("channel_id")).isDouble(), sent.constData());
        QVERIFY(body.value(QStringLiteral("expires_at")).toInteger() > QDateTime::currentSecsSinceEpoch() + 86000);
        QCOMPARE(spec->url.toString(), QStringLiteral("https://api.bigcommerce.com/stores/abc123def/v3/storefront/api-token"));

        const auto login = setup.build(answersFor(setup, *setup.option(QStringLiteral("customerLogin")),
            EnvironmentKind::Production));
        QVERIFY2(login, qPrintable(login.error()));
        QCOMPARE(login->auth.kind, AuthKind::SignedJwt);
        QCOMPARE(login->auth.signingKeySlot, AuthSetting::clientSecretSlot());
        QCOMPARE(login->secretSlots, QStringList {AuthSetting::clientSecretSlot()});
        RequestSpec request;
        request.url = QStringLiteral("/login/token/{{jwt}}");
        const auto wire = FinalRequestBuilder::build(
            request, {login.value(), VariableExpander::SecretMode::Reveal, fakeSecrets(login.value()), {}});
        QVERIFY2(wire, qPrintable(wire.error()));
        QCOMPARE(wire->url.host(), QStringLiteral("store.example.com"));
    }

    void typedListsAreSplit()
    {
        const PresetSetup setup = setupOf(QStringLiteral("generic-oauth2"));
        PresetSetup::Answers answers {QStringLiteral("idp"), EnvironmentKind::Production,
            QStringLiteral("https://api.example.com"), QStringLiteral("clientCredentials"),
            {{QStringLiteral("tokenUrl"), QStringLiteral("https://idp.example.com/token")},
                {QStringLiteral("clientId"), QStringLiteral("c")},
                {QStringLiteral("scopes"), QStringLiteral("read, write  admin")}},
            {}, {}};
        const auto env = setup.build(answers);
        QVERIFY2(env, qPrintable(env.error()));
        QCOMPARE(env->auth.scopes,
            (QStringList {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")}));
        QCOMPARE(env->secretSlots, QStringList {QStringLiteral("client_secret")});
    }

    void badAnswersAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("storeHash");
        QTest::addColumn<QString>("expected");
        const QString base = QStringLiteral("https://api.bigcommerce.com/stores/{{store_hash}}/v3");
        QTest::newRow("missing field") << "shop" << base << ""
                                       << "Store hash is required";
        QTest::newRow("wrong form") << "shop" << base << "abc/../x"
                                    << "Store hash 'abc/../x' does not have the expected form";
        QTest::newRow("bad name") << "my/shop" << base << "abc"
                                  << "environment name";
        QTest::newRow("relative base URL") << "shop"
                                           << "/v3"
                                           << "abc"
                                           << "not an absolute URL";
        QTest::newRow("empty base URL") << "shop"
                                        << ""
                                        << "abc"
                                        << "base URL is empty";
    }

    void badAnswersAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, baseUrl);
        QFETCH(QString, storeHash);
        QFETCH(QString, expected);
        const PresetSetup setup = setupOf(QStringLiteral("bigcommerce"));
        const auto env = setup.build({name, EnvironmentKind::Sandbox, baseUrl, QStringLiteral("storeToken"),
            {{QStringLiteral("storeHash"), storeHash}}, {}, {}});
        QVERIFY(!env);
        QVERIFY2(env.error().contains(expected, Qt::CaseInsensitive), qPrintable(env.error()));
    }

    void scopesAndOptionsAreChecked()
    {
        const PresetSetup setup = setupOf(QStringLiteral("bigledger"));
        PresetSetup::Answers answers {QStringLiteral("x"), EnvironmentKind::Sandbox,
            QStringLiteral("https://a.example.com"), QStringLiteral("oauth2"),
            {{QStringLiteral("clientId"), QStringLiteral("c")}}, {}, {}};
        auto env = setup.build(answers);
        QVERIFY(!env);
        QVERIFY2(env.error().contains(QLatin1String("at least one scope")), qPrintable(env.error()));
        answers.optionId = QStringLiteral("carrier-pigeon");
        env = setup.build(answers);
        QVERIFY(!env);
        QVERIFY2(env.error().contains(QLatin1String("carrier-pigeon")), qPrintable(env.error()));
    }

    void presetsWithoutOrWithBrokenSetupAreRefusedClearly()
    {
        auto missing = PresetSetup::fromPreset({{QStringLiteral("id"), QStringLiteral("mine")},
            {QStringLiteral("name"), QStringLiteral("My API")}});
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("My API")), qPrintable(missing.error()));

        const QJsonObject broken {{QStringLiteral("id"), QStringLiteral("mine")},
            {QStringLiteral("setup"),
                QJsonObject {{QStringLiteral("options"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("k")},
                        {QStringLiteral("label"), QStringLiteral("Key")},
                        {QStringLiteral("secrets"),
                            QJsonArray {QJsonObject {{QStringLiteral("slot"), QStringLiteral("bad slot!")},
                                {QStringLiteral("label"), QStringLiteral("Key")}}}}}}}}}};
        auto bad = PresetSetup::fromPreset(broken);
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("secrets")), qPrintable(bad.error()));

        const QJsonObject empty {
            {QStringLiteral("id"), QStringLiteral("mine")}, {QStringLiteral("setup"), QJsonObject {}}};
        auto none = PresetSetup::fromPreset(empty);
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QLatin1String("options")), qPrintable(none.error()));
    }
};

QTEST_GUILESS_MAIN(TestPresetSetup)
#include "tst_presetsetup.moc"
