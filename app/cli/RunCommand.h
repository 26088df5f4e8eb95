#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway {
struct RunResult;
}

namespace keyway::cli {

class CliContext;

// keyway-cli run COLLECTION --env ENV [--iterations N] [--bail] [--junit FILE]: the saved requests
// of a folder in order, one line each; exit 1 when any failed. For CI.
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

    CliContext &m_context;
};

} // namespace keyway::cli
