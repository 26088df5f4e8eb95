#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway {

// Splits a command line the way a POSIX shell would before running it: 'single', "double" (with
// \" \\ \$ \` escapes), $'ANSI-C' quotes (\n \t \xHH \uHHHH …), backslash escapes and line
// continuations (backslash-newline, also the ^ and ` continuations of copied Windows commands).
// No expansion is done: $VAR stays as written. An unclosed quote is an error naming where it began.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)

public:
    static Expected<QStringList> split(const QString &commandLine);
};

} // namespace keyway
