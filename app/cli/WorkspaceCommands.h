#pragma once

#include "model/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli workspace init | show | export | import
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
    int exportTo(const QStringList &arguments);
    int importFrom(const QStringList &arguments);
    int askForSecrets(const Workspace &workspace, const QStringList &environments, const QStringList &stored);
    int groupHelp();

    CliContext &m_context;
};

} // namespace keyway::cli
