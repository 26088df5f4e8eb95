#include "cli/AuthCommands.h"

#include "auth/AuthSetting.h"
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
        || sub == QLatin1String("none"))
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
        "  none ENV    Send no credentials\n"
        "  show ENV    Show the auth setting\n\n"
        "A client secret, when there is one, is the secret 'client_secret': keyway-cli secret set ENV "
        "client_secret\n");
    return Ok;
}

int AuthCommands::configure(const QString &kind, const QStringList &arguments)
{
    const QString command = QStringLiteral("auth ") + kind;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set how requests to ENV are authenticated (%1).").arg(kind));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QCommandLineOption header(
        QStringLiteral("header"), tr("Header template 'NAME: TEMPLATE' (repeatable)."), QStringLiteral("H"));
    const QCommandLineOption query(
        QStringLiteral("query"), tr("Query template NAME=TEMPLATE (repeatable)."), QStringLiteral("Q"));
    const QCommandLineOption basicUser(
        QStringLiteral("basic-user"), tr("Basic user name template."), QStringLiteral("T"));
    const QCommandLineOption basicPassword(
        QStringLiteral("basic-password"), tr("Basic password template."), QStringLiteral("T"));
    const QCommandLineOption authorizeUrl(
        QStringLiteral("authorize-url"), tr("Authorization endpoint."), QStringLiteral("URL"));
    const QCommandLineOption issuer(QStringLiteral("issuer"),
        tr("Issuer identifier, when discovery from the authorize URL cannot find it."), QStringLiteral("URL"));
    const QCommandLineOption tokenUrl(
        QStringLiteral("token-url"), tr("Token endpoint."), QStringLiteral("URL"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"), tr("OAuth client ID."), QStringLiteral("ID"));
    const QCommandLineOption scope(
        QStringLiteral("scope"), tr("Space-separated scopes."), QStringLiteral("SCOPES"));
    const QCommandLineOption tokenBody(
        QStringLiteral("token-body"), tr("form (default) or json."), QStringLiteral("ENC"));
    const QCommandLineOption clientAuth(
        QStringLiteral("client-auth"), tr("basic (default) or body."), QStringLiteral("HOW"));
    const QCommandLineOption param(
        QStringLiteral("param"), tr("Extra token parameter K=V, or K:=JSON for a number, true, false… in a JSON body (repeatable)."), QStringLiteral("K=V"));
    const QCommandLineOption tokenPath(QStringLiteral("token-path"),
        tr("JSON path of the token (default access_token)."), QStringLiteral("PATH"));
    const QCommandLineOption expiresPath(QStringLiteral("expires-path"),
        tr("JSON path of the lifetime (default expires_in)."), QStringLiteral("PATH"));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"),
        tr("Lifetime in seconds when the server does not say."), QStringLiteral("SECONDS"));
    const QCommandLineOption promptConsent(QStringLiteral("prompt-consent"),
        tr("Ask for consent every time (some servers need it for refresh tokens)."));
    parser.addOptions({header, query, basicUser, basicPassword, authorizeUrl, issuer, tokenUrl, clientId, scope,
        tokenBody, clientAuth, param, tokenPath, expiresPath, lifetime, promptConsent});
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'%1' takes exactly one environment name").arg(command), command);

    AuthSetting auth;
    auth.kind = authKindFromName(kind).value_or(AuthKind::None);
    const auto fieldsFrom = [&](const QCommandLineOption &option, bool headers,
                                QList<HeaderField> &target) -> std::optional<QString> {
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
                m_context.err() << tr(
                    "warning: the %1 header holds a literal value, which is stored in plain text; "
                    "use {{secret.NAME}} and keyway-cli secret set instead")
                                       .arg(field->name)
                                << Qt::endl;
            target.append(*field);
        }
        return std::nullopt;
    };
    std::optional<QString> problem;
    if (auth.kind == AuthKind::Static) {
        problem = fieldsFrom(header, true, auth.headers);
        if (!problem)
            problem = fieldsFrom(query, false, auth.query);
        auth.basicUser = parser.value(basicUser);
        auth.basicPassword = parser.value(basicPassword);
        if (!problem && auth.headers.isEmpty() && auth.query.isEmpty() && auth.basicUser.isEmpty())
            problem = tr("'auth static' needs at least one --header, --query or --basic-user");
    } else if (auth.kind != AuthKind::None) {
        auth.authorizeUrl = parser.value(authorizeUrl);
        auth.issuer = parser.value(issuer);
        auth.tokenUrl = parser.value(tokenUrl);
        auth.clientId = parser.value(clientId);
        auth.scopes = parser.value(scope).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auth.promptConsent = parser.isSet(promptConsent);
        const QString body = parser.value(tokenBody);
        if (!body.isEmpty() && body != QLatin1String("form") && body != QLatin1String("json"))
            problem = tr("--token-body must be form or json");
        auth.tokenBody = body == QLatin1String("json") ? TokenBodyEncoding::Json : TokenBodyEncoding::Form;
        const QString how = parser.value(clientAuth);
        if (!how.isEmpty() && how != QLatin1String("basic") && how != QLatin1String("body"))
            problem = tr("--client-auth must be basic or body");
        auth.clientAuth
            = how == QLatin1String("body") ? ClientAuthMethod::Body : ClientAuthMethod::BasicHeader;
        if (!problem)
            problem = fieldsFrom(param, false, auth.params);
        if (!problem)
            problem = fieldsFrom(header, true, auth.tokenHeaders);
        if (parser.isSet(tokenPath))
            auth.tokenPath = parser.value(tokenPath);
        if (parser.isSet(expiresPath))
            auth.expiresPath = parser.value(expiresPath);
        if (parser.isSet(lifetime)) {
            bool ok = false;
            auth.defaultLifetimeSeconds = parser.value(lifetime).toInt(&ok);
            if (!ok || auth.defaultLifetimeSeconds < 1)
                problem = tr("--lifetime must be a positive number of seconds");
        }
        const bool needsAuthorize = auth.kind == AuthKind::AuthorizationCode;
        const bool needsClient = auth.kind != AuthKind::TokenExchange;
        if (!problem && auth.tokenUrl.isEmpty())
            problem = tr("'%1' needs --token-url").arg(command);
        else if (!problem && needsAuthorize && auth.authorizeUrl.isEmpty())
            problem = tr("'%1' needs --authorize-url").arg(command);
        else if (!problem && needsClient && auth.clientId.isEmpty())
            problem = tr("'%1' needs --client-id").arg(command);
        for (const QString &url : {auth.tokenUrl, auth.authorizeUrl}) {
            if (!problem && !url.isEmpty()) {
                if (Status valid = NameRules::checkEndpointUrl(url); !valid)
                    problem = valid.error();
            }
        }
        if (!problem && !auth.issuer.isEmpty()) {
            if (Status valid = NameRules::checkIssuer(auth.issuer); !valid)
                problem = tr("--issuer: %1").arg(valid.error());
        }
    }
    if (problem)
        return m_context.usageError(*problem, command);
    return save(parser.positionalArguments().first(), auth, command);
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
