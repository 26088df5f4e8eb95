#include "storage/JsonFile.h"
#include "storage/WorkspaceStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

Q_DECLARE_METATYPE(keyway::AuthSetting)

namespace {

Environment production()
{
    Environment env;
    env.name = QStringLiteral("production");
    env.kind = EnvironmentKind::Production;
    env.baseUrl = QStringLiteral("https://api.bigcommerce.com/stores/{{store_hash}}/v3");
    env.variables = {{QStringLiteral("store_hash"), QStringLiteral("abc123")}};
    env.companies.header = QStringLiteral("X-Company-Id");
    env.companies.ids = {QStringLiteral("company_a"), QStringLiteral("company_b")};
    env.companies.selected = QStringLiteral("company_b");
    env.addSecretSlot(QStringLiteral("token"));
    env.addSecretSlot(QStringLiteral("api_key"));
    return env;
}

RequestSpec request(const QString &name, const QString &collection)
{
    RequestSpec spec;
    spec.name = name;
    spec.collection = collection;
    spec.method = QStringLiteral("POST");
    spec.url = QStringLiteral("{{baseUrl}}/invoices");
    spec.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true},
        {QStringLiteral("X-Debug"), QStringLiteral("1"), false}};
    spec.body = QStringLiteral("{\"amount\": 10}");
    return spec;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEnvironmentsAndRequests()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("ws"));
        auto created = WorkspaceStore::create(root, QStringLiteral("Team APIs"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(WorkspaceStore::saveEnvironment(created.value(), production()).ok());
        QVERIFY(
            WorkspaceStore::saveRequest(created.value(), request(QStringLiteral("Create invoice"), {})).ok());
        QVERIFY(WorkspaceStore::saveRequest(
            created.value(), request(QStringLiteral("List"), QStringLiteral("billing/v2")))
                    .ok());

        const auto loaded = WorkspaceStore::load(root);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, created->id);
        QCOMPARE(loaded->name, QStringLiteral("Team APIs"));
        QCOMPARE(loaded->environments.size(), 1);
        QCOMPARE(loaded->environments.first(), production());
        QCOMPARE(loaded->environments.first().secretSlots,
            (QStringList {QStringLiteral("api_key"), QStringLiteral("token")}));
        QCOMPARE(loaded->requests.size(), 2);
        // Sorted by path, so the order is the same on every file system.
        QCOMPARE(loaded->requests.at(0), request(QStringLiteral("Create invoice"), {}));
        QCOMPARE(loaded->requests.at(1), request(QStringLiteral("List"), QStringLiteral("billing/v2")));
    }

    void roundTripsEveryAuthKind_data()
    {
        QTest::addColumn<AuthSetting>("auth");
        AuthSetting staticAuth;
        staticAuth.kind = AuthKind::Static;
        staticAuth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        staticAuth.query = {{QStringLiteral("key"), QStringLiteral("{{secret.q}}"), true}};
        staticAuth.basicUser = QStringLiteral("{{user}}");
        staticAuth.basicPassword = QStringLiteral("{{secret.password}}");
        QTest::newRow("static") << staticAuth;

        AuthSetting code;
        code.kind = AuthKind::AuthorizationCode;
        code.authorizeUrl = QStringLiteral("https://auth.example.com/oauth/authorize");
        code.tokenUrl = QStringLiteral("https://auth.example.com/oauth/token");
        code.clientId = QStringLiteral("keyway-desktop");
        code.scopes = {QStringLiteral("read:accounts"), QStringLiteral("write:invoices")};
        code.tokenBody = TokenBodyEncoding::Json;
        code.promptConsent = true;
        code.issuer = QStringLiteral("https://auth.example.com");
        code.params = {{QStringLiteral("channel_id"), QStringLiteral("1"), true, true},
            {QStringLiteral("audience"), QStringLiteral("api"), true, false}};
        QTest::newRow("oauth2") << code;

        AuthSetting client;
        client.kind = AuthKind::ClientCredentials;
        client.tokenUrl = QStringLiteral("https://auth.example.com/oauth/token");
        client.clientId = QStringLiteral("svc");
        client.clientAuth = ClientAuthMethod::Body;
        client.params = {{QStringLiteral("audience"), QStringLiteral("https://api.example.com"), true}};
        QTest::newRow("client credentials") << client;

        AuthSetting exchange;
        exchange.kind = AuthKind::TokenExchange;
        exchange.tokenUrl = QStringLiteral("https://au-api.basiq.io/token");
        exchange.tokenHeaders
            = {{QStringLiteral("Authorization"), QStringLiteral("Basic {{secret.api_key}}"), true},
                {QStringLiteral("basiq-version"), QStringLiteral("3.0"), true}};
        exchange.params = {{QStringLiteral("scope"), QStringLiteral("SERVER_ACCESS"), true}};
        exchange.tokenPath = QStringLiteral("data.token");
        exchange.defaultLifetimeSeconds = 1800;
        QTest::newRow("token exchange") << exchange;

        AuthSetting jwt;
        jwt.kind = AuthKind::SignedJwt;
        jwt.jwtAlgorithm = JwtAlgorithm::ES256;
        jwt.signingKeySlot = QStringLiteral("ec_key");
        jwt.jwtKeyId = QStringLiteral("kid-1");
        jwt.jwtClaims = {{QStringLiteral("iss"), QStringLiteral("{{client_id}}"), true},
            {QStringLiteral("iat"), QStringLiteral("{{$timestamp}}"), true, true},
            {QStringLiteral("aud"), QStringLiteral("x"), false}};
        jwt.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{jwt}}"), true}};
        jwt.query = {{QStringLiteral("token"), QStringLiteral("{{jwt}}"), true}};
        QTest::newRow("signed jwt") << jwt;
    }

    void roundTripsEveryAuthKind()
    {
        QFETCH(AuthSetting, auth);
        QTemporaryDir dir;
        auto workspace = WorkspaceStore::create(dir.path(), {});
        Environment env = production();
        env.auth = auth;
        env.allowInsecureHttp = true;
        RequestSpec spec = request(QStringLiteral("r"), {});
        spec.auth = auth;
        spec.bodyMode = RequestSpec::BodyMode::Form;
        spec.formFields = {{QStringLiteral("scope"), QStringLiteral("SERVER_ACCESS"), true}};
        QVERIFY(WorkspaceStore::saveEnvironment(workspace.value(), env).ok());
        QVERIFY(WorkspaceStore::saveRequest(workspace.value(), spec).ok());
        const auto loaded = WorkspaceStore::load(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->environments.first(), env);
        QCOMPARE(loaded->requests.first(), spec);
    }

    void badAuthIsNamed_data()
    {
        QTest::addColumn<QByteArray>("auth");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind") << QByteArray("{\"kind\":\"magic\"}") << QStringLiteral("\"auth.kind\"");
        QTest::newRow("oauth2 without urls") << QByteArray("{\"kind\":\"oauth2\",\"clientId\":\"c\"}")
                                             << QStringLiteral("\"auth.authorizeUrl\" is required");
        QTest::newRow("token url") << QByteArray("{\"kind\":\"token-exchange\",\"tokenUrl\":\"ftp://x\"}")
                                   << QStringLiteral("\"auth.tokenUrl\"");
        QTest::newRow("client id") << QByteArray(
            "{\"kind\":\"client-credentials\",\"tokenUrl\":\"https://a/t\"}")
                                   << QStringLiteral("\"auth.clientId\"");
        QTest::newRow("body") << QByteArray(
            "{\"kind\":\"token-exchange\",\"tokenUrl\":\"https://a/t\",\"tokenBody\":\"xml\"}")
                              << QStringLiteral("\"auth.tokenBody\"");
        QTest::newRow("lifetime") << QByteArray(
            "{\"kind\":\"token-exchange\",\"tokenUrl\":\"https://a/t\",\"defaultLifetimeSeconds\":-5}")
                                  << QStringLiteral("\"auth.defaultLifetimeSeconds\"");
        QTest::newRow("header") << QByteArray(
            "{\"kind\":\"static\",\"headers\":[{\"name\":\"Bad Name\",\"value\":\"x\"}]}")
                                << QStringLiteral("\"auth.headers[0].name\"");
        QTest::newRow("jwt algorithm") << QByteArray("{\"kind\":\"signed-jwt\",\"algorithm\":\"none\"}")
                                       << QStringLiteral("\"auth.algorithm\" must be HS256");
        QTest::newRow("jwt key slot") << QByteArray("{\"kind\":\"signed-jwt\",\"signingKey\":\"a b\"}")
                                      << QStringLiteral("\"auth.signingKey\"");
        QTest::newRow("jwt claim twice")
            << QByteArray("{\"kind\":\"signed-jwt\",\"claims\":[{\"name\":\"iss\",\"value\":\"a\"},"
                          "{\"name\":\"iss\",\"value\":\"b\"}]}")
            << QStringLiteral("claim 'iss' is given twice");
    }

    void badAuthIsNamed()
    {
        QFETCH(QByteArray, auth);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        const QString path = WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("e"));
        writeRaw(path,
            QByteArray("{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\",\"auth\":") + auth + "}");
        const auto result = WorkspaceStore::load(dir.path()); // loads; the environment is skipped
        QVERIFY(result.ok());
        const QString problem = result->unreadableEnvironments.value(QStringLiteral("e"));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void resavingIsByteStable()
    {
        QTemporaryDir dir;
        auto workspace = WorkspaceStore::create(dir.filePath(QStringLiteral("ws")), QStringLiteral("W"));
        QVERIFY(workspace.ok());
        QVERIFY(WorkspaceStore::saveEnvironment(workspace.value(), production()).ok());
        const QString path = WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("production"));
        const QByteArray first = readAll(path);
        const auto loaded = WorkspaceStore::load(workspace->rootPath);
        QVERIFY(WorkspaceStore::saveEnvironment(loaded.value(), loaded->environments.first()).ok());
        QCOMPARE(readAll(path), first);
        QVERIFY(first.endsWith("}\n"));
        QVERIFY(!first.contains("secretValue"));
    }

    void filesAndFoldersAreOwnerOnly()
    {
        QTemporaryDir dir;
        const auto workspace
            = WorkspaceStore::create(dir.filePath(QStringLiteral("a/b/ws")), QStringLiteral("W"));
        QVERIFY(workspace.ok());
        QVERIFY(WorkspaceStore::saveEnvironment(workspace.value(), production()).ok());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &folder : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/ws"),
                 QStringLiteral("a/b/ws/environments")})
            QCOMPARE(QFileInfo(dir.filePath(folder)).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("production")))
                     .permissions()
                & others,
            QFileDevice::Permissions());
    }

    void creatingTwiceIsAConflict()
    {
        QTemporaryDir dir;
        QVERIFY(WorkspaceStore::create(dir.path(), {}).ok());
        const auto again = WorkspaceStore::create(dir.path(), {});
        QVERIFY(!again);
        QCOMPARE(again.failure().kind, ErrorKind::Conflict);
    }

    void loadingAFolderThatIsNoWorkspaceSaysSo()
    {
        QTemporaryDir dir;
        const auto result = WorkspaceStore::load(dir.path());
        QVERIFY(!result);
        QCOMPARE(result.failure().kind, ErrorKind::NotFound);
        QVERIFY(result.error().contains(WorkspaceStore::workspaceFileName()));
        QCOMPARE(WorkspaceStore::load(dir.filePath(QStringLiteral("missing"))).failure().kind,
            ErrorKind::NotFound);
    }

    void corruptEnvironmentNamesFileAndPositionAndIsUntouched()
    {
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        const QString path = WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("broken"));
        const QByteArray bytes("{\n  \"schemaVersion\": 1,\n  \"name\": \"broken\",,\n}\n");
        writeRaw(path, bytes);
        Environment good;
        good.name = QStringLiteral("good");
        good.baseUrl = QStringLiteral("https://api.example.com");
        QVERIFY(WorkspaceStore::saveEnvironment(workspace.value(), good).ok());
        // The others keep working; the damaged one is named with file and position, and left alone.
        const auto result = WorkspaceStore::load(dir.path());
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(result->environment(QStringLiteral("good")));
        const QString problem = result->unreadableEnvironments.value(QStringLiteral("broken"));
        QVERIFY2(problem.contains(path + QStringLiteral(":3:")), qPrintable(problem));
        Environment overwrite;
        overwrite.name = QStringLiteral("broken");
        const Status refused = WorkspaceStore::saveEnvironment(result.value(), overwrite);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("not overwritten")), qPrintable(refused.error()));
        QCOMPARE(readAll(path), bytes);
    }

    void futureEnvironmentIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        const QString path = WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("next"));
        const QByteArray bytes(
            "{\"schemaVersion\": 2, \"name\": \"next\", \"kind\": \"sandbox\", \"newThing\": {}}\n");
        writeRaw(path, bytes);
        const auto result = WorkspaceStore::load(dir.path());
        QVERIFY(result.ok());
        const QString problem = result->unreadableEnvironments.value(QStringLiteral("next"));
        QVERIFY2(problem.contains(path) && problem.contains(QLatin1String("newer")), qPrintable(problem));
        QCOMPARE(readAll(path), bytes);
    }

    void wrongFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind") << QByteArray("{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"staging\"}")
                              << QStringLiteral("\"kind\"");
        QTest::newRow("kind missing")
            << QByteArray("{\"schemaVersion\":1,\"name\":\"e\"}") << QStringLiteral("\"kind\" is missing");
        QTest::newRow("variables type")
            << QByteArray("{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\",\"variables\":[]}")
            << QStringLiteral("\"variables\"");
        QTest::newRow("variable value")
            << QByteArray("{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\",\"variables\":{\"a\":1}}")
            << QStringLiteral("\"variables.a\"");
        QTest::newRow("selected unknown") << QByteArray(
            "{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\",\"companies\":{\"ids\":[\"a\"],"
            "\"selected\":\"b\"}}") << QStringLiteral("\"companies.selected\"");
        QTest::newRow("header name") << QByteArray("{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\","
                                                   "\"companies\":{\"header\":\"Bad Header\"}}")
                                     << QStringLiteral("\"companies.header\"");
        QTest::newRow("name mismatch")
            << QByteArray("{\"schemaVersion\":1,\"name\":\"other\",\"kind\":\"sandbox\"}")
            << QStringLiteral("e.json");
        QTest::newRow("secret slot") << QByteArray(
            "{\"schemaVersion\":1,\"name\":\"e\",\"kind\":\"sandbox\",\"secretSlots\":[\"a b\"]}")
                                     << QStringLiteral("\"secretSlots\"");
    }

    void wrongFieldsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        const QString path = WorkspaceStore::environmentPath(workspace.value(), QStringLiteral("e"));
        writeRaw(path, json);
        const auto result = WorkspaceStore::load(dir.path()); // loads; the environment is skipped
        QVERIFY(result.ok());
        QVERIFY(!result->environment(QStringLiteral("e")));
        const QString problem = result->unreadableEnvironments.value(QStringLiteral("e"));
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        QCOMPARE(readAll(path), json);
    }

    void badRequestFileIsNamed()
    {
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        const QString path = dir.filePath(QStringLiteral("requests/r.json"));
        writeRaw(path,
            "{\"schemaVersion\":1,\"name\":\"r\",\"method\":\"FETCH\",\"headers\":[{\"name\":\"A\",\"value\":"
            "\"b\"},3]}");
        const auto result = WorkspaceStore::load(dir.path());
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("\"method\"")), qPrintable(result.error()));
    }

    void multipartRequestsRoundTripAndBadPartsAreNamed()
    {
        QTemporaryDir dir;
        auto workspace = WorkspaceStore::create(dir.path(), {});
        RequestSpec spec = request(QStringLiteral("upload"), {});
        spec.method = QStringLiteral("POST");
        spec.bodyMode = RequestSpec::BodyMode::Multipart;
        spec.parts = {{QStringLiteral("title"), QStringLiteral("{{name}}"), {}, {}, true},
            {QStringLiteral("file"), {}, QStringLiteral("cat.png"), QStringLiteral("image/png"), false}};
        QVERIFY(WorkspaceStore::saveRequest(workspace.value(), spec).ok());
        const auto loaded = WorkspaceStore::load(dir.path());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->requests.first(), spec);
        RequestSpec query = request(QStringLiteral("query"), {});
        query.bodyMode = RequestSpec::BodyMode::GraphQl;
        query.graphql = {QStringLiteral("query A { a } query B { b }"), QStringLiteral("{\"x\": 1}"), QStringLiteral("B")};
        QVERIFY(WorkspaceStore::saveRequest(workspace.value(), query).ok());
        const auto both = WorkspaceStore::load(dir.path());
        QVERIFY(std::find(both->requests.cbegin(), both->requests.cend(), query) != both->requests.cend());

        writeRaw(dir.filePath(QStringLiteral("requests/upload.json")),
            "{\"schemaVersion\":1,\"name\":\"upload\",\"bodyMode\":\"multipart\",\"parts\":"
            "[{\"name\":\"a\",\"value\":\"x\",\"file\":\"y.bin\"}]}");
        const auto bad = WorkspaceStore::load(dir.path());
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(QLatin1String("a file or a value, not both")), qPrintable(bad.error()));
    }

    void requestFolderMustStayInside()
    {
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        QVERIFY(!WorkspaceStore::saveRequest(
            workspace.value(), request(QStringLiteral("x"), QStringLiteral("../out"))));
    }

    void removeEnvironmentDeletesItsFile()
    {
        QTemporaryDir dir;
        const auto workspace = WorkspaceStore::create(dir.path(), {});
        QVERIFY(WorkspaceStore::saveEnvironment(workspace.value(), production()).ok());
        QVERIFY(WorkspaceStore::removeEnvironment(workspace.value(), QStringLiteral("production")).ok());
        QVERIFY(WorkspaceStore::load(dir.path())->environments.isEmpty());
        QCOMPARE(
            WorkspaceStore::removeEnvironment(workspace.value(), QStringLiteral("production")).failure().kind,
            ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
