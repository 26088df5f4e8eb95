#include "cli/WorkspaceCommands.h"

#include "cli/CliContext.h"
#include "storage/WorkspaceStore.h"

#include <QDir>

namespace keyway::cli {

int WorkspaceCommands::run(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("init"))
        return init(arguments.mid(1));
    if (sub == QLatin1String("show"))
        return show(arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return groupHelp();
    return m_context.usageError(tr("unknown command 'workspace %1'").arg(sub), QStringLiteral("workspace"));
}

int WorkspaceCommands::groupHelp()
{
    m_context.out() << tr("Usage: keyway-cli workspace COMMAND\n\n"
                          "Commands:\n"
                          "  init DIR [--name NAME]  Create a workspace folder (keep it in git if you like)\n"
                          "  show                    Show the workspace's name, id, folder and contents\n");
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

} // namespace keyway::cli
