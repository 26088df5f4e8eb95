#include "convert/OpenApiImport.h"

#include "model/NameRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace keyway {

namespace {

const QStringList Methods = {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
    QStringLiteral("patch"), QStringLiteral("delete"), QStringLiteral("head"), QStringLiteral("options")};

class Document
{
public:
    Document(const QJsonObject &root, ImportedCollection &out)
        : m_root(root)
        , m_out(out)
    {
    }

    // Follows "#/components/…" references (and references to references); others are reported.
    QJsonObject resolve(QJsonObject object, const QString &where, int depth = 0)
    {
        while (object.contains(QStringLiteral("$ref")) && depth++ < 32) {
            const QString ref = object.value(QStringLiteral("$ref")).toString();
            if (!ref.startsWith(QLatin1String("#/"))) {
                m_out.unsupported.append(
                    OpenApiImport::tr("%1: the reference %2 points outside this document").arg(where, ref));
                return {};
            }
            QJsonValue target = m_root;
            for (QString part : ref.mid(2).split(QLatin1Char('/'))) {
                part.replace(QLatin1String("~1"), QLatin1String("/"))
                    .replace(QLatin1String("~0"), QLatin1String("~"));
                target = target.toObject().value(part);
            }
            object = target.toObject();
        }
        return object;
    }

    // An example value for a schema: its example, default, first enum value, or one built from its type.
    QJsonValue example(const QJsonObject &schemaRef, const QString &where, int depth = 0)
    {
        const QJsonObject schema = resolve(schemaRef, where);
        for (const char *key : {"example", "default"}) {
            if (schema.contains(QLatin1String(key)))
                return schema.value(QLatin1String(key));
        }
        if (!schema.value(QStringLiteral("enum")).toArray().isEmpty())
            return schema.value(QStringLiteral("enum")).toArray().first();
        if (depth > 8)
            return QJsonValue::Null;
        const QJsonValue typeValue = schema.value(QStringLiteral("type"));
        const QString type
            = typeValue.isArray() ? typeValue.toArray().first().toString() : typeValue.toString();
        if (type == QLatin1String("object") || schema.contains(QStringLiteral("properties"))) {
            QJsonObject object;
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                object.insert(it.key(), example(it.value().toObject(), where, depth + 1));
            return object;
        }
        if (type == QLatin1String("array"))
            return QJsonArray {example(schema.value(QStringLiteral("items")).toObject(), where, depth + 1)};
        if (type == QLatin1String("integer") || type == QLatin1String("number"))
            return 0;
        if (type == QLatin1String("boolean"))
            return false;
        if (!schema.value(QStringLiteral("allOf")).toArray().isEmpty()) {
            QJsonObject merged;
            for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray()) {
                const QJsonObject piece = example(part.toObject(), where, depth + 1).toObject();
                for (auto it = piece.begin(); it != piece.end(); ++it)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }
        for (const char *choice : {"oneOf", "anyOf"}) {
            if (!schema.value(QLatin1String(choice)).toArray().isEmpty())
                return example(
                    schema.value(QLatin1String(choice)).toArray().first().toObject(), where, depth + 1);
        }
        return type == QLatin1String("string") ? QJsonValue(QString()) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject root() const { return m_root; }
    ImportedCollection &out() { return m_out; }

private:
    QJsonObject m_root;
    ImportedCollection &m_out;
};

EnvironmentKind kindOf(const QString &description, const QString &url)
{
    static const QRegularExpression test(
        QStringLiteral("sandbox|staging|test|dev|mock|local|127\\.0\\.0\\.1"),
        QRegularExpression::CaseInsensitiveOption);
    return test.match(description + QLatin1Char(' ') + url).hasMatch() ? EnvironmentKind::Sandbox
                                                                       : EnvironmentKind::Production;
}

QList<Environment> readServers(Document &doc, const QString &title)
{
    QList<Environment> environments;
    QStringList names;
    const QJsonArray servers = doc.root().value(QStringLiteral("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QJsonObject server = servers.at(i).toObject();
        QString url = server.value(QStringLiteral("url")).toString();
        Environment env;
        // Server variables become environment variables with their defaults: {region} → {{region}}.
        const QJsonObject variables = server.value(QStringLiteral("variables")).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            url.replace(
                QLatin1Char('{') + it.key() + QLatin1Char('}'), QStringLiteral("{{%1}}").arg(it.key()));
            env.variables.insert(
                it.key(), it.value().toObject().value(QStringLiteral("default")).toVariant().toString());
        }
        if (url.startsWith(QLatin1Char('/')))
            doc.out().unsupported.append(
                OpenApiImport::tr("server '%1' is relative: set the environment's base URL").arg(url));
        const QString description = server.value(QStringLiteral("description")).toString();
        env.kind = kindOf(description, url);
        env.baseUrl = url.startsWith(QLatin1Char('/')) ? QString() : url;
        QString name = PostmanImport::fileSafeName(description.isEmpty()
                ? QStringLiteral("%1 %2").arg(title, environmentKindName(env.kind))
                : description,
            QStringLiteral("server"));
        for (int number = 2; names.contains(name); ++number)
            name = QStringLiteral("%1 %2").arg(name.left(60)).arg(number);
        names.append(name);
        env.name = name;
        environments.append(env);
    }
    if (environments.isEmpty()) {
        Environment env;
        env.name = PostmanImport::fileSafeName(title, QStringLiteral("openapi"));
        doc.out().unsupported.append(
            OpenApiImport::tr("the document names no servers: set the base URL of '%1'").arg(env.name));
        environments.append(env);
    }
    return environments;
}

std::optional<AuthSetting> authFor(Document &doc, const QString &schemeName, QStringList &slots)
{
    const QJsonObject scheme = doc.resolve(doc.root()
                                               .value(QStringLiteral("components"))
                                               .toObject()
                                               .value(QStringLiteral("securitySchemes"))
                                               .toObject()
                                               .value(schemeName)
                                               .toObject(),
        schemeName);
    const QString type = scheme.value(QStringLiteral("type")).toString();
    AuthSetting auth;
    auth.kind = AuthKind::Static;
    if (type == QLatin1String("http")
        && scheme.value(QStringLiteral("scheme"))
                .toString()
                .compare(QLatin1String("bearer"), Qt::CaseInsensitive)
            == 0) {
        auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.token}}"), true}};
        slots << QStringLiteral("token");
    } else if (type == QLatin1String("http")
        && scheme.value(QStringLiteral("scheme"))
                .toString()
                .compare(QLatin1String("basic"), Qt::CaseInsensitive)
            == 0) {
        auth.basicUser = QStringLiteral("{{secret.username}}");
        auth.basicPassword = QStringLiteral("{{secret.password}}");
        slots << QStringLiteral("username") << QStringLiteral("password");
    } else if (type == QLatin1String("apiKey")) {
        const HeaderField field {
            scheme.value(QStringLiteral("name")).toString(), QStringLiteral("{{secret.api_key}}"), true};
        const QString in = scheme.value(QStringLiteral("in")).toString();
        if (in == QLatin1String("query"))
            auth.query = {field};
        else if (in == QLatin1String("header"))
            auth.headers = {field};
        else {
            doc.out().unsupported.append(
                OpenApiImport::tr("security scheme '%1': an API key in a cookie is not supported")
                    .arg(schemeName));
            return std::nullopt;
        }
        slots << QStringLiteral("api_key");
    } else if (type == QLatin1String("oauth2")) {
        const QJsonObject flows = scheme.value(QStringLiteral("flows")).toObject();
        const bool code = flows.contains(QStringLiteral("authorizationCode"));
        const QJsonObject flow
            = flows.value(code ? QStringLiteral("authorizationCode") : QStringLiteral("clientCredentials"))
                  .toObject();
        if (flow.isEmpty()) {
            doc.out().unsupported.append(OpenApiImport::tr("security scheme '%1': only the authorization "
                                                           "code and client credentials flows are supported")
                                             .arg(schemeName));
            return std::nullopt;
        }
        auth.kind = code ? AuthKind::AuthorizationCode : AuthKind::ClientCredentials;
        auth.authorizeUrl = flow.value(QStringLiteral("authorizationUrl")).toString();
        auth.tokenUrl = flow.value(QStringLiteral("tokenUrl")).toString();
        auth.scopes = flow.value(QStringLiteral("scopes")).toObject().keys();
        auth.clientId = QStringLiteral("your-client-id"); // the document cannot know it
        doc.out().unsupported.append(OpenApiImport::tr(
            "security scheme '%1': set your OAuth client ID (keyway-cli auth oauth2 … --client-id)")
                                         .arg(schemeName));
        if (!code)
            slots << AuthSetting::clientSecretSlot();
    } else {
        doc.out().unsupported.append(
            OpenApiImport::tr("security scheme '%1': %2 is not supported").arg(schemeName, type));
        return std::nullopt;
    }
    return auth;
}

QString firstScheme(const QJsonArray &security)
{
    for (const QJsonValue &requirement : security) {
        const QStringList names = requirement.toObject().keys();
        if (!names.isEmpty())
            return names.first();
    }
    return {};
}

void readBody(Document &doc, const QJsonObject &operation, RequestSpec &request, const QString &where)
{
    const QJsonObject body = doc.resolve(operation.value(QStringLiteral("requestBody")).toObject(), where);
    const QJsonObject content = body.value(QStringLiteral("content")).toObject();
    if (content.isEmpty())
        return;
    const QString type = content.contains(QStringLiteral("application/json"))
        ? QStringLiteral("application/json")
        : content.keys().first();
    const QJsonObject media = content.value(type).toObject();
    QJsonValue example = media.value(QStringLiteral("example"));
    if (example.isUndefined() && !media.value(QStringLiteral("examples")).toObject().isEmpty())
        example = doc.resolve(media.value(QStringLiteral("examples")).toObject().begin()->toObject(), where)
                      .value(QStringLiteral("value"));
    if (example.isUndefined())
        example = doc.example(media.value(QStringLiteral("schema")).toObject(), where);
    if (type.endsWith(QLatin1String("json"))) {
        request.body = QString::fromUtf8(example.isObject() ? QJsonDocument(example.toObject()).toJson()
                : example.isArray()
                ? QJsonDocument(example.toArray()).toJson()
                : QJsonDocument(QJsonArray {example}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        request.headers.append({QStringLiteral("Content-Type"), type, true});
    } else if (type == QLatin1String("application/x-www-form-urlencoded")) {
        request.bodyMode = RequestSpec::BodyMode::Form;
        const QJsonObject fields = example.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            request.formFields.append({it.key(), it.value().toVariant().toString(), true});
    } else {
        doc.out().unsupported.append(OpenApiImport::tr("%1: a %2 body is not supported").arg(where, type));
    }
}

} // namespace

Expected<ImportedCollection> OpenApiImport::fromDocument(const QJsonObject &root, const QString &path)
{
    const QString version = root.value(QStringLiteral("openapi")).toString();
    if (!version.startsWith(QLatin1String("3.")))
        return Failure {ErrorKind::FileFormat,
            root.contains(QStringLiteral("swagger"))
                ? tr("%1 is Swagger 2.0; convert it to OpenAPI 3 first (for example with swagger2openapi)")
                      .arg(path)
                : tr("%1 is not an OpenAPI 3.0 or 3.1 document").arg(path)};
    ImportedCollection out;
    Document doc(root, out);
    const QString title = root.value(QStringLiteral("info"))
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toString(QStringLiteral("OpenAPI"));
    out.bundle.sourceName = title;
    out.bundle.environments = readServers(doc, title);

    QStringList slots;
    const QJsonArray globalSecurity = root.value(QStringLiteral("security")).toArray();
    const QString globalScheme = firstScheme(globalSecurity);
    std::optional<AuthSetting> globalAuth
        = globalScheme.isEmpty() ? std::nullopt : authFor(doc, globalScheme, slots);

    const QString folderRoot = PostmanImport::fileSafeName(title, QStringLiteral("openapi"));
    QSet<QString> used;
    const QJsonObject paths = root.value(QStringLiteral("paths")).toObject();
    for (auto pathIt = paths.begin(); pathIt != paths.end(); ++pathIt) {
        const QJsonObject item = doc.resolve(pathIt.value().toObject(), pathIt.key());
        const QJsonArray shared = item.value(QStringLiteral("parameters")).toArray();
        for (const QString &method : Methods) {
            if (!item.contains(method))
                continue;
            const QJsonObject operation = item.value(method).toObject();
            RequestSpec request;
            request.method = method.toUpper();
            const QString tag = operation.value(QStringLiteral("tags")).toArray().first().toString();
            request.collection = tag.isEmpty()
                ? folderRoot
                : folderRoot + QLatin1Char('/') + PostmanImport::fileSafeName(tag, QStringLiteral("default"));
            const QString wanted
                = operation.value(QStringLiteral("operationId"))
                      .toString(operation.value(QStringLiteral("summary"))
                                    .toString(request.method + QLatin1Char(' ') + pathIt.key()));
            QString name = PostmanImport::fileSafeName(wanted, QStringLiteral("operation"));
            for (int number = 2; used.contains(request.collection + QLatin1Char('/') + name); ++number)
                name = QStringLiteral("%1 %2").arg(name.left(60)).arg(number);
            used.insert(request.collection + QLatin1Char('/') + name);
            request.name = name;
            const QString where = request.collection + QLatin1Char('/') + name;

            QString url = pathIt.key();
            QStringList query;
            QJsonArray parameters = shared; // the path's own, then the operation's
            for (const QJsonValue &own : operation.value(QStringLiteral("parameters")).toArray())
                parameters.append(own);
            for (const QJsonValue &entry : std::as_const(parameters)) {
                const QJsonObject parameter = doc.resolve(entry.toObject(), where);
                const QString pname = parameter.value(QStringLiteral("name")).toString();
                const QString in = parameter.value(QStringLiteral("in")).toString();
                QJsonValue value = parameter.value(QStringLiteral("example"));
                if (value.isUndefined())
                    value = doc.example(parameter.value(QStringLiteral("schema")).toObject(), where);
                const QString text = value.toVariant().toString();
                if (in == QLatin1String("path")) {
                    // {id} → {{id}}, a variable of every environment with the example as its value.
                    url.replace(
                        QLatin1Char('{') + pname + QLatin1Char('}'), QStringLiteral("{{%1}}").arg(pname));
                    for (Environment &env : out.bundle.environments) {
                        if (!env.variables.contains(pname))
                            env.variables.insert(pname, text);
                    }
                } else if (in == QLatin1String("query")
                    && parameter.value(QStringLiteral("required")).toBool()) {
                    query << pname + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(text));
                } else if (in == QLatin1String("header")) {
                    request.headers.append(
                        {pname, text, parameter.value(QStringLiteral("required")).toBool()});
                }
            }
            request.url = QStringLiteral("{{baseUrl}}") + url
                + (query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&')));
            readBody(doc, operation, request, where);
            if (operation.contains(QStringLiteral("security"))) {
                const QString scheme = firstScheme(operation.value(QStringLiteral("security")).toArray());
                if (scheme.isEmpty())
                    request.auth = AuthSetting {}; // security: [] — this operation needs no credentials
                else if (scheme != globalScheme) {
                    if (auto auth = authFor(doc, scheme, slots))
                        request.auth = auth;
                }
            }
            out.bundle.requests.append(request);
        }
    }
    slots.removeDuplicates();
    for (Environment &env : out.bundle.environments) {
        if (globalAuth)
            env.auth = *globalAuth;
        for (const QString &slot : slots)
            env.addSecretSlot(slot);
        // Path parameters without an example would expand to nothing: say which to fill in.
        for (auto it = env.variables.begin(); it != env.variables.end();) {
            if (!NameRules::checkVariableName(it.key())) {
                out.unsupported.append(tr("variable '%1' has a name Keyway cannot use").arg(it.key()));
                it = env.variables.erase(it);
            } else {
                ++it;
            }
        }
    }
    out.unsupported.removeDuplicates();
    return out;
}

} // namespace keyway
