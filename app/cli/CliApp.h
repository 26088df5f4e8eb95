#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

// keyway-cli's entry: global options (--workspace, --help, --version), then one command group.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // `arguments` without the program name.
    static int run(const QStringList &arguments);

private:
    static QString globalHelp();
};

} // namespace keyway::cli
