#include "composer/SnippetDialog.h"
#include "core/Settings.h"
#include "environments/NewEnvironmentWizard.h"
#include "history/HistoryStore.h"
#include "keys/KeyManagerDialog.h"
#include "keys/SignInDialog.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "settings/SettingsDialog.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace keyway;
using namespace keyway::ui;

// Every control a screen reader lands on in the main window says what it is: a button its text,
// accessible name or tooltip; an input field or list its accessible name or a label pointing at it.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    static bool hasBuddyLabel(const QWidget *widget, const QWidget *root)
    {
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() == widget)
                return true;
        }
        return false;
    }

    static QString describe(const QWidget *widget)
    {
        return QStringLiteral("%1 '%2'").arg(
            QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }

    static QStringList unnamedIn(QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->accessibleName().isEmpty()) // every widget, also those on other tabs
                continue;
            if (qobject_cast<QHeaderView *>(widget)) // part of the table that is named
                continue;
            bool insideCombo = false; // a combo box's popup list is named by the combo box
            for (QWidget *up = widget->parentWidget(); up && !insideCombo; up = up->parentWidget())
                insideCombo = qobject_cast<QComboBox *>(up) != nullptr;
            if (insideCombo)
                continue;
            // Qt's own helpers (clear buttons, corner buttons, overflow arrows) are named by Qt.
            const QString className = QString::fromLatin1(widget->metaObject()->className());
            if (widget->objectName().startsWith(QLatin1String("qt_"))
                || className == QLatin1String("QLineEditIconButton")
                || className == QLatin1String("QTableCornerButton")
                || className == QLatin1String("QToolBarExtension"))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                if (button->text().isEmpty() && button->toolTip().isEmpty())
                    unnamed << describe(widget);
            } else if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)) {
                // Line edits inside combo boxes and spin boxes are named by their owner.
                if (qobject_cast<QComboBox *>(widget->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                    continue;
                if (!hasBuddyLabel(widget, root) && widget->toolTip().isEmpty())
                    unnamed << describe(widget);
            }
        }
        return unnamed;
    }

private Q_SLOTS:
    void everyControlHasAName()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        ScriptedPrompter prompter;
        MemorySecretStore secrets;
        KeyService keys(secrets, home.filePath(QStringLiteral("key-dates.json")));
        HistoryStore history;
        MainWindow window(prompter, settings, keys, history);
        QVERIFY(WorkspaceStore::create(home.filePath(QStringLiteral("ws")), QStringLiteral("A11y")));
        QVERIFY(window.openWorkspace(home.filePath(QStringLiteral("ws"))));
        window.show();
        const QStringList unnamed = unnamedIn(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void everyDialogControlHasAName()
    {
        QTemporaryDir home;
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        Settings settings(home.filePath(QStringLiteral("keyway.conf")));
        ScriptedPrompter prompter;
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        auto workspace
            = WorkspaceStore::create(home.filePath(QStringLiteral("ws")), QStringLiteral("A11y")).value();
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = QStringLiteral("https://api.example.com");
        env.preset = QStringLiteral("bigledger");
        env.auth.kind = AuthKind::AuthorizationCode;
        env.auth.authorizeUrl = QStringLiteral("https://login.example.com/a");
        env.auth.tokenUrl = QStringLiteral("https://login.example.com/t");
        env.auth.clientId = QStringLiteral("c");
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, env));
        workspace = WorkspaceStore::load(workspace.rootPath).value();
        EnvironmentSession session(secrets, network);
        session.setWorkspace(workspace);
        session.selectEnvironment(QStringLiteral("sandbox"));
        KeyService keyService(secrets);
        KeyManagerDialog keys(workspace, keyService, network, session.tokenBrokers(), prompter);
        NewEnvironmentWizard wizard(workspace, keyService, network, session.tokenBrokers());
        SignInDialog signIn(session, secrets, network);
        SettingsDialog settingsDialog(settings, prompter);
        SnippetDialog snippets(session, RequestSpec {});
        for (QWidget *dialog :
            std::initializer_list<QWidget *> {&keys, &wizard, &signIn, &settingsDialog, &snippets}) {
            const QStringList unnamed = unnamedIn(dialog);
            QVERIFY2(unnamed.isEmpty(),
                qPrintable(QString::fromLatin1(dialog->metaObject()->className()) + QStringLiteral(":\n")
                    + unnamed.join(u'\n')));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
