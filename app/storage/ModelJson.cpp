#include "storage/ModelJson.h"

#include "checks/Capture.h"
#include "checks/Check.h"
#include "model/NameRules.h"
#include "storage/JsonFields.h"

#include <QFileInfo>
#include <QJsonArray>

namespace keyway {

namespace {

constexpr int MaxSequence = 1'000'000;

const QStringList KnownMethods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
    QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

void checkRule(JsonFields &fields, const QString &key, const Status &rule)
{
    if (!rule)
        fields.fail(key, rule.error());
}

void checkMatchesFileName(JsonFields &fields, const QString &name, const QString &path)
{
    const QString fileName = QFileInfo(path).completeBaseName();
    if (!path.isEmpty() && !name.isEmpty() && name != fileName) // no path: values not yet in a file
        fields.fail(QStringLiteral("name"),
            ModelJson::tr("is '%1' but the file is named '%2.json'; rename one to match")
                .arg(name, fileName));
}

QJsonArray fieldsToJson(const QList<HeaderField> &list)
{
    QJsonArray array;
    for (const HeaderField &field : list) {
        QJsonObject object {{QStringLiteral("name"), field.name}, {QStringLiteral("value"), field.value}};
        if (!field.enabled)
            object.insert(QStringLiteral("enabled"), false);
        if (field.json)
            object.insert(QStringLiteral("json"), true);
        array.append(object);
    }
    return array;
}

// `headerNames`: the names must be HTTP header names (not just any parameter name).
QList<HeaderField> fieldsFromJson(JsonFields &fields, const QString &key, bool headerNames)
{
    QList<HeaderField> list;
    const QJsonArray array = fields.array(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields item = fields.element(array, i, key);
        HeaderField field {item.requiredString(QStringLiteral("name")), item.string(QStringLiteral("value")),
            item.boolean(QStringLiteral("enabled"), true), item.boolean(QStringLiteral("json"), false)};
        if (headerNames)
            checkRule(item, QStringLiteral("name"), NameRules::checkHeaderName(field.name));
        else if (field.name.isEmpty())
            item.fail(QStringLiteral("name"), ModelJson::tr("must not be empty"));
        list.append(field);
    }
    return list;
}

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject &object, const QString &key, const QList<HeaderField> &list)
{
    if (!list.isEmpty())
        object.insert(key, fieldsToJson(list));
}

QJsonArray certificatesToJson(const QList<ClientCertificate> &certificates)
{
    QJsonArray array;
    for (const ClientCertificate &certificate : certificates) {
        QJsonObject object {{QStringLiteral("certificate"), certificate.certificateFile}};
        insertIfSet(object, QStringLiteral("origin"), certificate.origin);
        insertIfSet(object, QStringLiteral("key"), certificate.keyFile);
        insertIfSet(object, QStringLiteral("passphrase"), certificate.passphraseSlot);
        array.append(object);
    }
    return array;
}

QList<ClientCertificate> certificatesFromJson(JsonFields &fields)
{
    QList<ClientCertificate> certificates;
    const QJsonArray array = fields.array(QStringLiteral("clientCertificates"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields item = fields.element(array, i, QStringLiteral("clientCertificates"));
        ClientCertificate certificate {item.string(QStringLiteral("origin")),
            item.requiredString(QStringLiteral("certificate")), item.string(QStringLiteral("key")),
            item.string(QStringLiteral("passphrase"))};
        if (!certificate.origin.isEmpty())
            checkRule(item, QStringLiteral("origin"), NameRules::checkBaseUrl(certificate.origin));
        if (!certificate.passphraseSlot.isEmpty())
            checkRule(item, QStringLiteral("passphrase"), NameRules::checkSecretName(certificate.passphraseSlot));
        certificates.append(certificate);
    }
    return certificates;
}

QJsonArray partsToJson(const QList<FormPart> &parts)
{
    QJsonArray array;
    for (const FormPart &part : parts) {
        QJsonObject object {{QStringLiteral("name"), part.name}};
        if (part.isFile())
            object.insert(QStringLiteral("file"), part.file);
        else
            object.insert(QStringLiteral("value"), part.value);
        insertIfSet(object, QStringLiteral("contentType"), part.contentType);
        if (!part.enabled)
            object.insert(QStringLiteral("enabled"), false);
        array.append(object);
    }
    return array;
}

QList<FormPart> partsFromJson(JsonFields &fields)
{
    QList<FormPart> parts;
    const QJsonArray array = fields.array(QStringLiteral("parts"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields item = fields.element(array, i, QStringLiteral("parts"));
        FormPart part {item.requiredString(QStringLiteral("name")), item.string(QStringLiteral("value")),
            item.string(QStringLiteral("file")), item.string(QStringLiteral("contentType")),
            item.boolean(QStringLiteral("enabled"), true)};
        if (part.isFile() && !part.value.isEmpty())
            item.fail(QStringLiteral("value"), ModelJson::tr("a part is a file or a value, not both"));
        // A content type goes into the part's header: a line break would add headers of its own.
        if (part.contentType.contains(QLatin1Char('\n')) || part.contentType.contains(QLatin1Char('\r'))
            || part.name.contains(QLatin1Char('\n')) || part.name.contains(QLatin1Char('\r')))
            item.fail(QStringLiteral("contentType"), ModelJson::tr("must not contain a line break"));
        parts.append(part);
    }
    return parts;
}

QJsonObject authToJson(const AuthSetting &auth)
{
    QJsonObject object {{QStringLiteral("kind"), authKindName(auth.kind)}};
    const AuthSetting defaults;
    switch (auth.kind) {
    case AuthKind::None:
        return object;
    case AuthKind::SignedJwt:
        object.insert(QStringLiteral("algorithm"), JwtSigner::algorithmName(auth.jwtAlgorithm));
        object.insert(QStringLiteral("signingKey"), auth.signingKeySlot);
        insertIfSet(object, QStringLiteral("keyId"), auth.jwtKeyId);
        insertIfSet(object, QStringLiteral("claims"), auth.jwtClaims);
        insertIfSet(object, QStringLiteral("headers"), auth.headers);
        insertIfSet(object, QStringLiteral("query"), auth.query);
        return object;
    case AuthKind::Static:
        insertIfSet(object, QStringLiteral("headers"), auth.headers);
        insertIfSet(object, QStringLiteral("query"), auth.query);
        if (!auth.basicUser.isEmpty() || !auth.basicPassword.isEmpty())
            object.insert(QStringLiteral("basic"),
                QJsonObject {{QStringLiteral("user"), auth.basicUser},
                    {QStringLiteral("password"), auth.basicPassword}});
        return object;
    case AuthKind::AuthorizationCode:
        object.insert(QStringLiteral("authorizeUrl"), auth.authorizeUrl);
        if (!auth.issuer.isEmpty())
            object.insert(QStringLiteral("issuer"), auth.issuer);
        if (auth.promptConsent)
            object.insert(QStringLiteral("promptConsent"), true);
        break;
    case AuthKind::ClientCredentials:
        object.insert(QStringLiteral("clientAuth"),
            auth.clientAuth == ClientAuthMethod::Body ? QStringLiteral("body") : QStringLiteral("basic"));
        break;
    case AuthKind::TokenExchange:
        insertIfSet(object, QStringLiteral("tokenHeaders"), auth.tokenHeaders);
        break;
    }
    object.insert(QStringLiteral("tokenUrl"), auth.tokenUrl);
    insertIfSet(object, QStringLiteral("clientId"), auth.clientId);
    if (!auth.scopes.isEmpty())
        object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(auth.scopes));
    object.insert(QStringLiteral("tokenBody"),
        auth.tokenBody == TokenBodyEncoding::Json ? QStringLiteral("json") : QStringLiteral("form"));
    insertIfSet(object, QStringLiteral("params"), auth.params);
    if (auth.tokenPath != defaults.tokenPath)
        object.insert(QStringLiteral("tokenPath"), auth.tokenPath);
    if (auth.expiresPath != defaults.expiresPath)
        object.insert(QStringLiteral("expiresPath"), auth.expiresPath);
    if (auth.defaultLifetimeSeconds != defaults.defaultLifetimeSeconds)
        object.insert(QStringLiteral("defaultLifetimeSeconds"), auth.defaultLifetimeSeconds);
    return object;
}

void requireUrl(JsonFields &fields, const QString &key, const QString &value)
{
    if (value.isEmpty())
        fields.fail(key, ModelJson::tr("is required for this kind of authentication"));
    else
        checkRule(fields, key, NameRules::checkEndpointUrl(value));
}

void readTokenGrant(JsonFields &fields, AuthSetting &auth)
{
    auth.tokenUrl = fields.string(QStringLiteral("tokenUrl"));
    requireUrl(fields, QStringLiteral("tokenUrl"), auth.tokenUrl);
    auth.clientId = fields.string(QStringLiteral("clientId"));
    auth.scopes = fields.stringList(QStringLiteral("scopes"));
    const QString body = fields.string(QStringLiteral("tokenBody"), QStringLiteral("form"));
    if (body != QLatin1String("form") && body != QLatin1String("json"))
        fields.fail(QStringLiteral("tokenBody"), ModelJson::tr("must be \"form\" or \"json\""));
    auth.tokenBody = body == QLatin1String("json") ? TokenBodyEncoding::Json : TokenBodyEncoding::Form;
    auth.params = fieldsFromJson(fields, QStringLiteral("params"), false);
    auth.tokenPath = fields.string(QStringLiteral("tokenPath"), auth.tokenPath);
    auth.expiresPath = fields.string(QStringLiteral("expiresPath"), auth.expiresPath);
    auth.defaultLifetimeSeconds = fields.integer(
        QStringLiteral("defaultLifetimeSeconds"), auth.defaultLifetimeSeconds, 1, 31'536'000);
}

void readSignedJwt(JsonFields &fields, AuthSetting &auth)
{
    const QString algorithm = fields.string(QStringLiteral("algorithm"), QStringLiteral("HS256"));
    if (const auto known = JwtSigner::algorithmFromName(algorithm))
        auth.jwtAlgorithm = *known;
    else
        fields.fail(QStringLiteral("algorithm"),
            ModelJson::tr("must be HS256, HS384, HS512, RS256 or ES256, not \"%1\"").arg(algorithm));
    auth.signingKeySlot = fields.string(QStringLiteral("signingKey"), auth.signingKeySlot);
    checkRule(fields, QStringLiteral("signingKey"), NameRules::checkSecretName(auth.signingKeySlot));
    auth.jwtKeyId = fields.string(QStringLiteral("keyId"));
    auth.jwtClaims = fieldsFromJson(fields, QStringLiteral("claims"), false);
    QStringList seen;
    for (const HeaderField &claim : std::as_const(auth.jwtClaims)) {
        if (claim.enabled && seen.contains(claim.name))
            fields.fail(QStringLiteral("claims"), ModelJson::tr("claim '%1' is given twice").arg(claim.name));
        seen.append(claim.name);
    }
    auth.headers = fieldsFromJson(fields, QStringLiteral("headers"), true);
    auth.query = fieldsFromJson(fields, QStringLiteral("query"), false);
}

AuthSetting authFromJson(JsonFields fields)
{
    AuthSetting auth;
    const QString kind = fields.string(QStringLiteral("kind"), QStringLiteral("none"));
    const auto parsed = authKindFromName(kind);
    if (!parsed) {
        fields.fail(QStringLiteral("kind"),
            ModelJson::tr("must be none, static, oauth2, client-credentials, token-exchange or signed-jwt, not "
                          "\"%1\"")
                .arg(kind));
        return auth;
    }
    auth.kind = *parsed;
    switch (auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Static: {
        auth.headers = fieldsFromJson(fields, QStringLiteral("headers"), true);
        auth.query = fieldsFromJson(fields, QStringLiteral("query"), false);
        JsonFields basic = fields.object(QStringLiteral("basic"));
        auth.basicUser = basic.string(QStringLiteral("user"));
        auth.basicPassword = basic.string(QStringLiteral("password"));
        break;
    }
    case AuthKind::AuthorizationCode:
        auth.authorizeUrl = fields.string(QStringLiteral("authorizeUrl"));
        requireUrl(fields, QStringLiteral("authorizeUrl"), auth.authorizeUrl);
        auth.issuer = fields.string(QStringLiteral("issuer"));
        if (!auth.issuer.isEmpty())
            checkRule(fields, QStringLiteral("issuer"), NameRules::checkIssuer(auth.issuer));
        auth.promptConsent = fields.boolean(QStringLiteral("promptConsent"), false);
        readTokenGrant(fields, auth);
        if (auth.clientId.isEmpty())
            fields.fail(
                QStringLiteral("clientId"), ModelJson::tr("is required for this kind of authentication"));
        break;
    case AuthKind::ClientCredentials: {
        const QString method = fields.string(QStringLiteral("clientAuth"), QStringLiteral("basic"));
        if (method != QLatin1String("basic") && method != QLatin1String("body"))
            fields.fail(QStringLiteral("clientAuth"), ModelJson::tr("must be \"basic\" or \"body\""));
        auth.clientAuth
            = method == QLatin1String("body") ? ClientAuthMethod::Body : ClientAuthMethod::BasicHeader;
        readTokenGrant(fields, auth);
        if (auth.clientId.isEmpty())
            fields.fail(
                QStringLiteral("clientId"), ModelJson::tr("is required for this kind of authentication"));
        break;
    }
    case AuthKind::TokenExchange:
        auth.tokenHeaders = fieldsFromJson(fields, QStringLiteral("tokenHeaders"), true);
        readTokenGrant(fields, auth);
        break;
    case AuthKind::SignedJwt:
        readSignedJwt(fields, auth);
        break;
    }
    return auth;
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
    QJsonObject object {{QStringLiteral("name"), environment.name},
        {QStringLiteral("kind"), environmentKindName(environment.kind)},
        {QStringLiteral("baseUrl"), environment.baseUrl}, {QStringLiteral("variables"), variables},
        {QStringLiteral("companies"), companies},
        {QStringLiteral("secretSlots"), QJsonArray::fromStringList(environment.secretSlots)}};
    if (environment.auth.kind != AuthKind::None)
        object.insert(QStringLiteral("auth"), authToJson(environment.auth));
    if (environment.allowInsecureHttp)
        object.insert(QStringLiteral("allowInsecureHttp"), true);
    if (!environment.clientCertificates.isEmpty())
        object.insert(QStringLiteral("clientCertificates"), certificatesToJson(environment.clientCertificates));
    if (!environment.trustedOrigins.isEmpty())
        object.insert(
            QStringLiteral("trustedOrigins"), QJsonArray::fromStringList(environment.trustedOrigins));
    insertIfSet(object, QStringLiteral("preset"), environment.preset);
    insertIfSet(object, QStringLiteral("presetOption"), environment.presetOption);
    return object;
}

Expected<Environment> ModelJson::environmentFromJson(const QJsonObject &object, const QString &path)
{
    JsonFields fields(object, path);
    Environment env;
    env.name = fields.requiredString(QStringLiteral("name"));
    checkRule(fields, QStringLiteral("name"), NameRules::checkEnvironmentName(env.name));
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
        checkRule(fields, QStringLiteral("variables.") + it.key(), NameRules::checkVariableName(it.key()));

    JsonFields companies = fields.object(QStringLiteral("companies"));
    env.companies.header = companies.string(QStringLiteral("header"), env.companies.header);
    checkRule(companies, QStringLiteral("header"), NameRules::checkHeaderName(env.companies.header));
    env.companies.ids = companies.stringList(QStringLiteral("ids"));
    env.companies.selected = companies.string(QStringLiteral("selected"));
    if (!env.companies.selected.isEmpty() && !env.companies.ids.contains(env.companies.selected))
        companies.fail(QStringLiteral("selected"),
            tr("names '%1', which is not in the list of IDs").arg(env.companies.selected));

    for (const QString &slot : fields.stringList(QStringLiteral("secretSlots"))) {
        checkRule(fields, QStringLiteral("secretSlots"), NameRules::checkSecretName(slot));
        env.addSecretSlot(slot);
    }
    if (fields.contains(QStringLiteral("auth")))
        env.auth = authFromJson(fields.object(QStringLiteral("auth")));
    env.allowInsecureHttp = fields.boolean(QStringLiteral("allowInsecureHttp"), false);
    env.clientCertificates = certificatesFromJson(fields);
    for (const QString &origin : fields.stringList(QStringLiteral("trustedOrigins"))) {
        checkRule(fields, QStringLiteral("trustedOrigins"), NameRules::checkBaseUrl(origin));
        env.trustedOrigins.append(origin);
    }
    env.preset = fields.string(QStringLiteral("preset"));
    env.presetOption = fields.string(QStringLiteral("presetOption"));
    if (fields.failure())
        return *fields.failure();
    return env;
}

QJsonObject ModelJson::toJson(const RequestSpec &request)
{
    QJsonObject object {{QStringLiteral("name"), request.name}, {QStringLiteral("method"), request.method},
        {QStringLiteral("url"), request.url}, {QStringLiteral("headers"), fieldsToJson(request.headers)},
        {QStringLiteral("body"), request.body}};
    if (request.auth)
        object.insert(QStringLiteral("auth"), authToJson(*request.auth));
    if (request.bodyMode == RequestSpec::BodyMode::Form) {
        object.insert(QStringLiteral("bodyMode"), QStringLiteral("form"));
        object.insert(QStringLiteral("form"), fieldsToJson(request.formFields));
    } else if (request.bodyMode == RequestSpec::BodyMode::File) {
        object.insert(QStringLiteral("bodyMode"), QStringLiteral("file"));
        object.insert(QStringLiteral("bodyFile"), request.bodyFile);
    } else if (request.bodyMode == RequestSpec::BodyMode::Multipart) {
        object.insert(QStringLiteral("bodyMode"), QStringLiteral("multipart"));
        object.insert(QStringLiteral("parts"), partsToJson(request.parts));
    } else if (request.bodyMode == RequestSpec::BodyMode::GraphQl) {
        object.insert(QStringLiteral("bodyMode"), QStringLiteral("graphql"));
        QJsonObject graphql {{QStringLiteral("query"), request.graphql.query}};
        insertIfSet(graphql, QStringLiteral("variables"), request.graphql.variables);
        insertIfSet(graphql, QStringLiteral("operationName"), request.graphql.operationName);
        object.insert(QStringLiteral("graphql"), graphql);
    }
    if (!request.checks.isEmpty())
        object.insert(QStringLiteral("checks"), QJsonArray::fromStringList(request.checks));
    if (!request.captures.isEmpty())
        object.insert(QStringLiteral("captures"), QJsonArray::fromStringList(request.captures));
    if (request.sequence > 0)
        object.insert(QStringLiteral("seq"), request.sequence);
    return object;
}

Expected<RequestSpec> ModelJson::requestFromJson(const QJsonObject &object, const QString &path)
{
    JsonFields fields(object, path);
    RequestSpec request;
    request.name = fields.requiredString(QStringLiteral("name"));
    checkRule(fields, QStringLiteral("name"), NameRules::checkRequestName(request.name));
    checkMatchesFileName(fields, request.name, path);
    request.method = fields.string(QStringLiteral("method"), request.method);
    if (!KnownMethods.contains(request.method))
        fields.fail(
            QStringLiteral("method"), tr("must be one of %1").arg(KnownMethods.join(QStringLiteral(", "))));
    request.url = fields.string(QStringLiteral("url"));
    request.headers = fieldsFromJson(fields, QStringLiteral("headers"), true);
    request.body = fields.string(QStringLiteral("body"));
    if (fields.contains(QStringLiteral("auth")))
        request.auth = authFromJson(fields.object(QStringLiteral("auth")));
    const QString mode = fields.string(QStringLiteral("bodyMode"), QStringLiteral("raw"));
    if (mode == QLatin1String("form"))
        request.bodyMode = RequestSpec::BodyMode::Form;
    else if (mode == QLatin1String("file"))
        request.bodyMode = RequestSpec::BodyMode::File;
    else if (mode == QLatin1String("multipart"))
        request.bodyMode = RequestSpec::BodyMode::Multipart;
    else if (mode == QLatin1String("graphql"))
        request.bodyMode = RequestSpec::BodyMode::GraphQl;
    else if (mode != QLatin1String("raw"))
        fields.fail(QStringLiteral("bodyMode"),
            tr("must be \"raw\", \"form\", \"file\", \"multipart\" or \"graphql\""));
    request.formFields = fieldsFromJson(fields, QStringLiteral("form"), false);
    request.bodyFile = fields.string(QStringLiteral("bodyFile"));
    request.parts = partsFromJson(fields);
    if (fields.contains(QStringLiteral("graphql"))) {
        JsonFields graphql = fields.object(QStringLiteral("graphql"));
        request.graphql = {graphql.string(QStringLiteral("query")), graphql.string(QStringLiteral("variables")),
            graphql.string(QStringLiteral("operationName"))};
    }
    request.sequence = fields.integer(QStringLiteral("seq"), 0, 0, MaxSequence);
    request.checks = fields.stringList(QStringLiteral("checks"));
    for (const QString &line : std::as_const(request.checks)) {
        if (const auto check = Check::parse(line); !check)
            fields.fail(QStringLiteral("checks"), tr("has a line that does not read: %1").arg(check.error()));
    }
    request.captures = fields.stringList(QStringLiteral("captures"));
    for (const QString &line : std::as_const(request.captures)) {
        if (const auto capture = Capture::parse(line); !capture)
            fields.fail(QStringLiteral("captures"), tr("has a line that does not read: %1").arg(capture.error()));
    }
    if (fields.failure())
        return *fields.failure();
    return request;
}

} // namespace keyway
