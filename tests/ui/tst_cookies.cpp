#include "common/Pill.h"
#include "composer/PreviewModel.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "cookies/CookieDialog.h"
#include "core/Settings.h"
#include "EnglishPlurals.h"
#include "history/HistoryStore.h"
#include "http/CookieJars.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "model/SecretMask.h"
#include "response/ResponseView.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/EnvironmentSession.h"
#include "session/KeyService.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TriggerAction.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The cookie jar in the window (issue 14 item 3): a login's session kept and sent on, shown masked
// in the Wire tab, and the Cookies window to look at, edit and clear it, written to the keychain.
class TestCookies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    sandbox::SandboxServer m_server;
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_home.filePath(QStringLiteral("key-dates.json"))};
    HistoryStore m_history;
    QTranslator m_plurals; // "1 cookie", as the window says it

    Workspace makeShop()
    {
        Workspace workspace = WorkspaceStore::create(m_home.filePath(QStringLiteral("ws")), QStringLiteral("Shop")).value();
        Environment env;
        env.name = QStringLiteral("shop");
        env.baseUrl = m_server.baseUrl().toString();
        env.addSecretSlot(AuthSetting::clientSecretSlot());
        env.auth.kind = AuthKind::SignedJwt;
        env.auth.signingKeySlot = AuthSetting::clientSecretSlot();
        env.auth.jwtClaims = {{QStringLiteral("iss"), DemoCredentials::bigCommerceClientId()},
            {QStringLiteral("iat"), QStringLiteral("{{$timestamp}}"), true, true},
            {QStringLiteral("jti"), QStringLiteral("{{$uuid}}")},
            {QStringLiteral("operation"), QStringLiteral("customer_login")},
            {QStringLiteral("store_hash"), DemoCredentials::storeHash()},
            {QStringLiteral("customer_id"), QStringLiteral("42"), true, true}};
        (void)WorkspaceStore::saveEnvironment(workspace, env);
        (void)runSecretJob(m_secrets.write(
            {workspace.id, env.name, AuthSetting::clientSecretSlot()}, DemoCredentials::bigCommerceClientSecret()));
        return WorkspaceStore::load(workspace.rootPath).value();
    }

    static void send(MainWindow &window, const QString &url)
    {
        window.tabs()->newRequest({});
        RequestPane *pane = window.requestPane();
        pane->composer()->urlEdit()->setText(url);
        QSignalSpy sent(pane, &RequestPane::sent);
        QTest::mouseClick(pane->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(sent.wait(20'000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        keepForLeakCheck(m_home);
        QVERIFY(installEnglishPlurals(m_plurals));
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(m_server.start());
    }

    void aLoginsSessionIsKeptShownMaskedAndCanBeCleared()
    {
        const Workspace workspace = makeShop();
        Settings settings(m_home.filePath(QStringLiteral("keyway.conf")));
        MainWindow window(m_prompter, settings, m_keys, m_history);
        QVERIFY(window.openWorkspace(workspace.rootPath));
        window.session()->selectEnvironment(QStringLiteral("shop"));
        QTRY_VERIFY(window.session()->secretsLoaded());

        send(window, QStringLiteral("/login/token/{{jwt}}"));
        Pill *pill = window.requestPane()->responseView()->statusPill();
        QVERIFY2(pill->text().startsWith(QLatin1String("200")), qPrintable(pill->text()));
        const SecretKey stored = CookieJars::key(workspace.id, QStringLiteral("shop"));
        QTRY_VERIFY(runSecretJob(m_secrets.read(stored)).value.contains(QLatin1String("SHOP_SESSION_TOKEN")));

        // The next request shows the cookie it will carry, masked.
        window.tabs()->newRequest({});
        window.requestPane()->composer()->urlEdit()->setText(QStringLiteral("/account.php"));
        QTRY_VERIFY(window.requestPane()->previewModel()->valueOf(QStringLiteral("Cookie")).startsWith(
            QStringLiteral("SHOP_SESSION_TOKEN=") + SecretMask::dots()));
        QVERIFY(!window.requestPane()->previewModel()->valueOf(QStringLiteral("Cookie")).contains(QLatin1String("sbx_session_")));

        // Keys → Cookies…: the session, masked; its value edited, then deleted.
        triggerAction(window, "cookiesAction");
        auto *dialog = window.findChild<CookieDialog *>(QStringLiteral("cookieDialog"));
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("SHOP_SESSION_TOKEN"));
        QVERIFY(dialog->table()->item(0, 1)->text().startsWith(SecretMask::dots()));
        QVERIFY(dialog->table()->item(0, 5)->text().contains(QLatin1String("HttpOnly")));
        QCOMPARE(dialog->status()->text(), QStringLiteral("1 cookie"));
        dialog->table()->selectRow(0);
        m_prompter.secret = QStringLiteral("edited-session-value-0123456789");
        QSignalSpy saved(dialog, &CookieDialog::saved);
        dialog->editSelected();
        QVERIFY(saved.wait(5000));
        QVERIFY(runSecretJob(m_secrets.read(stored)).value.contains(m_prompter.secret));
        QTRY_VERIFY(window.requestPane()->previewModel()->valueOf(QStringLiteral("Cookie")).endsWith(QLatin1String("6789")));

        m_prompter.confirmAnswer = true;
        dialog->clearAll();
        QVERIFY(saved.wait(5000));
        QCOMPARE(dialog->table()->rowCount(), 0);
        QVERIFY(dialog->status()->text().startsWith(QLatin1String("No cookies yet")));
        QCOMPARE(runSecretJob(m_secrets.read(stored)).result, SecretJob::Result::NotFound);
        QTRY_VERIFY(window.requestPane()->previewModel()->valueOf(QStringLiteral("Cookie")).isEmpty());
        dialog->close();

        // Signed out of the store: the account page says so.
        m_server.clearReceived();
        send(window, QStringLiteral("/account.php"));
        QVERIFY(!m_server.received().isEmpty());
        QVERIFY2(m_server.received().last().header("Cookie").isEmpty(), m_server.received().last().header("Cookie").constData());
        pill = window.requestPane()->responseView()->statusPill();
        QVERIFY2(pill->text().startsWith(QLatin1String("401")), qPrintable(pill->text()));
    }
};

QTEST_MAIN(TestCookies)
#include "tst_cookies.moc"
