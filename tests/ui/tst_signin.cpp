#include "auth/TokenBroker.h"
#include "core/Settings.h"
#include "environments/EnvironmentBar.h"
#include "history/HistoryStore.h"
#include "keys/SignInDialog.h"
#include "MainWindow.h"
#include "response/ErrorCard.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedBrowser.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"
#include "WidgetGrab.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

namespace {
const QString ConsentBrowser = QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/consent-browser.sh");
}

// The guided sign-in window, end to end: the system browser launcher runs $BROWSER, here a
// helper that approves or denies the sandbox's consent page over HTTP like a user would.
class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    MemorySecretStore m_secrets;
    KeyService m_keys {m_secrets, m_dir.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    HistoryStore m_history;
    ScriptedPrompter m_prompter;
    int m_windows = 0;

    std::unique_ptr<MainWindow> openOAuthWindow(std::unique_ptr<Settings> &settings)
    {
        const QString root = m_dir.filePath(QStringLiteral("ws%1").arg(++m_windows));
        auto workspace = WorkspaceStore::create(root, QStringLiteral("Sign-in")).value();
        Environment oauth;
        oauth.name = QStringLiteral("oauth");
        oauth.preset = QStringLiteral("bigledger");
        oauth.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        oauth.auth.kind = AuthKind::AuthorizationCode;
        oauth.auth.authorizeUrl = m_server.baseUrl().toString() + QStringLiteral("/oauth/authorize");
        oauth.auth.tokenUrl = m_server.baseUrl().toString() + QStringLiteral("/oauth/token");
        oauth.auth.clientId = DemoCredentials::publicClientId();
        oauth.auth.scopes = {QStringLiteral("read:accounts"), QStringLiteral("offline_access")};
        [&] { QVERIFY(WorkspaceStore::saveEnvironment(workspace, oauth)); }();
        settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("keyway%1.conf").arg(m_windows)));
        auto window = std::make_unique<MainWindow>(m_prompter, *settings, m_keys, m_history);
        window->show();
        [&] { QVERIFY(window->openWorkspace(root)); }();
        window->session()->selectEnvironment(QStringLiteral("oauth"));
        return window;
    }

    static SignInDialog *openDialog(MainWindow &window)
    {
        window.findChild<QAction *>(QStringLiteral("signInAction"))->trigger();
        return window.findChild<SignInDialog *>();
    }

    static void check(SignInDialog &dialog, const QString &scope, bool on)
    {
        for (int row = 0; row < dialog.scopeTable()->rowCount(); ++row) {
            if (dialog.scopeTable()->item(row, 0)->text() == scope)
                dialog.scopeTable()->item(row, 0)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }

    static QString grantedCell(SignInDialog &dialog, const QString &scope)
    {
        for (int row = 0; row < dialog.resultScopes()->rowCount(); ++row) {
            if (dialog.resultScopes()->item(row, 0)->text() == scope)
                return dialog.resultScopes()->item(row, 2)->text();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("BROWSER", ConsentBrowser.toUtf8());
        QVERIFY(m_server.start());
    }

    void cleanup()
    {
        qunsetenv("KEYWAY_TEST_CONSENT");
        qunsetenv("KEYWAY_TEST_CONSENT_DROP");
        qputenv("BROWSER", ConsentBrowser.toUtf8());
    }

    void signsInWithTheChosenScopesAndShowsWhatWasGranted()
    {
        std::unique_ptr<Settings> settings;
        auto window = openOAuthWindow(settings);
        SignInDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QCOMPARE(dialog->step(), SignInDialog::Step::Explain);
        // The scope table explains each scope and offers the preset's others, unticked.
        QVERIFY(dialog->scopeTable()->rowCount() > 2);
        QCOMPARE(dialog->scopeTable()->item(0, 1)->text(), QStringLiteral("Read the chart of accounts"));
        check(*dialog, QStringLiteral("write:invoices"), true);
        QCOMPARE(dialog->chosenScopes(),
            (QStringList {QStringLiteral("read:accounts"), QStringLiteral("offline_access"),
                QStringLiteral("write:invoices")}));
        qputenv("KEYWAY_TEST_CONSENT_DROP", "write:invoices"); // the user unticks it in the browser
        grabIfAsked(dialog, QStringLiteral("signin-explain"));

        QSignalSpy identity(dialog, &SignInDialog::identityShown);
        dialog->findChild<QPushButton *>(QStringLiteral("startSignIn"))->click();
        QCOMPARE(dialog->step(), SignInDialog::Step::Waiting);
        QVERIFY(dialog->elapsedText().startsWith(QLatin1String("Waiting for 0:0")));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), SignInDialog::Step::Result, 20'000);
        QVERIFY2(dialog->resultText().contains(QLatin1String("Signed in to oauth")),
            qPrintable(dialog->resultText()));
        QVERIFY(dialog->waitingUrl().contains(QLatin1String("code_challenge")));
        QCOMPARE(grantedCell(*dialog, QStringLiteral("read:accounts")), QStringLiteral("granted"));
        QCOMPARE(grantedCell(*dialog, QStringLiteral("write:invoices")), QStringLiteral("not granted"));
        // An hour, or a second less, depending on when the countdown read the clock.
        const QString expiry = dialog->findChild<QLabel *>(QStringLiteral("expiry"))->text();
        QVERIFY2(expiry.contains(QLatin1String("expires in 59:"))
                || expiry.contains(QLatin1String("expires in 1:00:00")),
            qPrintable(expiry));
        QVERIFY(!dialog->tryAgainButton()->isVisibleTo(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(identity.count() > 0, 10'000); // may have come while waiting above
        QVERIFY2(dialog->identityText().contains(QLatin1String("Demo Company")),
            qPrintable(dialog->identityText()));

        QCOMPARE(window->session()->credentialState().kind, CredentialState::Kind::SignedIn);
        QCOMPARE(runSecretJob(
                     m_secrets.read(TokenBroker::tokenKey(window->workspace().id, QStringLiteral("oauth"))))
                     .result,
            SecretJob::Result::Ok);
        dialog->accept();
    }

    void aDeniedConsentSaysSoAndOffersTryAgain()
    {
        std::unique_ptr<Settings> settings;
        auto window = openOAuthWindow(settings);
        qputenv("KEYWAY_TEST_CONSENT", "deny");
        SignInDialog *dialog = openDialog(*window);
        dialog->start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), SignInDialog::Step::Result, 20'000);
        QVERIFY2(
            dialog->resultText().contains(QLatin1String("Not signed in")), qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains(QLatin1String("denied")), qPrintable(dialog->resultText()));
        QVERIFY(dialog->tryAgainButton()->isVisibleTo(dialog));
        QCOMPARE(window->session()->credentialState().kind, CredentialState::Kind::SignInNeeded);

        // Try again, and this time approve.
        dialog->tryAgainButton()->click();
        QCOMPARE(dialog->step(), SignInDialog::Step::Explain);
        qunsetenv("KEYWAY_TEST_CONSENT");
        dialog->start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), SignInDialog::Step::Result, 20'000);
        QVERIFY2(dialog->resultText().contains(QLatin1String("Signed in")), qPrintable(dialog->resultText()));
    }

    void cancelClosesTheListener()
    {
        std::unique_ptr<Settings> settings;
        auto window = openOAuthWindow(settings);
        qputenv("BROWSER", "true"); // a browser that never comes back
        SignInDialog *dialog = openDialog(*window);
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->waitingUrl().isEmpty(), 10'000);
        const QUrl redirect(QUrlQuery(QUrl(dialog->waitingUrl()))
                                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        // The clock runs (on a busy machine a tick may be late, so any second after the first will do).
        QTRY_VERIFY_WITH_TIMEOUT(dialog->elapsedText().startsWith(QLatin1String("Waiting for 0:0"))
                && !dialog->elapsedText().startsWith(QLatin1String("Waiting for 0:00")),
            5000);
        grabIfAsked(dialog, QStringLiteral("signin-waiting"));
        dialog->cancel();
        QTRY_COMPARE(dialog->step(), SignInDialog::Step::Result);
        QVERIFY(dialog->resultText().contains(QLatin1String("cancelled")));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY2(!probe.waitForConnected(2000), "the loopback port is closed after Cancel");
    }

    void aBrowserThatCannotStartIsNamed()
    {
        std::unique_ptr<Settings> settings;
        auto window = openOAuthWindow(settings);
        qputenv("BROWSER", "/nonexistent/keyway-test-browser");
        SignInDialog *dialog = openDialog(*window);
        dialog->start();
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("waitingHint"));
        QTRY_VERIFY2(
            hint->text().contains(QLatin1String("No browser window opened")), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QLatin1String("keyway-test-browser")));
        QVERIFY(!dialog->waitingUrl().isEmpty()); // the address to open by hand is there
        dialog->cancel();
        QTRY_COMPARE(dialog->step(), SignInDialog::Step::Result);
    }

    void tokenEndpointAndStateErrorsAreShown()
    {
        std::unique_ptr<Settings> settings;
        auto window = openOAuthWindow(settings);
        ScriptedBrowser browser;
        window->session()->setBrowserLauncher(&browser);

        // A code the server never issued: the token endpoint's error comes back as a card.
        browser.tamper = [](QUrl &callback) {
            QUrlQuery query(callback);
            query.removeAllQueryItems(QStringLiteral("code"));
            query.addQueryItem(QStringLiteral("code"), QStringLiteral("forged-code"));
            callback.setQuery(query);
        };
        SignInDialog *dialog = openDialog(*window);
        dialog->start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), SignInDialog::Step::Result, 20'000);
        QVERIFY2(
            dialog->resultText().contains(QLatin1String("invalid_grant")), qPrintable(dialog->resultText()));
        QVERIFY(dialog->errorCard()->isVisibleTo(dialog));
        QCOMPARE(dialog->errorCard()->report().code, QStringLiteral("invalid_grant"));

        // An answer for another attempt (wrong state) is refused before any code is used.
        browser.tamper = [](QUrl &callback) {
            QUrlQuery query(callback);
            query.removeAllQueryItems(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("someone-elses"));
            callback.setQuery(query);
        };
        dialog->tryAgain();
        dialog->start();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), SignInDialog::Step::Result, 20'000);
        QVERIFY2(dialog->resultText().contains(QLatin1String("state")), qPrintable(dialog->resultText()));
        QVERIFY(!dialog->errorCard()->isVisibleTo(dialog));
        window->session()->setBrowserLauncher(nullptr);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
