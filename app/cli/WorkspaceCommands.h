#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli workspace init | show
class WorkspaceCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)

public:
    explicit WorkspaceCommands(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int init(const QStringList &arguments);
    int show(const QStringList &arguments);
    int groupHelp();

    CliContext &m_context;
};

} // namespace keyway::cli
