#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli verify ENV — checks ENV's keys the way the window's Verify does, and records
// "last verified" for them when they work.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    explicit VerifyCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace keyway::cli
