#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli env add | list | show | edit | set | unset | company | rm
class EnvCommands
{
    Q_DECLARE_TR_FUNCTIONS(EnvCommands)

public:
    explicit EnvCommands(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int edit(const QStringList &arguments);
    int set(const QStringList &arguments);
    int unset(const QStringList &arguments);
    int company(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int groupHelp();

    CliContext &m_context;
};

} // namespace keyway::cli
