#include "cli/CliApp.h"
#include "core/ProcessHardening.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    keyway::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyway-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(keyway::Version));
    // Plural forms only: keyway-cli speaks English whatever the locale, as scripts parse it.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/keyway_en")))
        QCoreApplication::installTranslator(&plurals);
    return keyway::cli::CliApp::run(QCoreApplication::arguments().mid(1));
}
