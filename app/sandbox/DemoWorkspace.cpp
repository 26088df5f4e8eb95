#include "sandbox/DemoWorkspace.h"

#include "sandbox/SandboxAuthority.h"
#include "storage/WorkspaceStore.h"

namespace keyway::sandbox {

namespace {

Environment staticEnvironment(const QString &name, EnvironmentKind kind, const QString &base)
{
    Environment env;
    env.name = name;
    env.kind = kind;
    env.baseUrl = base + QStringLiteral("/v1");
    env.companies.ids = {DemoCredentials::companyId(), DemoCredentials::otherCompanyId()};
    env.companies.selected = DemoCredentials::companyId();
    env.auth.kind = AuthKind::Static;
    env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
    env.addSecretSlot(QStringLiteral("api_key"));
    env.preset = QStringLiteral("bigledger"); // the sandbox speaks the documented BigLedger API
    return env;
}

Environment makeOauthEnvironment(const QString &base)
{
    Environment env;
    env.name = DemoWorkspace::oauthEnvironment();
    env.baseUrl = base + QStringLiteral("/v1");
    env.auth.kind = AuthKind::AuthorizationCode;
    env.auth.authorizeUrl = base + QStringLiteral("/oauth/authorize");
    env.auth.tokenUrl = base + QStringLiteral("/oauth/token");
    env.auth.clientId = DemoCredentials::publicClientId();
    env.auth.scopes = {
        QStringLiteral("read:accounts"), QStringLiteral("write:invoices"), QStringLiteral("offline_access")};
    env.preset = QStringLiteral("bigledger");
    return env;
}

RequestSpec request(const QString &collection, const QString &name, const QString &method, const QString &url,
    const QString &body = {})
{
    RequestSpec spec;
    spec.collection = collection;
    spec.name = name;
    spec.method = method;
    spec.url = url;
    spec.body = body;
    return spec;
}

} // namespace

QList<std::tuple<QString, QString, QString>> DemoWorkspace::secrets()
{
    return {{sandboxEnvironment(), QStringLiteral("api_key"), DemoCredentials::sandboxApiKey()},
        {productionEnvironment(), QStringLiteral("api_key"), DemoCredentials::productionApiKey()}};
}

Expected<Workspace> DemoWorkspace::prepare(const QString &dir, const QUrl &sandboxBase)
{
    auto workspace = WorkspaceStore::isWorkspace(dir)
        ? WorkspaceStore::load(dir)
        : WorkspaceStore::create(dir, tr("Keyway sandbox demo"));
    if (!workspace)
        return workspace;
    const QString base = sandboxBase.toString();
    const bool fresh = workspace->environments.isEmpty();
    const QList<Environment> environments {
        staticEnvironment(sandboxEnvironment(), EnvironmentKind::Sandbox, base),
        staticEnvironment(productionEnvironment(), EnvironmentKind::Production, base),
        makeOauthEnvironment(base)};
    for (const Environment &env : environments) {
        // Only the addresses follow the sandbox's port; whatever the user changed stays.
        Environment updated = workspace->environment(env.name) ? *workspace->environment(env.name) : env;
        updated.baseUrl = env.baseUrl;
        if (updated.preset.isEmpty())
            updated.preset = env.preset;
        if (updated.auth.kind == AuthKind::AuthorizationCode) {
            updated.auth.authorizeUrl = env.auth.authorizeUrl;
            updated.auth.tokenUrl = env.auth.tokenUrl;
        }
        if (Status saved = WorkspaceStore::saveEnvironment(workspace.value(), updated); !saved)
            return saved.failure();
    }
    if (fresh) {
        // The invoice the demo creates is checked and its id captured for the next request to fetch.
        RequestSpec create = request(QStringLiteral("invoices"), QStringLiteral("Create invoice"), QStringLiteral("POST"),
            QStringLiteral("/invoices"), QStringLiteral("{\n  \"customer\": \"ACME Sdn Bhd\",\n  \"amount\": 1250.5\n}"));
        create.checks = {QStringLiteral("status == 201"), QStringLiteral("$.data.amount == 1250.5")};
        create.captures = {QStringLiteral("invoiceId = $.data.id")};
        for (const RequestSpec &spec : {request(QStringLiteral("accounts"), firstRequest(),
                                            QStringLiteral("GET"), QStringLiteral("/accounts")),
                 create,
                 request(QStringLiteral("invoices"), QStringLiteral("Create invoice - missing amount"),
                     QStringLiteral("POST"), QStringLiteral("/invoices"),
                     QStringLiteral("{\n  \"customer\": \"ACME Sdn Bhd\"\n}")),
                 request({}, QStringLiteral("Verify key"), QStringLiteral("GET"),
                     QStringLiteral("/auth/verify"))}) {
            if (Status saved = WorkspaceStore::saveRequest(workspace.value(), spec); !saved)
                return saved.failure();
        }
    }
    return WorkspaceStore::load(dir);
}

} // namespace keyway::sandbox
