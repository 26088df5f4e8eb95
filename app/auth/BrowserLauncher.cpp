#include "auth/BrowserLauncher.h"

#include <QProcess>

namespace keyway {

Status SystemBrowserLauncher::open(const QUrl &url)
{
    // ../shared/OAUTH-QT64.md trap 16: $BROWSER split like a shell would, the URL fully encoded.
    QStringList command = QProcess::splitCommand(qEnvironmentVariable("BROWSER"));
    if (command.isEmpty())
        command = {QStringLiteral("xdg-open")};
    const QString program = command.takeFirst();
    command.append(url.toString(QUrl::FullyEncoded));
    if (!QProcess::startDetached(program, command))
        return Failure {ErrorKind::Io,
            tr("could not start the browser (%1); open the sign-in address by hand").arg(program)};
    return {};
}

} // namespace keyway
