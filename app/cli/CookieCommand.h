#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli cookies ENV [--clear] — the cookies ENV's answers have set (values masked), or none.
class CookieCommand
{
    Q_DECLARE_TR_FUNCTIONS(CookieCommand)

public:
    explicit CookieCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    CliContext &m_context;
};

} // namespace keyway::cli
