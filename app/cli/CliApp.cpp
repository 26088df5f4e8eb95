#include "cli/CliApp.h"

#include "cli/AuthCommands.h"
#include "cli/CliContext.h"
#include "cli/ClientCertCommand.h"
#include "cli/CookieCommand.h"
#include "cli/EnvCommands.h"
#include "cli/ImportCommand.h"
#include "cli/RunCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SecretCommands.h"
#include "cli/SendCommand.h"
#include "cli/SessionCommands.h"
#include "cli/VerifyCommand.h"
#include "cli/WorkspaceCommands.h"
#include "core/AppPaths.h"
#include "core/Version.h"

#include <cstdio>

namespace keyway::cli {

namespace {

struct GlobalOptions
{
    QString workspace;
    bool help = false;
    bool version = false;
    QStringList command; // the command group and its own arguments
    QString error;
};

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--workspace") || arg == QLatin1String("-w")) {
            if (i + 1 >= arguments.size()) {
                options.error = CliApp::tr("%1 needs a folder").arg(arg);
                return options;
            }
            options.workspace = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--workspace="))) {
            options.workspace = arg.mid(int(qstrlen("--workspace=")));
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            options.help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            options.version = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            options.error = CliApp::tr("unknown option '%1'").arg(arg);
            return options;
        } else {
            options.command = arguments.mid(i);
            return options;
        }
    }
    return options;
}

} // namespace

QString CliApp::globalHelp()
{
    return tr("Usage: keyway-cli [--workspace DIR] COMMAND ...\n\n"
              "Keyway's command-line twin: environments, company IDs and keychain-held secrets.\n\n"
              "Global options:\n"
              "  -w, --workspace DIR  Workspace folder (default: $KEYWAY_WORKSPACE, or\n"
              "                       %1)\n"
              "  -h, --help           Show this help; 'keyway-cli COMMAND --help' for a command\n"
              "  -v, --version        Show the version\n\n"
              "Commands:\n"
              "  workspace init DIR | show | export FILE [--env ENV] | import FILE\n"
              "  env add | list | show | edit | set | unset | company | rm\n"
              "  secret set | list | rm\n"
              "  auth static | oauth2 | client-credentials | token-exchange | signed-jwt | none | show\n"
              "  login ENV | logout ENV | token ENV | verify ENV\n"
              "  send ENV METHOD PATH-OR-URL [-H 'K: V'] [-d BODY] [--show-headers] [--json] [--no-cookies]\n"
              "  cookies ENV [--clear]  The cookies ENV's answers set (kept in the keychain)\n"
              "  client-cert ENV [--cert FILE [--key FILE] [--origin URL] [--passphrase-secret SLOT] | --remove]\n"
              "  run COLLECTION --env ENV [--iterations N] [--bail] [--junit FILE]\n"
              "  import curl [--env ENV] [--save FOLDER/NAME] < command.txt\n"
              "  sandbox [--port N]     Run the embedded demo API and OAuth server\n\n"
              "Exit codes: 0 ok, 1 failed or HTTP error status, 2 usage, 3 sign-in needed or\n"
              "authentication failed, 4 network or TLS error, 5 secure storage unavailable,\n"
              "6 workspace problem, 7 not found.\n")
        .arg(AppPaths::defaultWorkspaceDir());
}

int CliApp::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const GlobalOptions options = parseGlobalOptions(arguments);
    if (!options.error.isEmpty()) {
        err << "keyway-cli: " << options.error << Qt::endl << tr("Try 'keyway-cli --help'.") << Qt::endl;
        return Usage;
    }
    if (options.version) {
        out << "keyway-cli " << Version << Qt::endl;
        return Ok;
    }
    if (options.command.isEmpty()) {
        (options.help ? out : err) << globalHelp();
        return options.help ? Ok : Usage;
    }

    QString workspace = options.workspace;
    if (workspace.isEmpty())
        workspace = qEnvironmentVariable("KEYWAY_WORKSPACE");
    const bool isDefault = workspace.isEmpty();
    if (isDefault)
        workspace = AppPaths::defaultWorkspaceDir();
    CliContext context(workspace, isDefault, out, err);

    const QString group = options.command.first();
    QStringList rest = options.command.mid(1);
    if (options.help)
        rest.append(QStringLiteral("--help"));
    if (group == QLatin1String("workspace"))
        return WorkspaceCommands(context).run(rest);
    if (group == QLatin1String("env"))
        return EnvCommands(context).run(rest);
    if (group == QLatin1String("secret"))
        return SecretCommands(context).run(rest);
    if (group == QLatin1String("auth"))
        return AuthCommands(context).run(rest);
    if (group == QLatin1String("login"))
        return SessionCommands(context).login(rest);
    if (group == QLatin1String("logout"))
        return SessionCommands(context).logout(rest);
    if (group == QLatin1String("token"))
        return SessionCommands(context).token(rest);
    if (group == QLatin1String("verify"))
        return VerifyCommand(context).run(rest);
    if (group == QLatin1String("send"))
        return SendCommand(context).run(rest);
    if (group == QLatin1String("cookies"))
        return CookieCommand(context).run(rest);
    if (group == QLatin1String("client-cert"))
        return ClientCertCommand(context).run(rest);
    if (group == QLatin1String("run"))
        return RunCommand(context).run(rest);
    if (group == QLatin1String("import"))
        return ImportCommand(context).run(rest);
    if (group == QLatin1String("sandbox"))
        return SandboxCommand(context).run(rest);
    if (group == QLatin1String("help")) {
        out << globalHelp();
        return Ok;
    }
    return context.usageError(tr("unknown command '%1'").arg(group), QString());
}

} // namespace keyway::cli
