#include "cli/SessionCommands.h"

#include "auth/AuthorizationCodeLogin.h"
#include "auth/BrowserLauncher.h"
#include "auth/TokenBroker.h"
#include "cli/CliContext.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

namespace keyway::cli {

namespace {

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int SessionCommands::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign in to ENV: opens your browser for OAuth consent (or runs the client "
           "credentials / token exchange grant) and stores the tokens in the keychain."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("Seconds to wait for the browser (default 300)."), QStringLiteral("SECONDS"),
        QStringLiteral("300"));
    parser.addOption(timeout);
    if (auto done = m_context.parseSingleEnvironment(parser, QStringLiteral("login"), arguments))
        return *done;
    bool ok = false;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return m_context.usageError(
            tr("--timeout must be a positive number of seconds"), QStringLiteral("login"));
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = openTokenEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    if (env->auth.kind == AuthKind::AuthorizationCode)
        return browserLogin(workspace, *env, seconds);

    const TokenOutcome outcome = acquireToken(workspace, *env);
    if (!outcome.ok())
        return failWith(outcome, env->name);
    m_context.out() << tr("Signed in to '%1'.").arg(env->name) << Qt::endl;
    return Ok;
}

int SessionCommands::browserLogin(
    const Workspace &workspace, const Environment &environment, int timeoutSeconds)
{
    SystemBrowserLauncher browser;
    AuthorizationCodeLogin flow(
        m_context.secretStore(), m_context.network(), browser, workspace.id, environment, environment.auth);
    flow.setTimeout(timeoutSeconds * 1000);
    QObject::connect(&flow, &AuthorizationCodeLogin::waitingForBrowser, &flow, [this](const QUrl &url) {
        m_context.err() << tr("Opening your browser to sign in. If it does not open, visit:") << '\n'
                        << url.toString(QUrl::FullyEncoded) << '\n'
                        << tr("Waiting for your browser\u2026 (Ctrl+C to cancel)") << Qt::endl;
    });
    flow.start();
    CliContext::waitFor(&flow, &AuthorizationCodeLogin::finished);
    switch (flow.result()) {
    case AuthorizationCodeLogin::Result::SignedIn:
        printSession(environment.name, environment.auth.scopes, flow.tokens().grantedScopes,
            flow.tokens().secondsLeft());
        return Ok;
    case AuthorizationCodeLogin::Result::Denied:
        return m_context.fail(AuthFailed, tr("sign-in denied: %1").arg(flow.errorString()));
    case AuthorizationCodeLogin::Result::TimedOut:
        return m_context.fail(AuthFailed, tr("sign-in timed out: %1").arg(flow.errorString()));
    case AuthorizationCodeLogin::Result::Pending:
    case AuthorizationCodeLogin::Result::Failed:
    case AuthorizationCodeLogin::Result::Cancelled:
        break;
    }
    return m_context.fail(AuthFailed, tr("sign-in failed: %1").arg(flow.errorString()));
}

void SessionCommands::printSession(
    const QString &environment, const QStringList &requested, const QStringList &granted, qint64 secondsLeft)
{
    QTextStream &out = m_context.out();
    out << tr("Signed in to '%1'.").arg(environment) << '\n';
    out << tr("Granted scopes: %1").arg(granted.isEmpty() ? tr("(none)") : granted.join(QLatin1Char(' ')))
        << '\n';
    QStringList missing;
    for (const QString &scope : requested) {
        if (!granted.contains(scope))
            missing.append(scope);
    }
    if (!missing.isEmpty())
        out << tr("Not granted:    %1").arg(missing.join(QLatin1Char(' '))) << '\n';
    out << tr("Access token expires in %1 (at %2)")
               .arg(duration(secondsLeft),
                   QDateTime::currentDateTime()
                       .addSecs(secondsLeft)
                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        << Qt::endl;
}

std::optional<int> SessionCommands::openTokenEnvironment(
    const QString &name, Workspace &workspace, Environment *&env)
{
    if (auto failed = m_context.openEnvironment(name, workspace, env))
        return failed;
    if (!env->auth.usesTokens())
        return m_context.fail(Usage,
            tr("'%1' uses %2 authentication, which has no sign-in or tokens")
                .arg(env->name, authKindName(env->auth.kind)));
    if (int storage = m_context.requireSecureStorage(); storage != Ok)
        return storage;
    return std::nullopt;
}

TokenOutcome SessionCommands::acquireToken(const Workspace &workspace, const Environment &environment)
{
    TokenBroker &broker = m_context.tokenBroker(workspace, environment);
    TokenOutcome outcome;
    QObject::connect(
        &broker, &TokenBroker::acquired, &broker, [&](const TokenOutcome &result) { outcome = result; },
        Qt::SingleShotConnection);
    broker.acquire();
    CliContext::waitFor(&broker, &TokenBroker::acquired);
    return outcome;
}

int SessionCommands::failWith(const TokenOutcome &outcome, const QString &environment)
{
    const bool storage = outcome.result == TokenOutcome::Result::StorageFailed;
    QString message = outcome.message;
    if (outcome.result == TokenOutcome::Result::SignInNeeded)
        message += QLatin1Char('\n') + tr("Sign in with: keyway-cli login %1").arg(environment);
    return m_context.fail(storage ? SecureStorageUnavailable : AuthFailed, message);
}

int SessionCommands::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign out of ENV: removes its tokens from the keychain."));
    if (auto done = m_context.parseSingleEnvironment(parser, QStringLiteral("logout"), arguments))
        return *done;
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironmentWithKeys(parser.positionalArguments().first(), workspace, env))
        return *failed;
    if (!env->auth.usesTokens()) {
        m_context.out() << tr("'%1' was not signed in.").arg(env->name) << Qt::endl;
        return Ok;
    }
    TokenBroker &broker = m_context.tokenBroker(workspace, *env);
    SecretJob::Result result = SecretJob::Result::Pending;
    QString error;
    QObject context; // the connection ends with this command
    QObject::connect(&broker, &TokenBroker::forgotten, &context, [&](SecretJob::Result done, const QString &why) {
        result = done;
        error = why;
    });
    broker.forget();
    CliContext::waitFor(&broker, &TokenBroker::forgotten);
    if (result == SecretJob::Result::NotFound) {
        m_context.out() << tr("'%1' was not signed in.").arg(env->name) << Qt::endl;
        return Ok;
    }
    if (result != SecretJob::Result::Ok)
        return m_context.reportSecretFailure({result, error, {}}, tr("removing the tokens of '%1'").arg(env->name));
    m_context.out() << tr("Signed out of '%1'; its tokens were removed from the keychain.").arg(env->name)
                    << Qt::endl;
    return Ok;
}

int SessionCommands::token(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print a fresh access token for ENV on standard output (refreshing it if "
           "needed), for use in scripts."));
    if (auto done = m_context.parseSingleEnvironment(parser, QStringLiteral("token"), arguments))
        return *done;
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = openTokenEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    const TokenOutcome outcome = acquireToken(workspace, *env);
    if (!outcome.ok())
        return failWith(outcome, env->name);
    m_context.out() << outcome.accessToken << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
