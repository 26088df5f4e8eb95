#include "cli/WorkspaceCommands.h"

#include "cli/CliContext.h"
#include "cli/SecretInput.h"
#include "convert/AnyImport.h"
#include "storage/WorkspaceExport.h"
#include "storage/WorkspaceStore.h"

#include <QDir>
#include <unistd.h>

namespace keyway::cli {

int WorkspaceCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("init"))
        return init(arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub == QLatin1String("export"))
        return exportTo(arguments.mid(1));
    if (sub == QLatin1String("import"))
        return importFrom(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp();
    return m_context.usageError(tr("unknown command 'workspace %1'").arg(sub), QStringLiteral("workspace"));
}

int WorkspaceCommands::groupHelp()
{
    m_context.out() << tr("Usage: keyway-cli workspace COMMAND\n\n"
                          "Commands:\n"
                          "  init DIR [--name NAME]  Create a workspace folder (keep it in git if you like)\n"
                          "  show                    Show the workspace's name, id, folder and contents\n"
                          "  export FILE [--env ENV] Write the workspace (or one environment) to FILE,\n"
                          "                          secret names only, never values\n"
                          "  import FILE             Add an export's environments and requests; asks for\n"
                          "                          the secrets on a terminal\n");
    return Ok;
}

int WorkspaceCommands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a Keyway workspace in DIR."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folder for the workspace (created if missing)."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("Workspace name (default: the folder name)."), QStringLiteral("NAME"));
    parser.addOption(nameOption);
    if (auto done = m_context.parse(parser, QStringLiteral("workspace init"), arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(
            tr("'workspace init' takes exactly one folder"), QStringLiteral("workspace init"));
    const auto workspace
        = WorkspaceStore::create(parser.positionalArguments().first(), parser.value(nameOption));
    if (!workspace)
        return m_context.fail(workspace.failure());
    m_context.out() << tr("Created workspace '%1' in %2")
                           .arg(workspace->name, QDir::toNativeSeparators(workspace->rootPath))
                    << Qt::endl;
    return Ok;
}

int WorkspaceCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show the current workspace."));
    if (auto done = m_context.parse(parser, QStringLiteral("workspace show"), arguments))
        return *done;
    const auto workspace = m_context.loadWorkspace();
    if (!workspace)
        return m_context.workspaceFailure(workspace.failure());
    QTextStream &out = m_context.out();
    out << tr("Workspace:    %1").arg(workspace->name) << '\n'
        << tr("Folder:       %1").arg(QDir::toNativeSeparators(workspace->rootPath)) << '\n'
        << tr("ID:           %1").arg(workspace->id) << '\n'
        << tr("Environments: %1").arg(workspace->environments.size()) << '\n'
        << tr("Requests:     %1").arg(workspace->requests.size()) << Qt::endl;
    return Ok;
}

int WorkspaceCommands::exportTo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the workspace, or one environment, to FILE. Secret names are kept, values never."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export file to write."));
    const QCommandLineOption envOption(
        QStringLiteral("env"), tr("Export only this environment."), QStringLiteral("ENV"));
    parser.addOption(envOption);
    const QString command = QStringLiteral("workspace export");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'workspace export' takes exactly one file"), command);
    const auto workspace = m_context.loadWorkspace();
    if (!workspace)
        return m_context.workspaceFailure(workspace.failure());
    ExportBundle bundle = WorkspaceExport::ofWorkspace(workspace.value());
    if (parser.isSet(envOption)) {
        const Environment *env = workspace->environment(parser.value(envOption));
        if (!env)
            return m_context.fail(
                NotFound, tr("no environment '%1' in this workspace").arg(parser.value(envOption)));
        bundle = WorkspaceExport::ofEnvironment(workspace.value(), *env);
    }
    const QString path = parser.positionalArguments().first();
    if (Status written = WorkspaceExport::write(path, bundle); !written)
        return m_context.fail(written.failure());
    m_context.out() << tr("Exported %n environment(s)", nullptr, int(bundle.environments.size()))
                    << tr(" and %n request(s) to %1 (secret names only).", nullptr,
                           int(bundle.requests.size()))
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
    return Ok;
}

int WorkspaceCommands::importFrom(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add the environments and requests of a Keyway export or a Postman collection (v2.1) to the "
           "workspace; keys found in a collection move into the keychain."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export file to read."));
    const QString command = QStringLiteral("workspace import");
    if (auto done = m_context.parse(parser, command, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return m_context.usageError(tr("'workspace import' takes exactly one file"), command);
    auto workspace = m_context.loadWorkspace();
    if (!workspace)
        return m_context.workspaceFailure(workspace.failure());
    const auto read = AnyImport::read(parser.positionalArguments().first());
    if (!read)
        return m_context.fail(read.failure());
    for (const QString &left : read->unsupported)
        m_context.err() << tr("warning: left out: %1").arg(left) << Qt::endl;
    if (!read->secrets.isEmpty()) {
        if (int storage = m_context.requireSecureStorage(); storage != Ok)
            return storage; // before writing anything: keys found in the file must not be lost
    }
    const auto imported = WorkspaceExport::importInto(workspace.value(), read->bundle);
    if (!imported)
        return m_context.fail(imported.failure());
    m_context.out() << tr("Imported %1 and %n request(s).", nullptr, imported->requests)
                           .arg(imported->environments.join(QStringLiteral(", ")))
                    << Qt::endl;
    for (const QString &renamed : imported->renamed)
        m_context.out() << tr("Renamed because the name was taken: %1").arg(renamed) << Qt::endl;
    if (!read->secrets.isEmpty()) {
        const QString target = imported->environments.first();
        for (auto it = read->secrets.cbegin(); it != read->secrets.cend(); ++it) {
            const SecretOutcome outcome
                = m_context.writeSecret({workspace->id, target, it.key()}, it.value());
            if (outcome.result != SecretJob::Result::Ok)
                return m_context.reportSecretFailure(outcome, tr("storing secret '%1'").arg(it.key()));
        }
        m_context.out() << tr(
            "Moved %n key(s) found in the file into the keychain; the file still holds them.", nullptr,
            int(read->secrets.size()))
                        << Qt::endl;
    }
    return askForSecrets(workspace.value(), imported->environments, read->secrets.keys());
}

int WorkspaceCommands::askForSecrets(
    const Workspace &workspace, const QStringList &environments, const QStringList &stored)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    for (const QString &name : environments) {
        for (const QString &slot : workspace.environment(name)->secretSlots) {
            if (name == environments.first() && stored.contains(slot))
                continue;
            if (!terminal) {
                m_context.out() << tr("Set its value with: keyway-cli secret set %1 %2").arg(name, slot)
                                << Qt::endl;
                continue;
            }
            auto value
                = SecretInput::read(tr("Value for %1 in %2 (input hidden, empty to skip): ").arg(slot, name));
            if (!value)
                return m_context.fail(value.failure());
            if (value->trimmed().isEmpty())
                continue;
            const SecretOutcome outcome = m_context.writeSecret({workspace.id, name, slot}, value->trimmed());
            value.value().fill(QLatin1Char('\0'));
            if (outcome.result != SecretJob::Result::Ok)
                return m_context.reportSecretFailure(outcome, tr("storing secret '%1'").arg(slot));
        }
    }
    return Ok;
}

} // namespace keyway::cli
