#include "auth/TokenEndpoint.h"

#include "envelope/EnvelopeRecognizer.h"
#include "http/FinalRequestBuilder.h"
#include "model/TypedFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <variant>

namespace keyway {

namespace {

Expected<TokenRequestSpec> baseSpec(const AuthSetting &auth, const VariableExpander &expander)
{
    auto url = expander.expand(auth.tokenUrl, QStringLiteral("token URL"));
    if (!url)
        return url.failure();
    TokenRequestSpec spec;
    spec.url = QUrl(url.value(), QUrl::StrictMode);
    if (!spec.url.isValid() || spec.url.host().isEmpty())
        return Failure {
            ErrorKind::Invalid, TokenEndpoint::tr("token URL '%1' is not a valid URL").arg(url.value())};
    spec.encoding = auth.tokenBody;
    spec.tokenPath = auth.tokenPath;
    spec.expiresPath = auth.expiresPath;
    spec.defaultLifetimeSeconds = auth.defaultLifetimeSeconds;
    return spec;
}

Status appendExpanded(QList<HeaderField> &target, const QList<HeaderField> &templates,
    const VariableExpander &expander, const char *what)
{
    for (const HeaderField &field : templates) {
        if (!field.enabled)
            continue;
        auto value = TypedFields::expand(field, expander, QLatin1String(what));
        if (!value)
            return value.failure();
        target.append({field.name, value.value(), true, field.json});
    }
    return {};
}

void addParam(TokenRequestSpec &spec, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        spec.params.append({name, value, true});
}

// RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
QString basicCredentials(const QString &id, const QString &secret)
{
    const QByteArray joined = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return QStringLiteral("Basic ") + QString::fromLatin1(joined.toBase64());
}

QByteArray formEncode(const QList<HeaderField> &params)
{
    QByteArrayList parts;
    for (const HeaderField &param : params)
        parts.append(QUrl::toPercentEncoding(param.name) + '=' + QUrl::toPercentEncoding(param.value));
    return parts.join('&');
}

QByteArray jsonEncode(const QList<HeaderField> &params)
{
    QJsonObject object;
    for (const HeaderField &param : params)
        object.insert(param.name, param.json ? TypedFields::jsonValue(param.value).value_or(QJsonValue(param.value)) : param.value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString TokenError::message() const
{
    QString text = status > 0 ? TokenEndpoint::tr("the token endpoint answered HTTP %1").arg(status)
                              : TokenEndpoint::tr("the token request failed");
    if (!error.isEmpty())
        text += QStringLiteral(": ") + error;
    if (!description.isEmpty())
        text += (error.isEmpty() ? QStringLiteral(": ") : QStringLiteral(" \u2014 ")) + description;
    // "Input is invalid" alone does not say which parameter the server did not like.
    QStringList fields;
    for (const FieldError &field : report ? report->fieldErrors : QList<FieldError> {})
        fields << QStringLiteral("%1: %2").arg(field.field, field.message);
    if (!fields.isEmpty())
        text += QStringLiteral(" (%1)").arg(fields.join(QStringLiteral("; ")));
    return text;
}

Expected<TokenRequestSpec> TokenEndpoint::authorizationCode(const AuthSetting &auth,
    const VariableExpander &expander, const QString &code, const QString &redirectUri,
    const QString &verifier, const QString &clientSecret)
{
    auto spec = baseSpec(auth, expander);
    if (!spec)
        return spec;
    addParam(spec.value(), QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    addParam(spec.value(), QStringLiteral("code"), code);
    addParam(spec.value(), QStringLiteral("redirect_uri"), redirectUri);
    addParam(spec.value(), QStringLiteral("client_id"), auth.clientId);
    addParam(spec.value(), QStringLiteral("code_verifier"), verifier);
    addParam(spec.value(), QStringLiteral("client_secret"), clientSecret);
    if (Status extra = appendExpanded(spec->params, auth.params, expander, "parameter"); !extra)
        return extra.failure();
    return spec;
}

Expected<TokenRequestSpec> TokenEndpoint::refresh(const AuthSetting &auth, const VariableExpander &expander,
    const QString &refreshToken, const QString &clientSecret)
{
    auto spec = baseSpec(auth, expander);
    if (!spec)
        return spec;
    // No redirect_uri and no empty client_secret: Qt 6.4 sends both, and strict servers refuse them.
    addParam(spec.value(), QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    addParam(spec.value(), QStringLiteral("refresh_token"), refreshToken);
    addParam(spec.value(), QStringLiteral("client_id"), auth.clientId);
    addParam(spec.value(), QStringLiteral("client_secret"), clientSecret);
    return spec;
}

Expected<TokenRequestSpec> TokenEndpoint::clientCredentials(
    const AuthSetting &auth, const VariableExpander &expander, const QString &clientSecret)
{
    auto spec = baseSpec(auth, expander);
    if (!spec)
        return spec;
    addParam(spec.value(), QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    addParam(spec.value(), QStringLiteral("scope"), auth.scopes.join(QLatin1Char(' ')));
    if (auth.clientAuth == ClientAuthMethod::BasicHeader) {
        // Sent up front: servers answer 400, not a 401 challenge, when it is missing.
        spec->headers.append(
            {QStringLiteral("Authorization"), basicCredentials(auth.clientId, clientSecret), true});
    } else {
        addParam(spec.value(), QStringLiteral("client_id"), auth.clientId);
        addParam(spec.value(), QStringLiteral("client_secret"), clientSecret);
    }
    if (Status extra = appendExpanded(spec->params, auth.params, expander, "parameter"); !extra)
        return extra.failure();
    return spec;
}

Expected<TokenRequestSpec> TokenEndpoint::tokenExchange(
    const AuthSetting &auth, const VariableExpander &expander)
{
    auto spec = baseSpec(auth, expander);
    if (!spec)
        return spec;
    if (Status headers = appendExpanded(spec->headers, auth.tokenHeaders, expander, "token header"); !headers)
        return headers.failure();
    if (Status extra = appendExpanded(spec->params, auth.params, expander, "parameter"); !extra)
        return extra.failure();
    return spec;
}

WireRequest TokenEndpoint::wireRequest(const TokenRequestSpec &spec)
{
    WireRequest wire;
    wire.method = QStringLiteral("POST");
    wire.url = spec.url;
    wire.setHeader(QStringLiteral("User-Agent"), FinalRequestBuilder::userAgent());
    wire.setHeader(QStringLiteral("Accept"), QStringLiteral("application/json"));
    const bool json = spec.encoding == TokenBodyEncoding::Json;
    wire.setHeader(QStringLiteral("Content-Type"),
        json ? QStringLiteral("application/json") : QStringLiteral("application/x-www-form-urlencoded"));
    wire.body = json ? jsonEncode(spec.params) : formEncode(spec.params);
    for (const HeaderField &header : spec.headers) {
        wire.setHeader(header.name, header.value);
        wire.credentialHeaders.append(header.name.toLower());
    }
    wire.credentialHeaders.append(QStringLiteral("authorization"));
    return wire;
}

QJsonValue TokenEndpoint::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    return value;
}

std::variant<TokenSet, TokenError> TokenEndpoint::parse(
    const HttpResponse &response, const TokenRequestSpec &spec, const QDateTime &receivedAt)
{
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    if (!response.isSuccess()) {
        TokenError error;
        error.status = response.status;
        error.body = response.body;
        error.report = EnvelopeRecognizer::recognize(response.status, response.headers, response.body);
        error.error = object.value(QStringLiteral("error")).toString();
        error.description = object.value(QStringLiteral("error_description")).toString();
        if (error.error.isEmpty() && error.report)
            error.error = error.report->code;
        if (error.description.isEmpty() && error.report)
            error.description = error.report->message; // Basiq, BigLedger, … put it elsewhere
        if (error.error.isEmpty() && error.description.isEmpty())
            error.description = QString::fromUtf8(response.reason);
        if (error.error == QLatin1String("invalid_grant"))
            error.kind = TokenError::Kind::InvalidGrant;
        else if (response.status >= 500 || response.status == 429)
            error.kind = TokenError::Kind::ServerError;
        return error;
    }
    TokenSet tokens;
    tokens.accessToken = valueAt(object, spec.tokenPath).toString();
    if (tokens.accessToken.isEmpty())
        return TokenError {TokenError::Kind::Malformed, response.status, {},
            tr("the response has no token at \"%1\"").arg(spec.tokenPath), response.body, std::nullopt};
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    const QJsonValue expires = valueAt(object, spec.expiresPath);
    const qint64 lifetime = expires.isDouble() ? qint64(expires.toDouble())
        : expires.isString()                   ? expires.toString().toLongLong()
                                               : 0;
    tokens.expiresAt = receivedAt.addSecs(lifetime > 0 ? lifetime : spec.defaultLifetimeSeconds);
    tokens.grantedScopes
        = object.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return tokens;
}

} // namespace keyway
