#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "environments/AuthChip.h"
#include "environments/EnvironmentBar.h"
#include "history/HistoryStore.h"
#include "keys/SignInDialog.h"
#include "MainWindow.h"
#include "response/ResponseView.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedBrowser.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// Signing in from the window: the chip, the browser round trip, refresh and sign-out.
class TestAuthChip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    ScriptedPrompter m_prompter;
    HistoryStore m_history;
    ScriptedBrowser m_browser;

    QToolButton *button(MainWindow &window, const char *name)
    {
        return window.environmentBar()->authChip()->findChild<QToolButton *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void signInRefreshAndSignOut()
    {
        const QString root = m_dir.filePath(QStringLiteral("ws"));
        auto workspace = WorkspaceStore::create(root, QStringLiteral("UI")).value();
        Environment api;
        api.name = QStringLiteral("a-key");
        api.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        api.auth.kind = AuthKind::Static;
        api.auth.headers = {{QStringLiteral("X-API-Key"), QStringLiteral("k"), true}};
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, api).ok());
        Environment oauth;
        oauth.name = QStringLiteral("b-oauth");
        oauth.baseUrl = api.baseUrl;
        oauth.auth.kind = AuthKind::AuthorizationCode;
        oauth.auth.authorizeUrl = m_server.baseUrl().toString() + QStringLiteral("/oauth/authorize");
        oauth.auth.tokenUrl = m_server.baseUrl().toString() + QStringLiteral("/oauth/token");
        oauth.auth.clientId = DemoCredentials::publicClientId();
        oauth.auth.scopes = {QStringLiteral("read:accounts"), QStringLiteral("offline_access")};
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, oauth).ok());

        Settings settings(m_dir.filePath(QStringLiteral("keyway.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        window.session()->setBrowserLauncher(&m_browser);
        QVERIFY(window.openWorkspace(root));
        AuthChip *chip = window.environmentBar()->authChip();
        QTRY_COMPARE(chip->text(), QStringLiteral("API key"));

        window.session()->selectEnvironment(QStringLiteral("b-oauth"));
        QTRY_COMPARE(chip->text(), QStringLiteral("Sign-in needed"));
        QVERIFY(!button(window, "signIn")->isHidden());

        QTest::mouseClick(button(window, "signIn"), Qt::LeftButton); // opens the guided sign-in
        auto *dialog = window.findChild<SignInDialog *>();
        QVERIFY(dialog);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            chip->text().startsWith(QStringLiteral("Signed in \u2014 token expires in 59:")), 20'000);
        QVERIFY(!button(window, "refreshToken")->isHidden());
        QCOMPARE(window.session()->credentialState().grantedScopes, oauth.auth.scopes);

        // The signed-in environment sends with the token.
        window.requestPane()->composer()->urlEdit()->setText(QStringLiteral("/accounts"));
        QSignalSpy sent(window.requestPane(), &RequestPane::sent);
        window.findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QVERIFY(sent.wait(20'000));
        QVERIFY(window.requestPane()->responseView()->statusText().startsWith(QLatin1String("200")));

        QTest::mouseClick(button(window, "refreshToken"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.authority().refreshRequests(), 1, 20'000);
        QTRY_VERIFY(chip->text().startsWith(QStringLiteral("Signed in")));

        QTest::mouseClick(button(window, "signOut"), Qt::LeftButton);
        QTRY_COMPARE(chip->text(), QStringLiteral("Sign-in needed"));
    }
};

QTEST_MAIN(TestAuthChip)
#include "tst_authchip.moc"
