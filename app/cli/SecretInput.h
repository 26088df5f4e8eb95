#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace keyway::cli {

// Reads a secret value the safe way: from a no-echo prompt on a terminal, or from standard input
// when it is a pipe or file. Never from the command line, where it would reach shell history and
// the process list.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static Expected<QString> read(const QString &prompt);

private:
    static Expected<QString> readFromTerminal(const QString &prompt);
    static Expected<QString> readFromPipe();
};

} // namespace keyway::cli
