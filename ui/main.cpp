#include "common/StartupProbe.h"
#include "common/WidgetPrompter.h"
#include "core/AppPaths.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "history/HistoryStore.h"
#include "MainWindow.h"
#include "secrets/SecretStoreFactory.h"
#include "session/KeyService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    keyway::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyway"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyway"));
    QApplication::setApplicationVersion(QString::fromLatin1(keyway::Version));
    QApplication::setDesktopFileName(QString::fromLatin1(keyway::AppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keyway.svg")));
    // The UI follows the system locale unless Settings → Language names one; languages without a
    // catalog stay English.
    keyway::Settings settings;
    const QString language = settings.value(keyway::SettingKeys::Language);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator keywayTranslator;
    // Languages without a catalog (and the C locale) get English with its plural forms.
    if (keywayTranslator.load(locale, QStringLiteral("keyway"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || keywayTranslator.load(QStringLiteral(":/i18n/keyway_en")))
        QApplication::installTranslator(&keywayTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Keyway: API explorer and key manager."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
        QApplication::translate("main", "Open the workspace in DIR."), QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QApplication::translate("main", "Try the local sandbox: a demo API and OAuth server inside Keyway."));
    parser.addOption(sandboxOption);
    parser.process(app);

    keyway::ui::WidgetPrompter prompter;
    const auto secrets = keyway::createSystemSecretStore();
    keyway::KeyService keys(*secrets, keyway::KeyMetadataStore::defaultPath());
    keyway::HistoryStore history(settings.value(keyway::SettingKeys::HistoryBodyLimitBytes));
    (void)history.open(
        keyway::AppPaths::dataDir() + QStringLiteral("/history.db")); // the panel shows any notice
    keyway::ui::MainWindow window(prompter, settings, keys, history);
    QString workspace = parser.value(workspaceOption);
    const bool firstRun = workspace.isEmpty() && settings.value(keyway::SettingKeys::LastWorkspace).isEmpty()
        && !QFileInfo::exists(keyway::AppPaths::defaultWorkspaceDir());
    if (workspace.isEmpty())
        workspace = settings.value(keyway::SettingKeys::LastWorkspace);
    if (workspace.isEmpty())
        workspace = keyway::AppPaths::defaultWorkspaceDir();
    window.openWorkspace(workspace);
    // Asked once the window is up, so the question has context.
    QTimer::singleShot(
        0, &window, [&window, &prompter, firstRun, explicitSandbox = parser.isSet(sandboxOption)] {
            const bool trySandbox = explicitSandbox
                || (firstRun
                    && prompter.confirm(&window, QApplication::translate("main", "Welcome to Keyway"),
                        QApplication::translate("main",
                            "Try the local sandbox? Keyway starts a demo API inside the app, with sample "
                            "requests, a "
                            "demo key in your keychain and an OAuth sign-in you can approve in your browser. "
                            "Nothing "
                            "leaves this machine."),
                        QApplication::translate("main", "Try the Local Sandbox")));
            if (trySandbox)
                window.tryLocalSandbox();
        });
    keyway::ui::StartupProbe::installIfRequested(&app);
    window.show();
    return QApplication::exec();
}
