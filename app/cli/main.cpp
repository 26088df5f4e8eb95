#include "cli/CliApp.h"
#include "core/ProcessHardening.h"
#include "core/Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    keyway::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(keyway::Version));
    return keyway::cli::CliApp::run(QCoreApplication::arguments().mid(1));
}
