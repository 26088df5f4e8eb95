#include "cli/AuthCommands.h"

#include "auth/AuthSetting.h"
#include "auth/JwtSigner.h"
#include "cli/CliContext.h"
#include "model/NameRules.h"
#include "storage/WorkspaceStore.h"

#include <optional>

namespace keyway::cli {

namespace {

// "Name: value" → a header template.
std::optional<HeaderField> parseHeader(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    return HeaderField {text.left(colon).trimmed(), text.mid(colon + 1).trimmed(), true};
}

// "name=value" → a parameter template.
// NAME=TEMPLATE, or NAME:=JSON (as HTTPie writes it) for a value sent as JSON: channel_id:=1.
std::optional<HeaderField> parseAssignment(const QString &text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    const bool json = text.at(equals - 1) == QLatin1Char(':');
    if (json && equals == 1)
        return std::nullopt;
    return HeaderField {text.left(json ? equals - 1 : equals), text.mid(equals + 1), true, json};
}

// A credential typed straight into a template would be stored in the workspace file.
bool looksLikeLiteralCredential(const HeaderField &field)
{
    static const QStringList credentialHeaders {QStringLiteral("authorization"), QStringLiteral("x-api-key"),
        QStringLiteral("x-auth-token"), QStringLiteral("accesskey"), QStringLiteral("api-key")};
    return credentialHeaders.contains(field.name.toLower())
        && !field.value.contains(QLatin1String("{{secret."));
}

QString describe(const AuthSetting &auth)
{
    QStringList lines {AuthCommands::tr("Kind:          %1").arg(authKindName(auth.kind))};
    for (const HeaderField &header : auth.headers)
        lines << AuthCommands::tr("Header:        %1: %2").arg(header.name, header.value);
    for (const HeaderField &item : auth.query)
        lines << AuthCommands::tr("Query:         %1=%2").arg(item.name, item.value);
    if (!auth.basicUser.isEmpty())
        lines << AuthCommands::tr("Basic:         %1 : %2").arg(auth.basicUser, auth.basicPassword);
    if (auth.kind == AuthKind::SignedJwt) {
        lines << AuthCommands::tr("Algorithm:     %1").arg(JwtSigner::algorithmName(auth.jwtAlgorithm));
        lines << AuthCommands::tr("Signing key:   {{secret.%1}}").arg(auth.signingKeySlot);
        if (!auth.jwtKeyId.isEmpty())
            lines << AuthCommands::tr("Key ID:        %1").arg(auth.jwtKeyId);
        for (const HeaderField &claim : auth.jwtClaims)
            lines << AuthCommands::tr("Claim:         %1%2%3")
                         .arg(claim.name, claim.json ? QStringLiteral(":=") : QStringLiteral("="), claim.value);
    }
    if (!auth.usesTokens())
        return lines.join(QLatin1Char('\n'));
    if (!auth.authorizeUrl.isEmpty())
        lines << AuthCommands::tr("Authorize URL: %1").arg(auth.authorizeUrl);
    if (!auth.issuer.isEmpty())
        lines << AuthCommands::tr("Issuer:        %1").arg(auth.issuer);
    lines << AuthCommands::tr("Token URL:     %1").arg(auth.tokenUrl);
    if (!auth.clientId.isEmpty())
        lines << AuthCommands::tr("Client ID:     %1").arg(auth.clientId);
    if (!auth.scopes.isEmpty())
        lines << AuthCommands::tr("Scopes:        %1").arg(auth.scopes.join(QLatin1Char(' ')));
    lines << AuthCommands::tr("Token body:    %1")
                 .arg(auth.tokenBody == TokenBodyEncoding::Json ? QStringLiteral("json")
                                                                : QStringLiteral("form"));
    for (const HeaderField &header : auth.tokenHeaders)
        lines << AuthCommands::tr("Token header:  %1: %2").arg(header.name, header.value);
    for (const HeaderField &param : auth.params)
        lines << AuthCommands::tr("Parameter:     %1%2%3")
                     .arg(param.name, param.json ? QStringLiteral(":=") : QStringLiteral("="), param.value);
    if (auth.kind == AuthKind::TokenExchange)
        lines << AuthCommands::tr("Token path:    %1").arg(auth.tokenPath);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int AuthCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("static") || sub == QLatin1String("oauth2")
        || sub == QLatin1String("client-credentials") || sub == QLatin1String("token-exchange")
        || sub == QLatin1String("signed-jwt") || sub == QLatin1String("none"))
        return configure(sub, arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp();
    return m_context.usageError(tr("unknown command 'auth %1'").arg(sub), QStringLiteral("auth"));
}

int AuthCommands::groupHelp()
{
    m_context.out() << tr(
        "Usage: keyway-cli auth COMMAND ENV [options]\n\n"
        "How requests to ENV are authenticated. Templates may use {{variables}} and {{secret.NAME}}.\n\n"
        "Commands:\n"
        "  static ENV --header 'NAME: TEMPLATE'... [--query NAME=TEMPLATE]... [--basic-user T "
        "--basic-password T]\n"
        "  oauth2 ENV --authorize-url URL --token-url URL --client-id ID [--scope 'a b'] [--token-body "
        "form|json]\n"
        "             [--param K=V]... [--prompt-consent]\n"
        "  client-credentials ENV --token-url URL --client-id ID [--client-auth basic|body] [--scope 'a b']\n"
        "             [--token-body form|json] [--param K=V]...\n"
        "  token-exchange ENV --token-url URL [--header 'NAME: TEMPLATE']... [--param K=V]... [--token-path "
        "a.b]\n"
        "             [--expires-path a.b] [--lifetime SECONDS] [--token-body form|json]\n"
        "  signed-jwt ENV [--algorithm HS256|HS384|HS512|RS256|ES256] [--signing-key SECRET] [--key-id KID]\n"
        "             [--claim K=V | K:=JSON]... [--header 'NAME: …{{jwt}}']... [--query NAME={{jwt}}]...\n"
        "             A token signed for each request; {{jwt}} in a header, query value, URL or body.\n"
        "  none ENV    Send no credentials\n"
        "  show ENV    Show the auth setting\n\n"
        "A client secret, when there is one, is the secret 'client_secret': keyway-cli secret set ENV "
        "client_secret\n"
        "Claims may use {{$timestamp}}, {{$timestamp+300}}, {{$uuid}}: fresh for each request.\n");
    return Ok;
}

// Every option of the `auth KIND` commands; each kind reads the ones it knows.
struct AuthOptions
{
    QCommandLineOption header {QStringLiteral("header"),
        AuthCommands::tr("Header template 'NAME: TEMPLATE' (repeatable)."), QStringLiteral("H")};
    QCommandLineOption query {
        QStringLiteral("query"), AuthCommands::tr("Query template NAME=TEMPLATE (repeatable)."), QStringLiteral("Q")};
    QCommandLineOption basicUser {
        QStringLiteral("basic-user"), AuthCommands::tr("Basic user name template."), QStringLiteral("T")};
    QCommandLineOption basicPassword {
        QStringLiteral("basic-password"), AuthCommands::tr("Basic password template."), QStringLiteral("T")};
    QCommandLineOption authorizeUrl {
        QStringLiteral("authorize-url"), AuthCommands::tr("Authorization endpoint."), QStringLiteral("URL")};
    QCommandLineOption issuer {QStringLiteral("issuer"),
        AuthCommands::tr("Issuer identifier, when discovery from the authorize URL cannot find it."),
        QStringLiteral("URL")};
    QCommandLineOption tokenUrl {
        QStringLiteral("token-url"), AuthCommands::tr("Token endpoint."), QStringLiteral("URL")};
    QCommandLineOption clientId {
        QStringLiteral("client-id"), AuthCommands::tr("OAuth client ID."), QStringLiteral("ID")};
    QCommandLineOption scope {
        QStringLiteral("scope"), AuthCommands::tr("Space-separated scopes."), QStringLiteral("SCOPES")};
    QCommandLineOption tokenBody {
        QStringLiteral("token-body"), AuthCommands::tr("form (default) or json."), QStringLiteral("ENC")};
    QCommandLineOption clientAuth {
        QStringLiteral("client-auth"), AuthCommands::tr("basic (default) or body."), QStringLiteral("HOW")};
    QCommandLineOption param {QStringLiteral("param"),
        AuthCommands::tr(
            "Extra token parameter K=V, or K:=JSON for a number, true, false… in a JSON body (repeatable)."),
        QStringLiteral("K=V")};
    QCommandLineOption tokenPath {QStringLiteral("token-path"),
        AuthCommands::tr("JSON path of the token (default access_token)."), QStringLiteral("PATH")};
    QCommandLineOption expiresPath {QStringLiteral("expires-path"),
        AuthCommands::tr("JSON path of the lifetime (default expires_in)."), QStringLiteral("PATH")};
    QCommandLineOption lifetime {QStringLiteral("lifetime"),
        AuthCommands::tr("Lifetime in seconds when the server does not say."), QStringLiteral("SECONDS")};
    QCommandLineOption promptConsent {QStringLiteral("prompt-consent"),
        AuthCommands::tr("Ask for consent every time (some servers need it for refresh tokens).")};
    QCommandLineOption algorithm {QStringLiteral("algorithm"),
        AuthCommands::tr("JWT signature: HS256 (default), HS384, HS512, RS256 or ES256."), QStringLiteral("ALG")};
    QCommandLineOption signingKey {QStringLiteral("signing-key"),
        AuthCommands::tr("Secret holding the signing key (default signing_key)."), QStringLiteral("SECRET")};
    QCommandLineOption keyId {
        QStringLiteral("key-id"), AuthCommands::tr("The JWT header's kid, when wanted."), QStringLiteral("KID")};
    QCommandLineOption claim {QStringLiteral("claim"),
        AuthCommands::tr("JWT claim K=TEMPLATE, or K:=JSON for a number (repeatable): iat:={{$timestamp}}."),
        QStringLiteral("K=V")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({header, query, basicUser, basicPassword, authorizeUrl, issuer, tokenUrl, clientId,
            scope, tokenBody, clientAuth, param, tokenPath, expiresPath, lifetime, promptConsent, algorithm,
            signingKey, keyId, claim});
    }
};

std::optional<QString> AuthCommands::readFields(const QCommandLineParser &parser,
    const QCommandLineOption &option, bool headers, QList<HeaderField> &target)
{
    for (const QString &text : parser.values(option)) {
        const auto field = headers ? parseHeader(text) : parseAssignment(text);
        if (!field)
            return headers ? tr("--%1 takes 'NAME: TEMPLATE'").arg(option.names().first())
                           : tr("--%1 takes NAME=TEMPLATE (or NAME:=JSON)").arg(option.names().first());
        if (headers) {
            if (Status valid = NameRules::checkHeaderName(field->name); !valid)
                return valid.error();
        }
        if (looksLikeLiteralCredential(*field))
            m_context.err() << tr("warning: the %1 header holds a literal value, which is stored in plain text; "
                                  "use {{secret.NAME}} and keyway-cli secret set instead")
                                   .arg(field->name)
                            << Qt::endl;
        target.append(*field);
    }
    return std::nullopt;
}

int AuthCommands::configure(const QString &kind, const QStringList &arguments)
{
    const QString command = QStringLiteral("auth ") + kind;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set how requests to ENV are authenticated (%1).").arg(kind));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const AuthOptions options;
    options.addTo(parser);
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'%1' takes exactly one environment name").arg(command), command);

    AuthSetting auth;
    auth.kind = authKindFromName(kind).value_or(AuthKind::None);
    std::optional<QString> problem;
    switch (auth.kind) {
    case AuthKind::None:
        break;
    case AuthKind::Static:
        problem = readStatic(parser, options, auth);
        break;
    case AuthKind::SignedJwt:
        problem = readSignedJwt(parser, options, auth);
        break;
    case AuthKind::AuthorizationCode:
    case AuthKind::ClientCredentials:
    case AuthKind::TokenExchange:
        problem = readTokenGrant(parser, options, auth, command);
        break;
    }
    if (problem)
        return m_context.usageError(*problem, command);
    return save(parser.positionalArguments().first(), auth, command);
}

std::optional<QString> AuthCommands::readStatic(
    const QCommandLineParser &parser, const AuthOptions &options, AuthSetting &auth)
{
    if (auto problem = readFields(parser, options.header, true, auth.headers))
        return problem;
    if (auto problem = readFields(parser, options.query, false, auth.query))
        return problem;
    auth.basicUser = parser.value(options.basicUser);
    auth.basicPassword = parser.value(options.basicPassword);
    if (auth.headers.isEmpty() && auth.query.isEmpty() && auth.basicUser.isEmpty())
        return tr("'auth static' needs at least one --header, --query or --basic-user");
    return std::nullopt;
}

std::optional<QString> AuthCommands::readSignedJwt(
    const QCommandLineParser &parser, const AuthOptions &options, AuthSetting &auth)
{
    if (parser.isSet(options.algorithm)) {
        const auto algorithm = JwtSigner::algorithmFromName(parser.value(options.algorithm));
        if (!algorithm)
            return tr("--algorithm must be HS256, HS384, HS512, RS256 or ES256");
        auth.jwtAlgorithm = *algorithm;
    }
    if (parser.isSet(options.signingKey))
        auth.signingKeySlot = parser.value(options.signingKey);
    if (Status valid = NameRules::checkSecretName(auth.signingKeySlot); !valid)
        return tr("--signing-key: %1").arg(valid.error());
    auth.jwtKeyId = parser.value(options.keyId);
    if (auto problem = readFields(parser, options.claim, false, auth.jwtClaims))
        return problem;
    QStringList names;
    for (const HeaderField &claim : std::as_const(auth.jwtClaims)) {
        if (names.contains(claim.name))
            return tr("claim '%1' is given twice").arg(claim.name);
        names.append(claim.name);
    }
    if (auto problem = readFields(parser, options.header, true, auth.headers))
        return problem;
    return readFields(parser, options.query, false, auth.query);
}

std::optional<QString> AuthCommands::readTokenGrant(
    const QCommandLineParser &parser, const AuthOptions &options, AuthSetting &auth, const QString &command)
{
    auth.authorizeUrl = parser.value(options.authorizeUrl);
    auth.issuer = parser.value(options.issuer);
    auth.tokenUrl = parser.value(options.tokenUrl);
    auth.clientId = parser.value(options.clientId);
    auth.scopes = parser.value(options.scope).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auth.promptConsent = parser.isSet(options.promptConsent);
    const QString body = parser.value(options.tokenBody);
    if (!body.isEmpty() && body != QLatin1String("form") && body != QLatin1String("json"))
        return tr("--token-body must be form or json");
    auth.tokenBody = body == QLatin1String("json") ? TokenBodyEncoding::Json : TokenBodyEncoding::Form;
    const QString how = parser.value(options.clientAuth);
    if (!how.isEmpty() && how != QLatin1String("basic") && how != QLatin1String("body"))
        return tr("--client-auth must be basic or body");
    auth.clientAuth = how == QLatin1String("body") ? ClientAuthMethod::Body : ClientAuthMethod::BasicHeader;
    if (auto problem = readFields(parser, options.param, false, auth.params))
        return problem;
    if (auto problem = readFields(parser, options.header, true, auth.tokenHeaders))
        return problem;
    if (parser.isSet(options.tokenPath))
        auth.tokenPath = parser.value(options.tokenPath);
    if (parser.isSet(options.expiresPath))
        auth.expiresPath = parser.value(options.expiresPath);
    if (parser.isSet(options.lifetime)) {
        bool ok = false;
        auth.defaultLifetimeSeconds = parser.value(options.lifetime).toInt(&ok);
        if (!ok || auth.defaultLifetimeSeconds < 1)
            return tr("--lifetime must be a positive number of seconds");
    }
    if (auth.tokenUrl.isEmpty())
        return tr("'%1' needs --token-url").arg(command);
    if (auth.kind == AuthKind::AuthorizationCode && auth.authorizeUrl.isEmpty())
        return tr("'%1' needs --authorize-url").arg(command);
    if (auth.kind != AuthKind::TokenExchange && auth.clientId.isEmpty())
        return tr("'%1' needs --client-id").arg(command);
    for (const QString &url : {auth.tokenUrl, auth.authorizeUrl}) {
        if (Status valid = url.isEmpty() ? Status {} : NameRules::checkEndpointUrl(url); !valid)
            return valid.error();
    }
    if (Status valid = auth.issuer.isEmpty() ? Status {} : NameRules::checkIssuer(auth.issuer); !valid)
        return tr("--issuer: %1").arg(valid.error());
    return std::nullopt;
}

int AuthCommands::save(const QString &environmentName, const AuthSetting &auth, const QString &command)
{
    Q_UNUSED(command)
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(environmentName, workspace, env))
        return *failed;
    env->auth = auth;
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out() << tr("Authentication of '%1' is now %2").arg(env->name, authKindName(auth.kind))
                    << Qt::endl;
    if (auth.kind == AuthKind::AuthorizationCode)
        m_context.out() << tr("Sign in with: keyway-cli login %1").arg(env->name) << Qt::endl;
    if (auth.kind == AuthKind::SignedJwt && !env->hasSecretSlot(auth.signingKeySlot))
        m_context.out() << tr("Store the signing key with: keyway-cli secret set %1 %2")
                               .arg(env->name, auth.signingKeySlot)
                        << Qt::endl;
    if (auth.kind == AuthKind::SignedJwt && auth.headers.isEmpty() && auth.query.isEmpty())
        m_context.out() << tr("Put {{jwt}} where the token goes, e.g. in the request URL: /login/token/{{jwt}}")
                        << Qt::endl;
    if (auth.kind == AuthKind::ClientCredentials && !env->hasSecretSlot(AuthSetting::clientSecretSlot()))
        m_context.out() << tr("Store the client secret with: keyway-cli secret set %1 %2")
                               .arg(env->name, AuthSetting::clientSecretSlot())
                        << Qt::endl;
    return Ok;
}

int AuthCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show how requests to ENV are authenticated."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    if (auto done = m_context.parse(parser, QStringLiteral("auth show"), arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(
            tr("'auth show' takes exactly one environment name"), QStringLiteral("auth show"));
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    m_context.out() << describe(env->auth) << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
