#include "http/FinalRequestBuilder.h"

#include "auth/SignedJwt.h"
#include "core/Version.h"
#include "graphql/GraphQlDocument.h"
#include "http/ContentDecoder.h"
#include "http/MultipartBody.h"
#include "http/RedirectPolicy.h"
#include "model/NameRules.h"
#include "model/SecretMask.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrlQuery>

namespace keyway {

namespace {

bool isAbsoluteHttpUrl(const QString &text)
{
    return text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

// Joins base URL and path as text: QUrl::resolved() would drop the base's own path ("/v1").
QString joinUrl(const QString &base, const QString &path)
{
    if (path.isEmpty())
        return base;
    QString left = base;
    while (left.endsWith(QLatin1Char('/')))
        left.chop(1);
    return path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('?'))
        ? left + path
        : left + QLatin1Char('/') + path;
}

QString guessContentType(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError ? QStringLiteral("application/json")
                                                   : QStringLiteral("text/plain; charset=utf-8");
}

// A body written as JSON: its Content-Type says so, or (none given) it opens an object or array.
bool isJsonTemplate(const RequestSpec &request)
{
    for (const HeaderField &header : request.headers) {
        if (header.enabled && header.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            return header.value.contains(QLatin1String("json"), Qt::CaseInsensitive);
    }
    const QString body = request.body.trimmed();
    return body.startsWith(QLatin1Char('{')) || body.startsWith(QLatin1Char('['));
}

QString where(const char *kind, const QString &name)
{
    return QStringLiteral("%1 '%2'").arg(QLatin1String(kind), name);
}

} // namespace

QString FinalRequestBuilder::acceptLanguage()
{
    const QString name = QLocale::system().name();
    return name == QLatin1String("C") ? QStringLiteral("en")
                                      : QString(name).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString FinalRequestBuilder::userAgent()
{
    return QStringLiteral("Keyway/") + QLatin1String(Version);
}

const AuthSetting &FinalRequestBuilder::effectiveAuth(
    const RequestSpec &request, const Environment &environment)
{
    return request.auth ? *request.auth : environment.auth;
}

QStringList FinalRequestBuilder::requiredSecrets(const RequestSpec &request, const Environment &environment)
{
    const VariableExpander expander(environment, VariableExpander::SecretMode::Mask);
    QStringList templates {request.url, request.body};
    for (const HeaderField &field : request.formFields)
        templates << field.value;
    for (const FormPart &part : request.parts)
        templates << part.value;
    templates << request.graphql.query << request.graphql.variables;
    for (const HeaderField &header : request.headers) {
        if (header.enabled)
            templates << header.value;
    }
    const AuthSetting &auth = effectiveAuth(request, environment);
    if (auth.usesTemplates()) {
        for (const QList<HeaderField> *list : {&auth.headers, &auth.query}) {
            for (const HeaderField &field : *list)
                templates << field.value;
        }
        templates << auth.basicUser << auth.basicPassword;
    }
    QStringList slots;
    for (const ClientCertificate &certificate : environment.clientCertificates) {
        if (!certificate.passphraseSlot.isEmpty())
            slots << certificate.passphraseSlot;
    }
    if (auth.kind == AuthKind::SignedJwt && needsJwt(request, auth, expander))
        slots << SignedJwt::requiredSecrets(auth, expander);
    for (const QString &text : std::as_const(templates))
        slots << expander.referencedSecrets(text);
    slots.removeDuplicates();
    return slots;
}

Expected<WireRequest> FinalRequestBuilder::build(const RequestSpec &request, const RequestContext &context)
{
    VariableExpander expander(context.environment, context.mode, context.secrets);
    const AuthSetting &auth = effectiveAuth(request, context.environment);
    if (auth.kind == AuthKind::SignedJwt && needsJwt(request, auth, expander)) {
        // Made first: {{jwt}} may be in the URL itself (BigCommerce's /login/token/{{jwt}}).
        auto jwt = SignedJwt::build(auth, expander, context.mode);
        if (!jwt)
            return jwt.failure();
        expander.provideCredential(AuthSetting::jwtVariable(), jwt.value());
    }
    WireRequest wire;
    wire.method = request.method.toUpper();
    auto url = buildUrl(request, expander);
    if (!url)
        return url.failure();
    wire.url = url.value();

    QString contentType;
    if (Status body = buildBody(request, expander, wire, contentType); !body)
        return body.failure();

    wire.setHeader(QStringLiteral("User-Agent"), userAgent());
    wire.setHeader(QStringLiteral("Accept"), QStringLiteral("*/*"));
    // Set here rather than left to Qt, so the preview shows every header that is sent.
    wire.setHeader(QStringLiteral("Accept-Encoding"), QString::fromLatin1(ContentDecoder::acceptEncoding()));
    wire.setHeader(QStringLiteral("Accept-Language"), acceptLanguage());
    if (!contentType.isEmpty())
        wire.setHeader(QStringLiteral("Content-Type"), contentType);
    else if (!wire.body.isEmpty())
        wire.setHeader(QStringLiteral("Content-Type"), guessContentType(wire.body));
    // The environment's credentials go only where the environment points (or the user trusts):
    // an absolute URL in an imported collection must not hand them to whoever it names.
    wire.credentialsWithheld = !credentialsAllowed(context.environment, wire.url, expander);
    const bool environmentAuth = !request.auth;
    if (wire.credentialsWithheld && environmentAuth && carriesJwt(request, expander))
        return Failure {ErrorKind::Invalid,
            tr("the request would carry the signed JWT to %1, which is not the origin of environment '%2'; "
               "add it to the environment's trusted origins if it should get the token")
                .arg(wire.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                         .toString(),
                    context.environment.name)};
    const CompanyIds &companies = context.environment.companies;
    if (!companies.selected.isEmpty() && !wire.credentialsWithheld) {
        if (Status added = addHeader(wire, companies.header, companies.selected, true); !added)
            return added.failure();
    }
    if (!(environmentAuth && wire.credentialsWithheld)) {
        if (Status applied = applyAuth(wire, auth, context, expander); !applied)
            return applied.failure();
    }
    // The request's own headers come last: what the user typed for this request wins.
    for (const HeaderField &header : request.headers) {
        if (!header.enabled)
            continue;
        auto value = expander.expand(header.value, where("header", header.name));
        if (!value)
            return value.failure();
        // Any value filled in from a secret is a credential, whatever the header is called.
        const bool fromSecret = expander.usesCredential(header.value);
        if (Status added = addHeader(wire, header.name, value.value(), fromSecret); !added)
            return added.failure();
    }
    markSecretQueryItems(request.url, expander, wire);
    if (context.cookies && !wire.credentialsWithheld && context.mode != VariableExpander::SecretMode::Reference
        && wire.header(QStringLiteral("Cookie")).isEmpty())
        addCookies(wire, *context.cookies, context.mode);
    return wire;
}

void FinalRequestBuilder::addCookies(
    WireRequest &wire, const CookieJar &cookies, VariableExpander::SecretMode mode)
{
    wire.usesCookieJar = true;
    QStringList pairs;
    for (const QNetworkCookie &cookie : cookies.cookiesForUrl(wire.url)) {
        const QString value = QString::fromUtf8(cookie.value());
        pairs << QString::fromUtf8(cookie.name()) + QLatin1Char('=')
                + (mode == VariableExpander::SecretMode::Reveal ? value : SecretMask::mask(value));
    }
    if (!pairs.isEmpty()) {
        wire.setHeader(QStringLiteral("Cookie"), pairs.join(QStringLiteral("; ")));
        wire.credentialHeaders.append(QStringLiteral("cookie"));
    }
}

Status FinalRequestBuilder::buildBody(
    const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType)
{
    switch (request.bodyMode) {
    case RequestSpec::BodyMode::Raw: {
        auto body = isJsonTemplate(request) ? expander.expandJson(request.body, QStringLiteral("body"))
                                            : expander.expand(request.body, QStringLiteral("body"));
        if (!body)
            return body.failure();
        wire.body = body.value().toUtf8();
        wire.bodyHoldsSecret = expander.usesCredential(request.body);
        return {};
    }
    case RequestSpec::BodyMode::Form: {
        QByteArrayList pairs;
        for (const HeaderField &field : request.formFields) {
            if (!field.enabled || field.name.isEmpty())
                continue;
            auto value = expander.expand(field.value, QStringLiteral("form field '%1'").arg(field.name));
            if (!value)
                return value.failure();
            wire.bodyHoldsSecret = wire.bodyHoldsSecret || expander.usesCredential(field.value);
            pairs << QUrl::toPercentEncoding(field.name) + '=' + QUrl::toPercentEncoding(value.value());
        }
        wire.body = pairs.join('&');
        contentType = QStringLiteral("application/x-www-form-urlencoded");
        return {};
    }
    case RequestSpec::BodyMode::File:
        return buildFileBody(request, wire, contentType);
    case RequestSpec::BodyMode::Multipart:
        return buildMultipartBody(request, expander, wire, contentType);
    case RequestSpec::BodyMode::GraphQl:
        return buildGraphQlBody(request, expander, wire, contentType);
    }
    return {};
}

Status FinalRequestBuilder::buildGraphQlBody(
    const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType)
{
    const GraphQlBody &graphql = request.graphql;
    auto query = expander.expand(graphql.query, QStringLiteral("GraphQL query"));
    if (!query)
        return query.failure();
    QJsonObject payload {{QStringLiteral("query"), query.value()}};
    const QStringList operations = GraphQlDocument::operations(query.value());
    if (!graphql.operationName.isEmpty() && !operations.contains(graphql.operationName))
        return Failure {ErrorKind::Invalid,
            tr("the GraphQL document has no operation '%1' (it has: %2)")
                .arg(graphql.operationName, operations.join(QStringLiteral(", ")))};
    if (graphql.operationName.isEmpty() && operations.size() > 1)
        return Failure {ErrorKind::Invalid,
            tr("the GraphQL document has %1 operations (%2); choose the one to run")
                .arg(operations.size())
                .arg(operations.join(QStringLiteral(", ")))};
    if (!graphql.operationName.isEmpty())
        payload.insert(QStringLiteral("operationName"), graphql.operationName);
    if (!graphql.variables.trimmed().isEmpty()) {
        auto variables = graphQlVariables(graphql.variables, expander);
        if (!variables)
            return variables.failure();
        payload.insert(QStringLiteral("variables"), variables.value());
    }
    wire.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    wire.bodyHoldsSecret = expander.usesCredential(graphql.query) || expander.usesCredential(graphql.variables);
    contentType = QStringLiteral("application/json");
    return {};
}

Expected<QJsonObject> FinalRequestBuilder::graphQlVariables(const QString &text, const VariableExpander &expander)
{
    // A template that is JSON already has its strings filled in one by one, so a value with a quote
    // in it stays one string; otherwise ({"id": {{id}}}) the text is filled in and then read.
    const QJsonDocument asTemplate = QJsonDocument::fromJson(text.toUtf8());
    if (asTemplate.isObject()) {
        QJsonObject filled;
        const QJsonObject object = asTemplate.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                filled.insert(it.key(), it.value());
                continue;
            }
            auto value = expander.expand(it.value().toString(), QStringLiteral("GraphQL variable '%1'").arg(it.key()));
            if (!value)
                return value.failure();
            filled.insert(it.key(), value.value());
        }
        return filled;
    }
    auto expanded = expander.expand(text, QStringLiteral("GraphQL variables"));
    if (!expanded)
        return expanded.failure();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(expanded.value().toUtf8(), &error);
    if (!parsed.isObject())
        return Failure {ErrorKind::Invalid,
            tr("the GraphQL variables are not a JSON object (%1 at character %2)")
                .arg(error.error == QJsonParseError::NoError ? tr("not an object") : error.errorString())
                .arg(error.offset + 1)};
    return parsed.object();
}

Status FinalRequestBuilder::buildFileBody(const RequestSpec &request, WireRequest &wire, QString &contentType)
{
    // Streamed from disk when sending, never read into memory: only its size is known here.
    const QFileInfo file(request.bodyFile);
    if (!file.isFile() || !file.isReadable())
        return Failure {ErrorKind::NotFound, tr("cannot read the body file %1").arg(request.bodyFile)};
    contentType = QMimeDatabase().mimeTypeForFile(file).name();
    wire.bodyFile = file.absoluteFilePath();
    wire.declaredLength = file.size();
    wire.body = QStringLiteral("<%1, %2 bytes>").arg(file.fileName()).arg(file.size()).toUtf8();
    return {};
}

Status FinalRequestBuilder::buildMultipartBody(
    const RequestSpec &request, const VariableExpander &expander, WireRequest &wire, QString &contentType)
{
    wire.boundary = MultipartBody::boundaryFor(request);
    for (const FormPart &part : request.parts) {
        if (!part.enabled || part.name.isEmpty())
            continue;
        const auto control = [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; };
        if (std::any_of(part.contentType.cbegin(), part.contentType.cend(), control))
            return Failure {ErrorKind::Invalid,
                tr("the content type of part '%1' contains a control character").arg(part.name)};
        WirePart sent {part.name, {}, {}, part.contentType, 0};
        if (part.isFile()) {
            const QFileInfo file(part.file);
            if (!file.isFile() || !file.isReadable())
                return Failure {ErrorKind::NotFound,
                    tr("cannot read the file %1 of part '%2'").arg(part.file, part.name)};
            sent.file = file.absoluteFilePath();
            sent.size = file.size();
            if (sent.contentType.isEmpty())
                sent.contentType = QMimeDatabase().mimeTypeForFile(file).name();
        } else {
            auto value = expander.expand(part.value, QStringLiteral("part '%1'").arg(part.name));
            if (!value)
                return value.failure();
            sent.value = value.value().toUtf8();
            sent.size = sent.value.size();
            wire.bodyHoldsSecret = wire.bodyHoldsSecret || expander.usesCredential(part.value);
        }
        wire.parts.append(sent);
    }
    contentType = QStringLiteral("multipart/form-data; boundary=") + QString::fromLatin1(wire.boundary);
    wire.declaredLength = MultipartBody::length(wire.parts, wire.boundary);
    wire.body = MultipartBody::display(wire.parts, wire.boundary);
    return {};
}

bool FinalRequestBuilder::needsJwt(const RequestSpec &request, const AuthSetting &auth, VariableExpander expander)
{
    // Signed only when something places it: a page visited after the login link needs no token.
    const QString jwt = AuthSetting::jwtVariable();
    expander.provideCredential(jwt, {});
    const auto places = [&](const HeaderField &field) { return expander.usesProvidedCredential(field.value, jwt); };
    return carriesJwt(request, expander) || std::any_of(auth.headers.cbegin(), auth.headers.cend(), places)
        || std::any_of(auth.query.cbegin(), auth.query.cend(), places);
}

bool FinalRequestBuilder::carriesJwt(const RequestSpec &request, const VariableExpander &expander)
{
    const QString jwt = AuthSetting::jwtVariable();
    QStringList templates {request.url};
    if (request.bodyMode == RequestSpec::BodyMode::Raw)
        templates << request.body;
    for (const HeaderField &field : request.formFields) {
        if (field.enabled && request.bodyMode == RequestSpec::BodyMode::Form)
            templates << field.value;
    }
    for (const HeaderField &header : request.headers) {
        if (header.enabled)
            templates << header.value;
    }
    return std::any_of(templates.cbegin(), templates.cend(),
        [&](const QString &text) { return expander.usesProvidedCredential(text, jwt); });
}

bool FinalRequestBuilder::credentialsAllowed(
    const Environment &environment, const QUrl &url, const VariableExpander &expander)
{
    if (environment.baseUrl.isEmpty())
        return true; // nothing to bind them to: every request names its own address
    // Base URL and trusted origins may hold variables ({{port}}): compared as they are filled in.
    const auto matches = [&](const QString &origin) {
        const auto expanded = expander.expand(origin, QStringLiteral("base URL"));
        return RedirectPolicy::sameOrigin(QUrl(expanded ? expanded.value() : origin), url);
    };
    return matches(environment.baseUrl)
        || std::any_of(environment.trustedOrigins.cbegin(), environment.trustedOrigins.cend(), matches);
}

void FinalRequestBuilder::markSecretQueryItems(
    const QString &urlTemplate, const VariableExpander &expander, WireRequest &wire)
{
    // Query items of the template whose value comes from a secret (?api_key={{secret.key}}).
    const qsizetype question = urlTemplate.indexOf(QLatin1Char('?'));
    if (question < 0)
        return;
    for (const QString &pair : urlTemplate.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0 && expander.usesCredential(pair.mid(equals + 1)))
            wire.credentialQueryItems.append(QUrl::fromPercentEncoding(pair.left(equals).toUtf8()).toLower());
    }
}

Expected<QUrl> FinalRequestBuilder::buildUrl(const RequestSpec &request, const VariableExpander &expander)
{
    auto expanded = expander.expand(request.url, QStringLiteral("URL"));
    if (!expanded)
        return expanded.failure();
    QString text = expanded.value().trimmed();
    static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!isAbsoluteHttpUrl(text) && otherScheme.match(text).hasMatch())
        return Failure {ErrorKind::Invalid, tr("'%1' is not an http(s) URL").arg(text)};
    if (!isAbsoluteHttpUrl(text)) {
        auto base = expander.expand(QStringLiteral("{{baseUrl}}"), QStringLiteral("URL"));
        if (!base)
            return base.failure();
        text = joinUrl(base.value(), text);
    }
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty() || !isAbsoluteHttpUrl(text))
        return Failure {ErrorKind::Invalid, tr("'%1' is not a valid http(s) URL").arg(text)};
    if (!url.userInfo().isEmpty())
        return Failure {ErrorKind::Invalid,
            tr("the URL must not contain a user name or password; use Basic "
               "authentication with secrets instead")};
    return url;
}

Status FinalRequestBuilder::addHeader(
    WireRequest &wire, const QString &name, const QString &value, bool credential)
{
    if (Status valid = NameRules::checkHeaderName(name); !valid)
        return valid;
    // A line break in a value (from a variable or a pasted secret) would inject another header.
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return Failure {ErrorKind::Invalid, tr("the value of header '%1' contains a line break").arg(name)};
    // RFC 9110 field values: visible characters, space and tab. NUL and the other control characters
    // are cut or misread by servers and proxies. Named by code only, as the value may be a secret.
    const auto control = std::find_if(value.cbegin(), value.cend(),
        [](QChar c) { return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f; });
    if (control != value.cend())
        return Failure {ErrorKind::Invalid,
            tr("the value of header '%1' contains a control character (U+%2), which HTTP does not allow "
               "there")
                .arg(name)
                .arg(control->unicode(), 4, 16, QLatin1Char('0'))};
    wire.setHeader(name, value);
    if (credential)
        wire.credentialHeaders.append(name.toLower());
    return {};
}

Status FinalRequestBuilder::applyAuth(WireRequest &wire, const AuthSetting &auth,
    const RequestContext &context, const VariableExpander &expander)
{
    const bool reveal = context.mode == VariableExpander::SecretMode::Reveal;
    const bool reference = context.mode == VariableExpander::SecretMode::Reference;
    switch (auth.kind) {
    case AuthKind::None:
        return {};
    case AuthKind::AuthorizationCode:
    case AuthKind::ClientCredentials:
    case AuthKind::TokenExchange: {
        if (reveal && context.accessToken.isEmpty())
            return Failure {ErrorKind::SecureStorage, tr("no access token: sign in first")};
        const QString token = reveal ? context.accessToken
            : reference              ? VariableExpander::reference(QStringLiteral("access_token"))
                                     : SecretMask::mask(context.accessToken);
        return addHeader(wire, QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token, true);
    }
    case AuthKind::Static:
    case AuthKind::SignedJwt: // its {{jwt}} is in the templates
        break;
    }
    if (!auth.basicUser.isEmpty() || !auth.basicPassword.isEmpty()) {
        auto user = expander.expand(auth.basicUser, QStringLiteral("Basic user name"));
        auto password = expander.expand(auth.basicPassword, QStringLiteral("Basic password"));
        if (!user)
            return user.failure();
        if (!password)
            return password.failure();
        const QString joined = user.value() + QLatin1Char(':') + password.value();
        // A secret cannot be base64-encoded by reference: the whole credential becomes one variable.
        const QString credentials = reference && joined.contains(VariableExpander::reference({}).at(0))
            ? VariableExpander::reference(QStringLiteral("basic_credentials"))
            : (reveal || reference) ? QString::fromLatin1(joined.toUtf8().toBase64())
                                    : joined;
        if (Status added
            = addHeader(wire, QStringLiteral("Authorization"), QStringLiteral("Basic ") + credentials, true);
            !added)
            return added;
    }
    for (const HeaderField &header : auth.headers) {
        auto value = expander.expand(header.value, where("header", header.name));
        if (!value)
            return value.failure();
        if (Status added = addHeader(wire, header.name, value.value(), true); !added)
            return added;
    }
    if (auth.query.isEmpty())
        return {};
    QUrlQuery query(wire.url);
    for (const HeaderField &item : auth.query) {
        auto value = expander.expand(item.value, where("query parameter", item.name));
        if (!value)
            return value.failure();
        // Encode fully by hand: QUrlQuery leaves '+' and '&' in values ambiguous.
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.name)),
            QString::fromLatin1(QUrl::toPercentEncoding(value.value())));
        wire.credentialQueryItems.append(item.name);
    }
    wire.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return {};
}

} // namespace keyway
