#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli sandbox [--port N] [--token-lifetime SECONDS]: runs the embedded sandbox until
// interrupted and prints its URL and demo credentials.
class SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    explicit SandboxCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace keyway::cli
