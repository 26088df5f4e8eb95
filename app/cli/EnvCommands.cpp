#include "cli/EnvCommands.h"

#include "cli/CliContext.h"
#include "core/PrintableText.h"
#include "http/RedirectPolicy.h"
#include "model/NameRules.h"
#include "session/EnvironmentKeychain.h"
#include "storage/WorkspaceStore.h"

#include <QRegularExpression>

namespace keyway::cli {

namespace {

QCommandLineOption kindOption()
{
    return {QStringLiteral("kind"), EnvCommands::tr("sandbox or production."), QStringLiteral("KIND")};
}

QCommandLineOption baseUrlOption()
{
    return {QStringLiteral("base-url"), EnvCommands::tr("Base URL, e.g. https://api.example.com/v1."),
        QStringLiteral("URL")};
}

} // namespace

int EnvCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("show"))
        return show(rest);
    if (sub == QLatin1String("edit"))
        return edit(rest);
    if (sub == QLatin1String("set"))
        return set(rest);
    if (sub == QLatin1String("unset"))
        return unset(rest);
    if (sub == QLatin1String("company"))
        return company(rest);
    if (sub == QLatin1String("rm"))
        return remove(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp();
    return m_context.usageError(tr("unknown command 'env %1'").arg(sub), QStringLiteral("env"));
}

int EnvCommands::groupHelp()
{
    m_context.out() << tr(
        "Usage: keyway-cli env COMMAND\n\n"
        "Commands:\n"
        "  add ENV --kind sandbox|production --base-url URL   Add an environment\n"
        "  list                                             List environments\n"
        "  show ENV                                         Show one environment (secrets masked)\n"
        "  edit ENV [--kind KIND] [--base-url URL]          Change kind or base URL\n"
        "  set ENV NAME=VALUE...                            Set plain variables\n"
        "  unset ENV NAME...                                Remove plain variables\n"
        "  company ENV --add ID | --remove ID | --use ID | --header NAME\n"
        "                                                   Manage company IDs and their header\n"
        "  rm ENV                                           Delete an environment and its secrets\n");
    return Ok;
}

int EnvCommands::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add an environment to the workspace."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name, e.g. sandbox."));
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption baseUrl = baseUrlOption();
    parser.addOptions({kind, baseUrl});
    const QString command = QStringLiteral("env add");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'env add' takes exactly one environment name"), command);
    if (!parser.isSet(kind) || !parser.isSet(baseUrl))
        return m_context.usageError(tr("'env add' needs --kind and --base-url"), command);

    Environment environment;
    environment.name = parser.positionalArguments().first();
    environment.baseUrl = parser.value(baseUrl);
    const auto parsedKind = environmentKindFromName(parser.value(kind));
    if (!parsedKind)
        return m_context.usageError(
            tr("--kind must be 'sandbox' or 'production', not '%1'").arg(parser.value(kind)), command);
    environment.kind = *parsedKind;
    for (const Status &rule :
        {NameRules::checkEnvironmentName(environment.name), NameRules::checkBaseUrl(environment.baseUrl)}) {
        if (!rule)
            return m_context.fail(rule.failure());
    }

    auto workspace = m_context.loadWorkspace();
    if (!workspace)
        return m_context.workspaceFailure(workspace.failure());
    if (workspace->environment(environment.name))
        return m_context.fail(Failed, tr("environment '%1' already exists").arg(environment.name));
    if (auto failed = m_context.saveEnvironment(workspace.value(), environment))
        return *failed;
    m_context.out() << tr("Added %1 environment '%2' (%3)")
                           .arg(environmentKindName(environment.kind), environment.name, environment.baseUrl)
                    << Qt::endl;
    return Ok;
}

int EnvCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the workspace's environments."));
    if (auto done = m_context.parse(parser, QStringLiteral("env list"), arguments))
        return *done;
    const auto workspace = m_context.loadWorkspace();
    if (!workspace)
        return m_context.workspaceFailure(workspace.failure());
    for (const QString &problem : workspace->unreadableEnvironments) // the others are listed anyway
        m_context.err() << tr("keyway-cli: skipped: %1").arg(printableText(problem)) << Qt::endl;
    if (workspace->environments.isEmpty()) {
        m_context.err() << tr("No environments yet. Add one with: keyway-cli env add ENV --kind sandbox "
                              "--base-url URL")
                        << Qt::endl;
        return Ok;
    }
    qsizetype width = 0;
    for (const Environment &env : workspace->environments)
        width = std::max(width, env.name.size());
    for (const Environment &env : workspace->environments)
        m_context.out() << env.name.leftJustified(width + 2)
                        << environmentKindName(env.kind).leftJustified(12) << env.baseUrl << '\n';
    m_context.out().flush();
    return Ok;
}

int EnvCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show an environment; secret values are masked."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QString command = QStringLiteral("env show");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'env show' takes exactly one environment name"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;

    QTextStream &out = m_context.out();
    out << tr("Environment:    %1").arg(env->name) << '\n'
        << tr("Kind:           %1").arg(environmentKindName(env->kind)) << '\n'
        << tr("Base URL:       %1").arg(env->baseUrl) << '\n'
        << tr("Company header: %1").arg(env->companies.header) << '\n';
    QStringList ids;
    for (const QString &id : std::as_const(env->companies.ids))
        ids.append(id == env->companies.selected ? tr("%1 (selected)").arg(id) : id);
    out << tr("Company IDs:    %1").arg(ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", "))) << '\n';
    out << tr("Variables:") << (env->variables.isEmpty() ? tr(" none") : QString()) << '\n';
    for (auto it = env->variables.cbegin(); it != env->variables.cend(); ++it)
        out << "  " << it.key() << " = " << it.value() << '\n';
    out << tr("Secrets:") << (env->secretSlots.isEmpty() ? tr(" none") : QString()) << '\n';
    return m_context.printMaskedSecrets(workspace, *env, QStringLiteral("  "));
}

int EnvCommands::edit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Change an environment's kind or base URL."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption baseUrl = baseUrlOption();
    const QCommandLineOption allowHttp(QStringLiteral("allow-insecure-http"),
        tr("Allow plain http:// to hosts other than this machine (credentials travel unencrypted)."));
    const QCommandLineOption denyHttp(
        QStringLiteral("no-insecure-http"), tr("Refuse plain http:// again (default)."));
    const QCommandLineOption trust(QStringLiteral("trust-origin"),
        tr("Also send the environment's credentials to ORIGIN (https://host[:port]); repeatable."),
        QStringLiteral("ORIGIN"));
    const QCommandLineOption untrust(QStringLiteral("untrust-origin"),
        tr("Stop sending the environment's credentials to ORIGIN; repeatable."), QStringLiteral("ORIGIN"));
    parser.addOptions({kind, baseUrl, allowHttp, denyHttp, trust, untrust});
    const QString command = QStringLiteral("env edit");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    const bool anyChange = parser.isSet(kind) || parser.isSet(baseUrl) || parser.isSet(allowHttp)
        || parser.isSet(denyHttp) || parser.isSet(trust) || parser.isSet(untrust);
    if (parser.positionalArguments().size() != 1 || !anyChange)
        return m_context.usageError(tr("'env edit' takes one environment name and --kind, --base-url, "
                                       "--allow-insecure-http, --no-insecure-http, --trust-origin or "
                                       "--untrust-origin"),
            command);
    if (parser.isSet(allowHttp) && parser.isSet(denyHttp))
        return m_context.usageError(
            tr("--allow-insecure-http and --no-insecure-http contradict each other"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    if (parser.isSet(kind)) {
        const auto parsedKind = environmentKindFromName(parser.value(kind));
        if (!parsedKind)
            return m_context.usageError(
                tr("--kind must be 'sandbox' or 'production', not '%1'").arg(parser.value(kind)), command);
        env->kind = *parsedKind;
    }
    if (parser.isSet(baseUrl)) {
        if (Status valid = NameRules::checkBaseUrl(parser.value(baseUrl)); !valid)
            return m_context.fail(valid.failure());
        env->baseUrl = parser.value(baseUrl);
    }
    if (parser.isSet(allowHttp) || parser.isSet(denyHttp))
        env->allowInsecureHttp = parser.isSet(allowHttp);
    for (const QString &origin : parser.values(trust)) {
        if (Status valid = NameRules::checkBaseUrl(origin); !valid)
            return m_context.fail(valid.failure());
        const QString normal = RedirectPolicy::origin(QUrl(origin));
        if (!env->trustedOrigins.contains(normal))
            env->trustedOrigins.append(normal);
    }
    for (const QString &origin : parser.values(untrust))
        env->trustedOrigins.removeAll(RedirectPolicy::origin(QUrl(origin)));
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out() << tr("Updated environment '%1'").arg(env->name) << Qt::endl;
    return Ok;
}

int EnvCommands::set(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set plain (non-secret) variables. Values may use {{other}} variables.\n"
           "Secrets belong in the keychain: use 'keyway-cli secret set'."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    parser.addPositionalArgument(
        QStringLiteral("NAME=VALUE"), tr("One or more assignments."), QStringLiteral("NAME=VALUE..."));
    const QString command = QStringLiteral("env set");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return m_context.usageError(
            tr("'env set' takes an environment name and at least one NAME=VALUE"), command);

    QMap<QString, QString> assignments;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &assignment = positional.at(i);
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) // not echoed: a mistyped value may be something private
            return m_context.usageError(
                tr("argument %1 after the environment name is not NAME=VALUE").arg(i), command);
        const QString name = assignment.left(equals);
        if (Status valid = NameRules::checkVariableName(name); !valid)
            return m_context.fail(valid.failure());
        assignments.insert(name, assignment.mid(equals + 1));
    }
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(positional.first(), workspace, env))
        return *failed;
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
        env->variables.insert(it.key(), it.value());
        if (NameRules::looksSecret(it.key()))
            m_context.err() << tr("warning: '%1' is stored in plain text in %2; if it is a secret, use "
                                  "'keyway-cli secret set %3 %1' instead")
                                   .arg(it.key(), WorkspaceStore::environmentPath(workspace, env->name),
                                       env->name)
                            << Qt::endl;
    }
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out() << tr("Set %n variable(s) in '%1'", nullptr, int(assignments.size())).arg(env->name)
                    << Qt::endl;
    return Ok;
}

int EnvCommands::unset(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove plain variables."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    parser.addPositionalArgument(
        QStringLiteral("NAME"), tr("Variables to remove."), QStringLiteral("NAME..."));
    const QString command = QStringLiteral("env unset");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return m_context.usageError(
            tr("'env unset' takes an environment name and at least one variable name"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(positional.first(), workspace, env))
        return *failed;
    for (const QString &name : positional.mid(1)) {
        if (!env->variables.contains(name))
            return m_context.fail(NotFound, tr("environment '%1' has no variable '%2'").arg(env->name, name));
        env->variables.remove(name);
    }
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out()
        << tr("Removed %n variable(s) from '%1'", nullptr, int(positional.size() - 1)).arg(env->name)
        << Qt::endl;
    return Ok;
}

int EnvCommands::company(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the company (tenant) IDs of an environment. The selected ID is "
           "sent in the company header with every request."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QCommandLineOption add(
        QStringLiteral("add"), tr("Add a company ID (selected if it is the first)."), QStringLiteral("ID"));
    const QCommandLineOption removeId(
        QStringLiteral("remove"), tr("Remove a company ID."), QStringLiteral("ID"));
    const QCommandLineOption use(
        QStringLiteral("use"), tr("Select the company ID to send."), QStringLiteral("ID"));
    const QCommandLineOption header(QStringLiteral("header"),
        tr("Header that carries it (default X-Company-Id)."), QStringLiteral("NAME"));
    parser.addOptions({add, removeId, use, header});
    const QString command = QStringLiteral("env company");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'env company' takes exactly one environment name"), command);
    const int actions = int(parser.isSet(add)) + int(parser.isSet(removeId)) + int(parser.isSet(use))
        + int(parser.isSet(header));
    if (actions != 1)
        return m_context.usageError(
            tr("'env company' takes exactly one of --add, --remove, --use, --header"), command);

    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    CompanyIds &companies = env->companies;
    QString done;
    if (parser.isSet(add)) {
        const QString id = parser.value(add);
        if (Status valid = NameRules::checkCompanyId(id); !valid)
            return m_context.fail(valid.failure());
        if (companies.ids.contains(id))
            return m_context.fail(Failed, tr("company ID '%1' is already in '%2'").arg(id, env->name));
        companies.ids.append(id);
        if (companies.selected.isEmpty())
            companies.selected = id;
        done = tr("Added company ID '%1'").arg(id);
    } else if (parser.isSet(removeId) || parser.isSet(use)) {
        const QString id = parser.value(parser.isSet(use) ? use : removeId);
        if (!companies.ids.contains(id))
            return m_context.fail(NotFound,
                tr("environment '%1' has no company ID '%2' (known: %3)")
                    .arg(env->name, id,
                        companies.ids.isEmpty() ? tr("none") : companies.ids.join(QStringLiteral(", "))));
        if (parser.isSet(use)) {
            companies.selected = id;
            done = tr("Now sending company ID '%1' in %2").arg(id, companies.header);
        } else {
            companies.ids.removeAll(id);
            if (companies.selected == id)
                companies.selected = companies.ids.value(0);
            done = tr("Removed company ID '%1'").arg(id);
        }
    } else {
        if (Status valid = NameRules::checkHeaderName(parser.value(header)); !valid)
            return m_context.fail(valid.failure());
        companies.header = parser.value(header);
        done = tr("Company IDs are now sent in %1").arg(companies.header);
    }
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    m_context.out() << done << Qt::endl;
    return Ok;
}

int EnvCommands::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete an environment's file and its secrets in the keychain."));
    parser.addPositionalArgument(QStringLiteral("ENV"), tr("Environment name."));
    const QString command = QStringLiteral("env rm");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'env rm' takes exactly one environment name"), command);
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    // Secrets first: if the keychain refuses, the environment stays and nothing is orphaned.
    if (!env->secretSlots.isEmpty() && m_context.requireSecureStorage() != Ok)
        return SecureStorageUnavailable;
    // The keys, and the sign-in tokens and cookies that went with them.
    for (const QString &slot : EnvironmentKeychain::slotsOf(*env)) {
        const SecretOutcome outcome = m_context.removeSecret({workspace.id, env->name, slot});
        // Tokens and cookies exist only where a keychain was there to keep them: without one, there
        // is nothing of them to remove.
        const bool own = env->secretSlots.contains(slot);
        if (own && outcome.result != SecretJob::Result::Ok && outcome.result != SecretJob::Result::NotFound)
            return m_context.reportSecretFailure(outcome, tr("secret '%1'").arg(slot));
    }
    if (Status removed = WorkspaceStore::removeEnvironment(workspace, env->name); !removed)
        return m_context.fail(removed.failure());
    m_context.out() << tr("Deleted environment '%1' and %n secret(s)", nullptr, int(env->secretSlots.size()))
                           .arg(env->name)
                    << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
