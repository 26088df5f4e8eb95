#include "core/AppPaths.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "secrets/SecretStoreFactory.h"
#include "WidgetPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    keyway::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyway"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyway"));
    QApplication::setApplicationVersion(QString::fromLatin1(keyway::Version));
    QApplication::setDesktopFileName(QString::fromLatin1(keyway::AppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keyway: API explorer and key manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
        QApplication::translate("main", "Open the workspace in DIR."), QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.process(app);

    keyway::Settings settings;
    keyway::ui::WidgetPrompter prompter;
    const auto secrets = keyway::createSystemSecretStore();
    keyway::HistoryStore history(settings.value(keyway::SettingKeys::HistoryBodyLimitBytes));
    (void)history.open(
        keyway::AppPaths::dataDir() + QStringLiteral("/history.db")); // the panel shows any notice
    keyway::ui::MainWindow window(prompter, settings, *secrets, history);
    QString workspace = parser.value(workspaceOption);
    if (workspace.isEmpty())
        workspace = settings.value(keyway::SettingKeys::LastWorkspace);
    if (workspace.isEmpty())
        workspace = keyway::AppPaths::defaultWorkspaceDir();
    window.openWorkspace(workspace);
    keyway::ui::StartupProbe::installIfRequested(&app);
    window.show();
    return QApplication::exec();
}
