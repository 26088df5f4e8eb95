#include "convert/PostmanImport.h"

#include "convert/PostmanTestScript.h"
#include "model/NameRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace keyway {

namespace {

// Walks the collection with the context it needs: where we are, what was found, what was left out.
class Reader
{
public:
    explicit Reader(ImportedCollection &out)
        : m_out(out)
    {
    }

    void readVariables(const QJsonArray &variables, Environment &env);
    std::optional<AuthSetting> readAuth(const QJsonObject &auth, const QString &where);
    void readItems(const QJsonArray &items, const QString &folder);
    QString secretTemplates(QString text) const;

private:
    void readRequest(const QJsonObject &item, const QString &folder);
    void readBody(const QJsonObject &body, RequestSpec &request, const QString &where);
    void readFormData(const QJsonArray &fields, RequestSpec &request, const QString &where);
    // Test scripts: what maps one to one becomes checks and captures, the rest is listed.
    void readScripts(const QJsonArray &events, RequestSpec &request, const QString &where);
    QString uniqueName(const QString &folder, const QString &wanted);
    QString storeSecret(const QString &wantedSlot, const QString &value);
    QString valueOf(const QJsonArray &pairs, const QString &key) const;
    void reportDynamicVariables(const QString &text, const QString &where);

    ImportedCollection &m_out;
    QSet<QString> m_secretVariables; // collection variables that hold keys
    QSet<QString> m_usedNames;
};

QString Reader::valueOf(const QJsonArray &pairs, const QString &key) const
{
    for (const QJsonValue &pair : pairs) {
        if (pair.toObject().value(QStringLiteral("key")).toString() == key)
            return pair.toObject().value(QStringLiteral("value")).toVariant().toString();
    }
    return {};
}

QString Reader::storeSecret(const QString &wantedSlot, const QString &value)
{
    QString slot = wantedSlot;
    for (int number = 2; m_out.secrets.contains(slot) && m_out.secrets.value(slot) != value; ++number)
        slot = QStringLiteral("%1_%2").arg(wantedSlot).arg(number);
    m_out.secrets.insert(slot, value);
    return slot;
}

void Reader::readVariables(const QJsonArray &variables, Environment &env)
{
    for (const QJsonValue &entry : variables) {
        const QJsonObject variable = entry.toObject();
        const QString key = variable.value(QStringLiteral("key")).toString();
        const QString value = variable.value(QStringLiteral("value")).toVariant().toString();
        if (key.compare(QLatin1String("baseUrl"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("base_url"), Qt::CaseInsensitive) == 0) {
            env.baseUrl = value; // {{baseUrl}} is Keyway's own built-in
            continue;
        }
        if (key.compare(QLatin1String("companyId"), Qt::CaseInsensitive) == 0
            || key.compare(QLatin1String("company_id"), Qt::CaseInsensitive) == 0) {
            env.companies.ids = {value}; // {{companyId}} is built in: the selected company ID
            env.companies.selected = value;
            continue;
        }
        if (const Status name = NameRules::checkVariableName(key); !name) {
            m_out.unsupported.append(PostmanImport::tr("variable '%1': %2").arg(key, name.error()));
            continue;
        }
        if (NameRules::looksSecret(key) && !value.isEmpty()) {
            m_secretVariables.insert(key);
            env.addSecretSlot(storeSecret(key, value));
        } else {
            env.variables.insert(key, value);
        }
    }
}

QString Reader::secretTemplates(QString text) const
{
    for (const QString &name : m_secretVariables)
        text.replace(QStringLiteral("{{%1}}").arg(name), QStringLiteral("{{secret.%1}}").arg(name));
    return text;
}

void Reader::reportDynamicVariables(const QString &text, const QString &where)
{
    static const QRegularExpression dynamic(QStringLiteral("\\{\\{\\$[A-Za-z]+\\}\\}"));
    for (auto it = dynamic.globalMatch(text); it.hasNext();)
        m_out.unsupported.append(
            PostmanImport::tr("%1: Postman's dynamic variable %2 has no Keyway equivalent")
                .arg(where, it.next().captured()));
}

std::optional<AuthSetting> Reader::readAuth(const QJsonObject &auth, const QString &where)
{
    const QString type = auth.value(QStringLiteral("type")).toString();
    const QJsonArray values = auth.value(type).toArray();
    const auto secretTemplate = [&](const QString &value, const QString &slot) {
        // A literal key moves to the keychain; one made of {{variables}} keeps them (key variables
        // are secrets already).
        if (value.contains(QLatin1String("{{")))
            return secretTemplates(value);
        return QStringLiteral("{{secret.%1}}").arg(storeSecret(slot, value));
    };
    AuthSetting setting;
    if (type == QLatin1String("inherit"))
        return std::nullopt; // the environment's auth, as without an auth block
    if (type == QLatin1String("noauth")) {
        setting.kind = AuthKind::None;
    } else if (type == QLatin1String("bearer")) {
        setting.kind = AuthKind::Static;
        setting.headers = {{QStringLiteral("Authorization"),
            QStringLiteral("Bearer ")
                + secretTemplate(valueOf(values, QStringLiteral("token")), QStringLiteral("token")),
            true}};
    } else if (type == QLatin1String("basic")) {
        setting.kind = AuthKind::Static;
        setting.basicUser = secretTemplates(valueOf(values, QStringLiteral("username")));
        setting.basicPassword
            = secretTemplate(valueOf(values, QStringLiteral("password")), QStringLiteral("password"));
    } else if (type == QLatin1String("apikey")) {
        setting.kind = AuthKind::Static;
        const QString name = valueOf(values, QStringLiteral("key"));
        const HeaderField field {name.isEmpty() ? QStringLiteral("X-API-Key") : name,
            secretTemplate(valueOf(values, QStringLiteral("value")), QStringLiteral("api_key")), true};
        if (valueOf(values, QStringLiteral("in")) == QLatin1String("query"))
            setting.query = {field};
        else
            setting.headers = {field};
    } else if (type == QLatin1String("oauth2")) {
        const QString grant = valueOf(values, QStringLiteral("grant_type"));
        setting.kind = grant == QLatin1String("client_credentials") ? AuthKind::ClientCredentials
                                                                    : AuthKind::AuthorizationCode;
        setting.authorizeUrl = valueOf(values, QStringLiteral("authUrl"));
        setting.tokenUrl = valueOf(values, QStringLiteral("accessTokenUrl"));
        setting.clientId = secretTemplates(valueOf(values, QStringLiteral("clientId")));
        setting.scopes = valueOf(values, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString secret = valueOf(values, QStringLiteral("clientSecret"));
        if (!secret.isEmpty())
            storeSecret(AuthSetting::clientSecretSlot(), secret);
        if (setting.tokenUrl.isEmpty() || setting.clientId.isEmpty()
            || (setting.kind == AuthKind::AuthorizationCode && setting.authorizeUrl.isEmpty())) {
            m_out.unsupported.append(
                PostmanImport::tr("%1: OAuth 2.0 without token URL, client ID or authorization URL")
                    .arg(where));
            return std::nullopt;
        }
    } else {
        m_out.unsupported.append(
            PostmanImport::tr("%1: %2 authentication is not supported").arg(where, type));
        return std::nullopt;
    }
    return setting;
}

QString Reader::uniqueName(const QString &folder, const QString &wanted)
{
    QString name = PostmanImport::fileSafeName(wanted, QStringLiteral("request"));
    const QString base = name;
    for (int number = 2; m_usedNames.contains(folder + QLatin1Char('/') + name); ++number)
        name = QStringLiteral("%1 %2").arg(base.left(60)).arg(number);
    m_usedNames.insert(folder + QLatin1Char('/') + name);
    return name;
}

void Reader::readItems(const QJsonArray &items, const QString &folder)
{
    for (const QJsonValue &entry : items) {
        const QJsonObject item = entry.toObject();
        const QString name = item.value(QStringLiteral("name")).toString();
        if (item.contains(QStringLiteral("item"))) {
            const QString sub = PostmanImport::fileSafeName(name, QStringLiteral("folder"));
            readItems(item.value(QStringLiteral("item")).toArray(),
                folder.isEmpty() ? sub : folder + QLatin1Char('/') + sub);
            if (item.contains(QStringLiteral("auth")))
                m_out.unsupported.append(PostmanImport::tr(
                    "folder '%1': auth set on a folder (set it on the environment or the requests)")
                                             .arg(name));
            if (!item.value(QStringLiteral("event")).toArray().isEmpty())
                m_out.unsupported.append(
                    PostmanImport::tr("folder '%1': pre-request and test scripts are not imported").arg(name));
        } else if (item.contains(QStringLiteral("request"))) {
            readRequest(item, folder);
        }
    }
}

void Reader::readRequest(const QJsonObject &item, const QString &folder)
{
    RequestSpec request;
    request.collection = folder;
    request.name = uniqueName(folder, item.value(QStringLiteral("name")).toString());
    const QString where = folder.isEmpty() ? request.name : folder + QLatin1Char('/') + request.name;
    const QJsonValue requestValue = item.value(QStringLiteral("request"));
    const QJsonObject source = requestValue.isString() ? QJsonObject {{QStringLiteral("url"), requestValue},
                                   {QStringLiteral("method"), QStringLiteral("GET")}}
                                                       : requestValue.toObject();
    request.method = source.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    const QJsonValue url = source.value(QStringLiteral("url"));
    request.url = secretTemplates(
        url.isString() ? url.toString() : url.toObject().value(QStringLiteral("raw")).toString());
    reportDynamicVariables(request.url, where);
    for (const QJsonValue &entry : source.value(QStringLiteral("header")).toArray()) {
        const QJsonObject header = entry.toObject();
        const QString value = secretTemplates(header.value(QStringLiteral("value")).toString());
        reportDynamicVariables(value, where);
        request.headers.append({header.value(QStringLiteral("key")).toString(), value,
            !header.value(QStringLiteral("disabled")).toBool()});
    }
    readBody(source.value(QStringLiteral("body")).toObject(), request, where);
    if (source.contains(QStringLiteral("auth"))) {
        if (auto auth = readAuth(source.value(QStringLiteral("auth")).toObject(), where))
            request.auth = *auth;
    }
    if (!item.value(QStringLiteral("response")).toArray().isEmpty())
        m_out.unsupported.append(
            PostmanImport::tr("%1: saved example responses are not imported").arg(where));
    readScripts(item.value(QStringLiteral("event")).toArray(), request, where);
    // Postman runs a folder in the collection's order, which chained requests depend on: keep it.
    request.sequence = 1
        + int(std::count_if(m_out.bundle.requests.cbegin(), m_out.bundle.requests.cend(),
            [&](const RequestSpec &other) { return other.collection == request.collection; }));
    m_out.bundle.requests.append(request);
}

void Reader::readScripts(const QJsonArray &events, RequestSpec &request, const QString &where)
{
    for (const QJsonValue &entry : events) {
        const QJsonObject event = entry.toObject();
        const QJsonValue exec = event.value(QStringLiteral("script")).toObject().value(QStringLiteral("exec"));
        QStringList lines;
        for (const QJsonValue &line : exec.isArray() ? exec.toArray() : QJsonArray {exec})
            lines.append(line.toString());
        if (lines.join(QString()).trimmed().isEmpty())
            continue;
        if (event.value(QStringLiteral("listen")).toString() != QLatin1String("test")) {
            m_out.unsupported.append(PostmanImport::tr("%1: the pre-request script is not imported").arg(where));
            continue;
        }
        // The assertions and variable settings that say what a check or capture says become ones.
        const PostmanTestScript::Translation translated = PostmanTestScript::translate(lines);
        request.checks += translated.checks;
        request.captures += translated.captures;
        if (!translated.leftOut.isEmpty())
            m_out.unsupported.append(PostmanImport::tr("%1: %n test script line(s) not imported: %2", nullptr,
                int(translated.leftOut.size()))
                                         .arg(where, translated.leftOut.mid(0, 3).join(QStringLiteral(" \u00b7 "))
                                                 + (translated.leftOut.size() > 3 ? QStringLiteral(" \u2026") : QString())));
    }
}

void Reader::readFormData(const QJsonArray &fields, RequestSpec &request, const QString &where)
{
    request.bodyMode = RequestSpec::BodyMode::Multipart;
    for (const QJsonValue &entry : fields) {
        const QJsonObject field = entry.toObject();
        FormPart part {field.value(QStringLiteral("key")).toString(), {}, {},
            field.value(QStringLiteral("contentType")).toString(), !field.value(QStringLiteral("disabled")).toBool()};
        if (field.value(QStringLiteral("type")).toString() != QLatin1String("file")) {
            part.value = secretTemplates(field.value(QStringLiteral("value")).toString());
        } else {
            // Postman keeps one path, or a list of them for several files under one name.
            const QJsonValue source = field.value(QStringLiteral("src"));
            part.file = source.isArray() ? source.toArray().first().toString() : source.toString();
            if (source.isArray() && source.toArray().size() > 1)
                m_out.unsupported.append(
                    PostmanImport::tr("%1: part '%2' lists several files; only the first is kept").arg(where, part.name));
            if (part.file.isEmpty()) {
                m_out.unsupported.append(
                    PostmanImport::tr("%1: file part '%2' names no file; choose one in the Body tab").arg(where, part.name));
                continue;
            }
        }
        request.parts.append(part);
    }
}

void Reader::readBody(const QJsonObject &body, RequestSpec &request, const QString &where)
{
    const QString mode = body.value(QStringLiteral("mode")).toString();
    if (mode.isEmpty() || body.value(QStringLiteral("disabled")).toBool())
        return;
    if (mode == QLatin1String("raw")) {
        request.body = secretTemplates(body.value(QStringLiteral("raw")).toString());
        reportDynamicVariables(request.body, where);
        const bool json = body.value(QStringLiteral("options"))
                              .toObject()
                              .value(QStringLiteral("raw"))
                              .toObject()
                              .value(QStringLiteral("language"))
                              .toString()
            == QLatin1String("json");
        const bool typed
            = std::any_of(request.headers.cbegin(), request.headers.cend(), [](const HeaderField &h) {
                  return h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
              });
        if (json && !typed)
            request.headers.append(
                {QStringLiteral("Content-Type"), QStringLiteral("application/json"), true});
    } else if (mode == QLatin1String("urlencoded")) {
        request.bodyMode = RequestSpec::BodyMode::Form;
        for (const QJsonValue &entry : body.value(QStringLiteral("urlencoded")).toArray()) {
            const QJsonObject field = entry.toObject();
            request.formFields.append({field.value(QStringLiteral("key")).toString(),
                secretTemplates(field.value(QStringLiteral("value")).toString()),
                !field.value(QStringLiteral("disabled")).toBool()});
        }
    } else if (mode == QLatin1String("formdata")) {
        readFormData(body.value(QStringLiteral("formdata")).toArray(), request, where);
    } else if (mode == QLatin1String("file")) {
        const QString path = body.value(QStringLiteral("file")).toObject().value(QStringLiteral("src")).toString();
        if (path.isEmpty())
            return m_out.unsupported.append(PostmanImport::tr("%1: a file body without a file").arg(where));
        request.bodyMode = RequestSpec::BodyMode::File;
        request.bodyFile = path;
    } else if (mode == QLatin1String("graphql")) {
        const QJsonObject graphql = body.value(QStringLiteral("graphql")).toObject();
        request.bodyMode = RequestSpec::BodyMode::GraphQl;
        request.graphql.query = secretTemplates(graphql.value(QStringLiteral("query")).toString());
        request.graphql.variables = secretTemplates(graphql.value(QStringLiteral("variables")).toString());
    } else {
        m_out.unsupported.append(
            PostmanImport::tr("%1: a %2 body is not supported (only raw, urlencoded, form-data, file and GraphQL)")
                .arg(where, mode));
    }
}

} // namespace

QString PostmanImport::fileSafeName(const QString &text, const QString &fallback)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9 ._-]+"));
    static const QRegularExpression leading(QStringLiteral("^[^A-Za-z0-9]+"));
    QString name = QString(text).replace(unsafe, QStringLiteral("-")).remove(leading).left(64).trimmed();
    while (name.endsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return NameRules::checkRequestName(name) ? name : fallback;
}

Expected<ImportedCollection> PostmanImport::fromJson(const QByteArray &json, const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {ErrorKind::FileFormat,
            tr("%1 is not valid JSON (at byte %2: %3)").arg(path).arg(error.offset).arg(error.errorString())};
    const QJsonObject root = document.object();
    const QJsonObject info = root.value(QStringLiteral("info")).toObject();
    const QString schema = info.value(QStringLiteral("schema")).toString();
    if (!schema.contains(QLatin1String("getpostman.com")) || !root.value(QStringLiteral("item")).isArray())
        return Failure {ErrorKind::FileFormat,
            tr("%1 is not a Postman collection (v2.0 or v2.1 has \"info.schema\" and \"item\"); export it "
               "from Postman "
               "with Collection v2.1")
                .arg(path)};
    ImportedCollection out;
    Reader reader(out);
    Environment env;
    env.name = fileSafeName(info.value(QStringLiteral("name")).toString(), QStringLiteral("postman"));
    env.preset.clear();
    reader.readVariables(root.value(QStringLiteral("variable")).toArray(), env);
    if (root.contains(QStringLiteral("auth"))) {
        if (auto auth = reader.readAuth(root.value(QStringLiteral("auth")).toObject(), tr("collection")))
            env.auth = *auth;
    }
    reader.readItems(root.value(QStringLiteral("item")).toArray(), env.name);
    for (auto it = out.secrets.cbegin(); it != out.secrets.cend(); ++it)
        env.addSecretSlot(it.key());
    if (!root.value(QStringLiteral("event")).toArray().isEmpty())
        out.unsupported.append(tr("collection: pre-request and test scripts are not imported"));
    out.bundle.sourceName = info.value(QStringLiteral("name")).toString();
    out.bundle.environments = {env};
    return out;
}

} // namespace keyway
