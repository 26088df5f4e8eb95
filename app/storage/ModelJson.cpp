#include "storage/ModelJson.h"

#include "model/NameRules.h"
#include "storage/JsonFields.h"

#include <QFileInfo>
#include <QJsonArray>

namespace keyway {

namespace {

const QStringList KnownMethods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

void checkName(JsonFields &fields, const QString &key, const Status &rule)
{
    if (!rule)
        fields.fail(key, rule.error());
}

void checkMatchesFileName(JsonFields &fields, const QString &name, const QString &path)
{
    const QString fileName = QFileInfo(path).completeBaseName();
    if (!name.isEmpty() && name != fileName)
        fields.fail(QStringLiteral("name"),
            ModelJson::tr("is '%1' but the file is named '%2.json'; rename one to match")
                .arg(name, fileName));
}

} // namespace

QJsonObject ModelJson::toJson(const Environment &environment)
{
    QJsonObject variables;
    for (auto it = environment.variables.cbegin(); it != environment.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    const QJsonObject companies {{QStringLiteral("header"), environment.companies.header},
        {QStringLiteral("ids"), QJsonArray::fromStringList(environment.companies.ids)},
        {QStringLiteral("selected"), environment.companies.selected}};
    return {{QStringLiteral("name"), environment.name},
        {QStringLiteral("kind"), environmentKindName(environment.kind)},
        {QStringLiteral("baseUrl"), environment.baseUrl}, {QStringLiteral("variables"), variables},
        {QStringLiteral("companies"), companies},
        {QStringLiteral("secretSlots"), QJsonArray::fromStringList(environment.secretSlots)}};
}

Expected<Environment> ModelJson::environmentFromJson(const QJsonObject &object, const QString &path)
{
    JsonFields fields(object, path);
    Environment env;
    env.name = fields.requiredString(QStringLiteral("name"));
    checkName(fields, QStringLiteral("name"), NameRules::checkEnvironmentName(env.name));
    checkMatchesFileName(fields, env.name, path);

    const QString kind = fields.requiredString(QStringLiteral("kind"));
    if (const auto parsed = environmentKindFromName(kind))
        env.kind = *parsed;
    else
        fields.fail(
            QStringLiteral("kind"), tr("must be \"sandbox\" or \"production\", not \"%1\"").arg(kind));

    env.baseUrl = fields.string(QStringLiteral("baseUrl"));
    env.variables = fields.stringMap(QStringLiteral("variables"));
    for (auto it = env.variables.cbegin(); it != env.variables.cend(); ++it)
        checkName(fields, QStringLiteral("variables.") + it.key(), NameRules::checkVariableName(it.key()));

    JsonFields companies = fields.object(QStringLiteral("companies"));
    env.companies.header = companies.string(QStringLiteral("header"), env.companies.header);
    checkName(companies, QStringLiteral("header"), NameRules::checkHeaderName(env.companies.header));
    env.companies.ids = companies.stringList(QStringLiteral("ids"));
    env.companies.selected = companies.string(QStringLiteral("selected"));
    if (!env.companies.selected.isEmpty() && !env.companies.ids.contains(env.companies.selected))
        companies.fail(QStringLiteral("selected"),
            tr("names '%1', which is not in the list of IDs").arg(env.companies.selected));

    for (const QString &slot : fields.stringList(QStringLiteral("secretSlots"))) {
        checkName(fields, QStringLiteral("secretSlots"), NameRules::checkSecretName(slot));
        env.addSecretSlot(slot);
    }
    if (fields.failure())
        return *fields.failure();
    return env;
}

QJsonObject ModelJson::toJson(const RequestSpec &request)
{
    QJsonArray headers;
    for (const HeaderField &header : request.headers) {
        QJsonObject field {{QStringLiteral("name"), header.name}, {QStringLiteral("value"), header.value}};
        if (!header.enabled)
            field.insert(QStringLiteral("enabled"), false);
        headers.append(field);
    }
    return {{QStringLiteral("name"), request.name}, {QStringLiteral("method"), request.method},
        {QStringLiteral("url"), request.url}, {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), request.body}};
}

Expected<RequestSpec> ModelJson::requestFromJson(const QJsonObject &object, const QString &path)
{
    JsonFields fields(object, path);
    RequestSpec request;
    request.name = fields.requiredString(QStringLiteral("name"));
    checkName(fields, QStringLiteral("name"), NameRules::checkRequestName(request.name));
    checkMatchesFileName(fields, request.name, path);
    request.method = fields.string(QStringLiteral("method"), request.method);
    if (!KnownMethods.contains(request.method))
        fields.fail(
            QStringLiteral("method"), tr("must be one of %1").arg(KnownMethods.join(QStringLiteral(", "))));
    request.url = fields.string(QStringLiteral("url"));
    const QJsonArray headers = fields.array(QStringLiteral("headers"));
    for (qsizetype i = 0; i < headers.size(); ++i) {
        JsonFields header = fields.element(headers, i, QStringLiteral("headers"));
        HeaderField field {header.requiredString(QStringLiteral("name")),
            header.string(QStringLiteral("value")), header.boolean(QStringLiteral("enabled"), true)};
        checkName(header, QStringLiteral("name"), NameRules::checkHeaderName(field.name));
        request.headers.append(field);
    }
    request.body = fields.string(QStringLiteral("body"));
    if (fields.failure())
        return *fields.failure();
    return request;
}

} // namespace keyway
