#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli secret set | list | rm — values go to and come from the system keychain only.
class SecretCommands
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)

public:
    explicit SecretCommands(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    int set(const QStringList &arguments);
    int list(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int groupHelp();

    CliContext &m_context;
};

} // namespace keyway::cli
