#include "cli/SecretInput.h"

#include <cstdio>
#include <iostream>
#include <QFile>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace keyway::cli {

namespace {

constexpr qsizetype MaxSecretBytes = 64 * 1024;

// Restores the terminal's echo even if reading is interrupted by an exception.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

} // namespace

Expected<QString> SecretInput::read(const QString &prompt)
{
    return isatty(STDIN_FILENO) ? readFromTerminal(prompt) : readFromPipe();
}

Expected<QString> SecretInput::readFromTerminal(const QString &prompt)
{
    std::string line;
    {
        EchoOff echoOff; // before the prompt, so nothing typed after it can be echoed
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        std::getline(std::cin, line);
    }
    std::fputs("\n", stderr);
    QString value = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (value.isEmpty())
        return Failure {ErrorKind::Invalid, tr("no value entered; nothing was stored")};
    return value;
}

Expected<QString> SecretInput::readFromPipe()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Failure {ErrorKind::Io, tr("cannot read standard input")};
    QByteArray data = in.read(MaxSecretBytes + 1);
    if (data.size() > MaxSecretBytes) {
        data.fill('\0');
        return Failure {ErrorKind::Invalid,
            tr("the value on standard input is larger than %1 KiB").arg(MaxSecretBytes / 1024)};
    }
    // One trailing newline is what `echo` and editors add; it is not part of the secret.
    if (data.endsWith('\n'))
        data.chop(data.endsWith("\r\n") ? 2 : 1);
    QString value = QString::fromUtf8(data);
    data.fill('\0');
    if (value.isEmpty())
        return Failure {ErrorKind::Invalid, tr("standard input was empty; nothing was stored")};
    if (value.contains(QLatin1Char('\n')))
        return Failure {ErrorKind::Invalid,
            tr("the value on standard input has more than one line; a secret is one "
               "line")};
    return value;
}

} // namespace keyway::cli
