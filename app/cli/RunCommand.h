#pragma once

#include "checks/CapturedVariables.h"
#include "model/Workspace.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace keyway {
struct RunResult;
}

namespace keyway::cli {

class CliContext;

// keyway-cli run COLLECTION --env ENV [--iterations N | --data FILE] [--env-var NAME=VALUE]…
// [--bail] [--delay MS] [--junit FILE] [--json-report FILE]: the saved requests of a folder in
// order, one line each with the failed checks under it; exit 1 when any failed. For CI.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    explicit RunCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    void printLine(const RunResult &result);
    // Writes the captures marked `save` to the environment (file, or keychain for secrets); an exit
    // code when that failed.
    std::optional<int> keepSavedCaptures(const Workspace &workspace, const Environment &env, const CapturedVariables &captured);
    // "[k/total] running…" on standard error when it is a terminal; (0, 0) clears it.
    void showProgress(int done, int total);

    CliContext &m_context;
    int m_done = 0;
};

} // namespace keyway::cli
