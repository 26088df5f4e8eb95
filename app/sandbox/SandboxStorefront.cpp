#include "sandbox/SandboxStorefront.h"

#include "auth/JwtSigner.h"
#include "sandbox/SandboxReplies.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace keyway::sandbox {

namespace {

constexpr qint64 LoginWindowSeconds = 120; // how old a login JWT's iat may be
constexpr qint64 ClockSkewSeconds = 60;
constexpr qsizetype MaxRemembered = 10'000; // used login IDs and sessions, so nothing grows unbounded

const QHash<int, QString> DemoCustomers {
    {42, QStringLiteral("Ada Lovelace")}, {7, QStringLiteral("Grace Hopper")}};

QString storePath(const char *rest)
{
    return QStringLiteral("/stores/%1/v3/%2").arg(DemoCredentials::storeHash(), QLatin1String(rest));
}

SandboxReply fieldError(const QString &field, const QString &message)
{
    SandboxReply reply = replies::bigCommerceError(422, QStringLiteral("Input is invalid"));
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    body.insert(QStringLiteral("errors"), QJsonObject {{field, message}});
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply graphqlError(int status, const QString &message)
{
    return replies::json(status,
        {{QStringLiteral("errors"), QJsonArray {QJsonObject {{QStringLiteral("message"), message}}}}});
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

// The claims of an HS256 JWT signed with `key`; the reason otherwise. Only HS256 is accepted:
// "alg":"none" and algorithm confusion are the classic attacks on a verifier.
std::variant<QJsonObject, QString> verifyHs256(const QString &token, const QByteArray &key)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return QStringLiteral("not a JWT (header.claims.signature)");
    const auto decode = [](const QString &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding));
    };
    const QJsonDocument header = decode(parts[0]);
    if (header.object().value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return QStringLiteral("the JWT must be signed with HS256");
    const QByteArray expected
        = QMessageAuthenticationCode::hash(
            (parts[0] + QLatin1Char('.') + parts[1]).toLatin1(), key, QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (expected != parts[2].toLatin1())
        return QStringLiteral("signature does not match");
    const QJsonDocument claims = decode(parts[1]);
    if (!claims.isObject())
        return QStringLiteral("the claims are not a JSON object");
    return claims.object();
}

QJsonObject namedType(const char *kind, const char *name)
{
    return {{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("ofType"), QJsonValue()}};
}

QJsonObject wrapped(const char *kind, const QJsonObject &inner)
{
    return {{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("name"), QJsonValue()},
        {QStringLiteral("ofType"), inner}};
}

QJsonObject field(const char *name, const QJsonObject &type, const char *description, const QJsonArray &args = {})
{
    return {{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("description"), QLatin1String(description)},
        {QStringLiteral("args"), args}, {QStringLiteral("type"), type}};
}

QJsonObject objectType(const char *name, const char *description, const QJsonArray &fields)
{
    return {{QStringLiteral("kind"), QStringLiteral("OBJECT")}, {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("description"), QLatin1String(description)}, {QStringLiteral("fields"), fields},
        {QStringLiteral("inputFields"), QJsonValue()}, {QStringLiteral("enumValues"), QJsonValue()}};
}

// A small storefront schema as BigCommerce's introspection describes its own, for the editor's
// completion and docs panel.
QJsonObject introspection()
{
    const QJsonObject string = namedType("SCALAR", "String");
    const QJsonObject integer = namedType("SCALAR", "Int");
    const QJsonArray firstArgument {QJsonObject {{QStringLiteral("name"), QStringLiteral("first")},
        {QStringLiteral("description"), QStringLiteral("How many products")}, {QStringLiteral("type"), integer}}};
    const QJsonArray types {
        objectType("Query", "The storefront's entry points",
            {field("site", wrapped("NON_NULL", namedType("OBJECT", "Site")), "The store and its catalog"),
                field("customer", namedType("OBJECT", "Customer"), "The signed-in customer, if any")}),
        objectType("Site", "A store",
            {field("settings", namedType("OBJECT", "Settings"), "The store's settings"),
                field("products", wrapped("NON_NULL", namedType("OBJECT", "ProductConnection")), "Products, paged",
                    firstArgument)}),
        objectType("Settings", "Store settings", {field("storeName", wrapped("NON_NULL", string), "The store's name")}),
        objectType("ProductConnection", "A page of products",
            {field("edges", wrapped("LIST", namedType("OBJECT", "ProductEdge")), "The products on this page")}),
        objectType("ProductEdge", "One product in a page", {field("node", namedType("OBJECT", "Product"), "The product")}),
        objectType("Product", "A product",
            {field("entityId", wrapped("NON_NULL", integer), "Its ID"), field("name", wrapped("NON_NULL", string), "Its name")}),
        objectType("Customer", "A customer",
            {field("entityId", wrapped("NON_NULL", integer), "Its ID"), field("email", string, "Its e-mail address")}),
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("SCALAR")}, {QStringLiteral("name"), QStringLiteral("String")}},
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("SCALAR")}, {QStringLiteral("name"), QStringLiteral("Int")}}};
    const QJsonObject schema {{QStringLiteral("queryType"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Query")}}},
        {QStringLiteral("mutationType"), QJsonValue()}, {QStringLiteral("types"), types}};
    return {{QStringLiteral("data"), QJsonObject {{QStringLiteral("__schema"), schema}}}};
}

} // namespace

SandboxStorefront::SandboxStorefront()
    : m_tokenKey(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16))
{
}

bool SandboxStorefront::handles(const QString &path)
{
    return path == storePath("storefront/api-token") || path == QLatin1String("/graphql")
        || path.startsWith(QLatin1String("/login/token/")) || path == QLatin1String("/account.php");
}

SandboxReply SandboxStorefront::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    if (path == storePath("storefront/api-token") && post)
        return createToken(request);
    if (path == QLatin1String("/graphql") && post)
        return graphql(request);
    if (path.startsWith(QLatin1String("/login/token/")) && get)
        return customerLogin(path.mid(13));
    if (path == QLatin1String("/account.php") && get)
        return account(request);
    return replies::bigCommerceError(405, QStringLiteral("Method not allowed"));
}

SandboxReply SandboxStorefront::createToken(const QHttpServerRequest &request)
{
    if (QString::fromLatin1(request.value("X-Auth-Token")) != DemoCredentials::storeToken())
        return replies::bigCommerceError(
            401, QStringLiteral("Authentication required: missing or invalid X-Auth-Token"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // BigCommerce wants integers here: "1" or "1700000000" as strings are refused.
    const QJsonValue channel = body.value(QStringLiteral("channel_id"));
    if (!isInteger(channel) || channel.toInteger() < 1)
        return fieldError(QStringLiteral("channel_id"), QStringLiteral("channel_id must be a positive integer"));
    const QJsonValue expiresAt = body.value(QStringLiteral("expires_at"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!isInteger(expiresAt))
        return fieldError(QStringLiteral("expires_at"), QStringLiteral("expires_at must be an integer (Unix seconds)"));
    if (expiresAt.toInteger() <= now)
        return fieldError(QStringLiteral("expires_at"), QStringLiteral("expires_at must be in the future"));
    const QJsonObject claims {{QStringLiteral("cid"), QJsonArray {channel.toInteger()}},
        {QStringLiteral("eat"), expiresAt.toInteger()}, {QStringLiteral("iat"), now},
        {QStringLiteral("iss"), QStringLiteral("BC")}, {QStringLiteral("sub"), DemoCredentials::storeHash()},
        {QStringLiteral("sub_type"), 2}, {QStringLiteral("token_type"), 1},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    const auto token = JwtSigner::sign(JwtAlgorithm::HS256, claims, m_tokenKey);
    return replies::json(200,
        {{QStringLiteral("data"), QJsonObject {{QStringLiteral("token"), token.value()}}},
            {QStringLiteral("meta"), QJsonObject()}});
}

SandboxReply SandboxStorefront::graphql(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("Authorization");
    if (!authorization.startsWith("Bearer "))
        return graphqlError(401, QStringLiteral("GraphQL invalid credentials. Authorization header missing"));
    const auto verified = verifyHs256(QString::fromLatin1(authorization.mid(7).trimmed()), m_tokenKey);
    if (const auto *problem = std::get_if<QString>(&verified))
        return graphqlError(401, QStringLiteral("GraphQL invalid credentials. ") + *problem);
    const QJsonObject &claims = std::get<QJsonObject>(verified);
    if (claims.value(QStringLiteral("eat")).toInteger() <= QDateTime::currentSecsSinceEpoch())
        return graphqlError(401, QStringLiteral("GraphQL invalid credentials. JWT is expired"));
    const QString query = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("query")).toString();
    if (query.contains(QLatin1String("__schema")))
        return replies::json(200, introspection());
    if (!query.contains(QLatin1String("storeName")))
        return graphqlError(200, QStringLiteral("The sandbox answers { site { settings { storeName } } } and introspection only"));
    const QJsonObject settings {{QStringLiteral("storeName"), QStringLiteral("Keyway Demo Store")}};
    return replies::json(200,
        {{QStringLiteral("data"),
            QJsonObject {{QStringLiteral("site"), QJsonObject {{QStringLiteral("settings"), settings}}}}}});
}

std::variant<QJsonObject, QString> SandboxStorefront::checkLoginClaims(const QString &jwt)
{
    auto verified = verifyHs256(jwt, DemoCredentials::bigCommerceClientSecret().toUtf8());
    if (std::holds_alternative<QString>(verified))
        return verified;
    const QJsonObject claims = std::get<QJsonObject>(verified);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue issuedAt = claims.value(QStringLiteral("iat"));
    const QString loginId = claims.value(QStringLiteral("jti")).toString();
    if (claims.value(QStringLiteral("iss")).toString() != DemoCredentials::bigCommerceClientId())
        return QStringLiteral("iss must be the app's client ID");
    if (claims.value(QStringLiteral("operation")).toString() != QLatin1String("customer_login"))
        return QStringLiteral("operation must be customer_login");
    if (claims.value(QStringLiteral("store_hash")).toString() != DemoCredentials::storeHash())
        return QStringLiteral("store_hash does not name this store");
    if (!isInteger(issuedAt))
        return QStringLiteral("iat must be an integer (Unix seconds)");
    if (issuedAt.toInteger() > now + ClockSkewSeconds || issuedAt.toInteger() < now - LoginWindowSeconds)
        return QStringLiteral("iat is too old or in the future; sign a new token for every login");
    if (!isInteger(claims.value(QStringLiteral("customer_id"))))
        return QStringLiteral("customer_id must be an integer");
    if (!DemoCustomers.contains(claims.value(QStringLiteral("customer_id")).toInt()))
        return QStringLiteral("no customer with this customer_id");
    if (loginId.isEmpty())
        return QStringLiteral("jti is required");
    if (m_usedLoginIds.contains(loginId))
        return QStringLiteral("this login JWT was already used (jti)");
    const QString redirect = claims.value(QStringLiteral("redirect_to")).toString();
    if (!redirect.isEmpty() && (!redirect.startsWith(QLatin1Char('/')) || redirect.startsWith(QLatin1String("//"))))
        return QStringLiteral("redirect_to must be a path on the store");
    return claims;
}

SandboxReply SandboxStorefront::customerLogin(const QString &jwt)
{
    const auto checked = checkLoginClaims(jwt);
    if (const auto *problem = std::get_if<QString>(&checked))
        return replies::bigCommerceError(401, QStringLiteral("Invalid login JWT: ") + *problem);
    const QJsonObject &claims = std::get<QJsonObject>(checked);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_usedLoginIds.removeIf([&](auto it) { return it.value().secsTo(now) > LoginWindowSeconds + ClockSkewSeconds; });
    if (m_usedLoginIds.size() >= MaxRemembered || m_sessions.size() >= MaxRemembered)
        return replies::bigCommerceError(429, QStringLiteral("Too many logins; try again later"));
    m_usedLoginIds.insert(claims.value(QStringLiteral("jti")).toString(), now);
    const QString session = randomToken("sbx_session_", 18);
    m_sessions.insert(session, claims.value(QStringLiteral("customer_id")).toInt());
    const QString target = claims.value(QStringLiteral("redirect_to")).toString(QStringLiteral("/account.php"));
    SandboxReply reply = replies::redirect(QUrl(target), 302);
    reply.addHeader("Set-Cookie", "SHOP_SESSION_TOKEN=" + session.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax");
    return reply;
}

SandboxReply SandboxStorefront::account(const QHttpServerRequest &request)
{
    const QByteArray cookies = request.value("Cookie");
    for (const QByteArray &cookie : cookies.split(';')) {
        const QByteArray trimmed = cookie.trimmed();
        if (!trimmed.startsWith("SHOP_SESSION_TOKEN="))
            continue;
        const auto customer = m_sessions.constFind(QString::fromLatin1(trimmed.mid(19)));
        if (customer != m_sessions.cend())
            return replies::html(200, QStringLiteral("Your account"),
                QStringLiteral("<h1>Your account</h1><p>Signed in as %1 (customer %2).</p>")
                    .arg(replies::escapeHtml(DemoCustomers.value(customer.value())))
                    .arg(customer.value()));
    }
    return replies::html(401, QStringLiteral("Sign in"), QStringLiteral("<h1>Sign in</h1><p>You are not signed in.</p>"));
}

} // namespace keyway::sandbox
