#include "auth/TokenBrokers.h"
#include "auth/TokenBroker.h"
#include "auth/TokenSet.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "cookies/CookieDialog.h"
#include "core/Settings.h"
#include "EnglishPlurals.h"
#include "environments/EnvironmentAuthForm.h"
#include "environments/EnvironmentEditor.h"
#include "environments/NewEnvironmentWizard.h"
#include "history/HistoryStore.h"
#include "http/CookieJars.h"
#include "keys/KeyManagerDialog.h"
#include "keys/SignInDialog.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "runner/RunnerPage.h"
#include "runner/RunResultsModel.h"
#include "composer/TemplateLineEdit.h"
#include "response/EventStreamView.h"
#include "response/ResponseView.h"
#include "sandbox/DemoWorkspace.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "secrets/SecretJob.h"
#include "session/EnvironmentSession.h"
#include "settings/SettingsDialog.h"
#include "settings/ShortcutsDialog.h"
#include "storage/WorkspaceStore.h"
#include "tabs/DocumentTabs.h"
#include "TriggerAction.h"
#include "WidgetFit.h"
#include "WidgetGrab.h"
#include "workspace/WorkspacePanel.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QSpinBox>
#include <QTest>
#include <QLocale>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace keyway;
using namespace keyway::ui;

// Walks every visible widget of the main window and of each dialog in their main states, at the
// sizes and in the colour schemes people use, and fails on a widget outside any layout or text that
// is cut off. With $KEYWAY_GRAB_DIR set it also saves a picture of each state (scripts/screenshots).
class TestWindowFit : public QObject
{
    Q_OBJECT

private:
    ScriptedPrompter m_prompter;
    MemorySecretStore m_secrets;
    HistoryStore m_history;
    QTemporaryDir m_home;
    KeyService m_keys {m_secrets, m_home.filePath(QStringLiteral("key-dates.json"))}; // dates where the test says
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_network;
    TokenBrokers m_brokers {m_secrets, m_network};
    QTranslator m_plurals;

    static QString suffix() { return qEnvironmentVariable("KEYWAY_GRAB_SUFFIX"); }
    // The window size most states are drawn at: 1366×768 unless $KEYWAY_GRAB_SIZE says e.g. 1920x1080.
    static QSize baseSize()
    {
        const QStringList parts = qEnvironmentVariable("KEYWAY_GRAB_SIZE").split(QLatin1Char('x'));
        return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize(1366, 768);
    }

    void check(QWidget *widget, const QString &state)
    {
        // Let layouts settle as a running event loop would (a layout request travels up one level a pass).
        for (int pass = 0; pass < 5; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        grabIfAsked(widget, state + suffix());
        const QStringList problems = widgetfit::problems(widget);
        QVERIFY2(problems.isEmpty(),
            qPrintable(state + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void send()
    {
        QSignalSpy sent(m_window->requestPane(), &RequestPane::sent);
        QTest::mouseClick(m_window->requestPane()->composer()->sendButton(), Qt::LeftButton);
        QVERIFY(sent.wait(20'000));
        QTest::qWait(200); // the pretty view formats off the UI thread
    }

    // The first request tab to the front (an environment's tab may be there).
    void showRequestTab()
    {
        for (int index = 0; index < m_window->tabs()->count(); ++index) {
            if (qobject_cast<RequestPane *>(m_window->tabs()->widget(index)))
                return m_window->tabs()->setCurrentIndex(index);
        }
    }

    void openInTab(const QString &name)
    {
        for (const RequestSpec &request : m_window->workspace().requests) {
            if (request.name == name)
                m_window->tabs()->openRequest(request);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        keepForLeakCheck(m_home);
        // The English plural forms, as the app loads them ("0 days", not "0 day(s)").
        // $KEYWAY_FIT_LANGUAGE (de, fr) judges the window in that language: its words are longer.
        const QString language = qEnvironmentVariable("KEYWAY_FIT_LANGUAGE");
        if (language.isEmpty())
            (void)installEnglishPlurals(m_plurals);
        else {
            QLocale::setDefault(QLocale(language)); // as main() does: numbers and sizes in that language too
            QVERIFY(m_plurals.load(QStringLiteral("keyway_") + language, QStringLiteral(KEYWAY_QM_DIR))
                && QCoreApplication::installTranslator(&m_plurals));
        }
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_settings = std::make_unique<Settings>(m_home.filePath(QStringLiteral("keyway.conf")));
        QVERIFY(m_history.open(m_home.filePath(QStringLiteral("history.db"))).ok()); // sends show in History
        // As a user would choose it in Settings → Appearance; the window applies it.
        m_settings->setValue(SettingKeys::ColorScheme, qEnvironmentVariable("KEYWAY_GRAB_SCHEME"));
        m_window = std::make_unique<MainWindow>(m_prompter, *m_settings, m_keys, m_history);
        m_window->resize(baseSize());
        m_window->show();
        triggerAction(*m_window, "tryLocalSandbox");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace().name, QStringLiteral("Keyway sandbox demo"), 10'000);
        QTRY_VERIFY(m_window->session()->secretsLoaded());
    }

    void firstStart() { check(m_window.get(), QStringLiteral("main-first-start")); }

    void afterASend_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("state");
        QTest::newRow("base size") << baseSize() << QStringLiteral("main-sent");
        QTest::newRow("narrow: stacked") << QSize(1000, 700) << QStringLiteral("main-sent-stacked");
    }

    void afterASend()
    {
        QFETCH(QSize, size);
        QFETCH(QString, state);
        m_window->resize(size);
        send();
        QVERIFY(m_window->requestPane()->responseView()->statusText().startsWith(QLatin1String("200")));
        QCOMPARE(m_window->requestPane()->isStacked(), size.width() < RequestPane::StackBelowWindowWidth);
        check(m_window.get(), state);
    }

    void errorCardAndWireTab()
    {
        m_window->resize(baseSize());
        openInTab(QStringLiteral("Create invoice - missing amount"));
        send();
        check(m_window.get(), QStringLiteral("main-error-card"));
        m_window->requestPane()->composer()->tabs()->setCurrentIndex(
            m_window->requestPane()->composer()->tabs()->count() - 1);
        check(m_window.get(), QStringLiteral("main-wire-tab"));
    }

    void productionSelected()
    {
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::productionEnvironment());
        QTRY_VERIFY(m_window->session()->secretsLoaded());
        check(m_window.get(), QStringLiteral("main-production"));
    }

    void signedOut()
    {
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::oauthEnvironment());
        QTRY_COMPARE(m_window->session()->credentialState().kind, CredentialState::Kind::SignInNeeded);
        check(m_window.get(), QStringLiteral("main-signed-out"));
        SignInDialog dialog(*m_window->session(), m_secrets, m_network, m_window.get());
        dialog.show();
        check(&dialog, QStringLiteral("dialog-sign-in"));
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
    }

    void environmentEditor_data()
    {
        QTest::addColumn<int>("authKind");
        QTest::newRow("static") << 1;
        QTest::newRow("authorization code") << 2;
        QTest::newRow("client credentials") << 3;
        QTest::newRow("token exchange") << 4;
        QTest::newRow("signed jwt") << 5;
    }

    void environmentEditor()
    {
        QFETCH(int, authKind);
        m_window->resize(baseSize());
        triggerAction(*m_window, "editEnvironment");
        auto *editor = qobject_cast<EnvironmentEditor *>(m_window->tabs()->currentPage());
        QVERIFY(editor);
        editor->authForm()->kindBox()->setCurrentIndex(authKind);
        // Scrolled to the authentication section, as the user would to see it.
        auto *scroll = editor->findChild<QScrollArea *>();
        QCoreApplication::processEvents();
        scroll->ensureWidgetVisible(editor->authForm(), 0, 0);
        check(m_window.get(), QStringLiteral("main-environment-editor-%1").arg(authKind));
        scroll->verticalScrollBar()->setValue(0);
        editor->undoStack()->undo();
    }

    void responseArrivingThenCancelled()
    {
        m_window->resize(baseSize());
        showRequestTab();
        m_window->sandboxServer()->slowNext(1, 3000);
        QSignalSpy sent(m_window->requestPane(), &RequestPane::sent);
        QTest::mouseClick(m_window->requestPane()->composer()->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->requestPane()->isSending());
        QTest::qWait(300);
        check(m_window.get(), QStringLiteral("main-response-arriving"));
        QTest::mouseClick(m_window->requestPane()->composer()->sendButton(), Qt::LeftButton); // Cancel
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
        check(m_window.get(), QStringLiteral("main-cancelled"));
    }

    void eventStream()
    {
        m_window->resize(baseSize());
        showRequestTab();
        RequestComposer *composer = m_window->requestPane()->composer();
        const QString url = composer->urlEdit()->text();
        composer->urlEdit()->setText(
            m_window->sandboxServer()->baseUrl().toString() + QStringLiteral("/_sandbox/events?count=30&interval=60"));
        QSignalSpy sent(m_window->requestPane(), &RequestPane::sent);
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        EventStreamView *events = m_window->requestPane()->responseView()->eventsView();
        QTRY_VERIFY_WITH_TIMEOUT(events->eventCount() >= 12, 10'000);
        events->table()->selectRow(3);
        check(m_window.get(), QStringLiteral("main-event-stream"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton); // Cancel
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
        check(m_window.get(), QStringLiteral("main-event-stream-stopped"));
        composer->urlEdit()->setText(url);
    }

    void binaryBody()
    {
        HttpResponse response;
        response.status = 200;
        response.reason = "OK";
        response.headers = {{"Content-Type", "application/octet-stream"}};
        response.body = QByteArray(2048, '\0') + QByteArray("keyway binary body");
        m_window->requestPane()->responseView()->showResponse(response, std::nullopt);
        QTest::qWait(100);
        check(m_window.get(), QStringLiteral("main-binary-body"));
    }

    void multipartBody()
    {
        m_window->tabs()->newRequest({});
        RequestComposer *composer = m_window->requestPane()->composer();
        composer->bodyModeBox()->setCurrentIndex(int(RequestSpec::BodyMode::Multipart));
        RequestSpec spec = composer->spec();
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("/invoices");
        spec.bodyMode = RequestSpec::BodyMode::Multipart;
        spec.parts = {{QStringLiteral("customer"), QStringLiteral("{{companyId}}"), {}, {}, true},
            {QStringLiteral("spec"), {}, QStringLiteral(KEYWAY_TEST_DATA_DIR "/openapi/bigledger.openapi.yaml"),
                QStringLiteral("application/yaml"), true}};
        composer->setSpec(spec);
        for (int index = 0; index < composer->tabs()->count(); ++index) {
            if (composer->tabs()->tabText(index).remove(QLatin1Char('&')) == QLatin1String("Body"))
                composer->tabs()->setCurrentIndex(index);
        }
        check(m_window.get(), QStringLiteral("main-multipart-body"));
        m_prompter.confirmAnswer = true;
        m_window->tabs()->closeTab(m_window->tabs()->currentIndex());
        showRequestTab(); // the states after this one look at a request
    }

    void graphqlBody()
    {
        m_window->tabs()->newRequest({});
        RequestComposer *composer = m_window->requestPane()->composer();
        RequestSpec spec = composer->spec();
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("/graphql");
        spec.bodyMode = RequestSpec::BodyMode::GraphQl;
        spec.graphql = {QStringLiteral("# The store's name and first products\nquery Store($first: Int = 3) @cached {\n"
                                       "  site {\n    settings { storeName }\n    products(first: $first) { edges { node { name } } }\n  }\n}\n"
                                       "query Other { site { settings { storeName } } }"),
            QStringLiteral("{\"first\": 5}"), QStringLiteral("Store")};
        composer->setSpec(spec);
        for (int index = 0; index < composer->tabs()->count(); ++index) {
            if (composer->tabs()->tabText(index).remove(QLatin1Char('&')) == QLatin1String("Body"))
                composer->tabs()->setCurrentIndex(index);
        }
        check(m_window.get(), QStringLiteral("main-graphql-body"));
        m_prompter.confirmAnswer = true;
        m_window->tabs()->closeTab(m_window->tabs()->currentIndex());
        showRequestTab(); // the states after this one look at a request
    }

    void checksTab()
    {
        m_window->tabs()->newRequest({});
        RequestComposer *composer = m_window->requestPane()->composer();
        RequestSpec spec = composer->spec();
        spec.method = QStringLiteral("POST");
        spec.url = QStringLiteral("/invoices");
        spec.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true}};
        spec.body = QStringLiteral("{\"customer\": \"Ada Lovelace\", \"amount\": 120}");
        spec.checks = {QStringLiteral("status == 201"), QStringLiteral("header Content-Type contains json"),
            QStringLiteral("$.data.amount == 120"), QStringLiteral("$.data.status == \"paid\""), QStringLiteral("time < 2000")};
        spec.captures = {QStringLiteral("invoiceId = $.data.id"), QStringLiteral("company = $.data.company secret")};
        composer->setSpec(spec);
        send();
        composer->tabs()->setCurrentIndex(RequestComposer::ChecksPage);
        check(m_window.get(), QStringLiteral("main-checks-tab"));
        m_prompter.confirmAnswer = true;
        m_window->tabs()->closeTab(m_window->tabs()->currentIndex());
        showRequestTab(); // the states after this one look at a request
    }

    void runnerTab()
    {
        m_window->resize(baseSize());
        openInTab(QStringLiteral("Create invoice"));
        triggerAction(*m_window, "runFolderAction");
        auto *runner = qobject_cast<RunnerPage *>(m_window->tabs()->currentPage());
        QVERIFY(runner);
        runner->iterationsBox()->setValue(3);
        QTest::mouseClick(runner->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 20'000);
        runner->resultsView()->setCurrentIndex(runner->resultsModel()->index(0, 0));
        check(m_window.get(), QStringLiteral("main-runner"));
        m_window->tabs()->closeTab(m_window->tabs()->currentIndex());
        showRequestTab();
    }

    void missingSecret()
    {
        const QString workspaceId = m_window->workspace().id;
        bool done = false;
        SecretJob *job = m_secrets.remove(
            {workspaceId, sandbox::DemoWorkspace::productionEnvironment(), QStringLiteral("api_key")});
        connect(job, &SecretJob::finished, this, [&done] { done = true; });
        job->start();
        QTRY_VERIFY(done);
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::productionEnvironment());
        QTRY_VERIFY(m_window->session()->secretsLoaded());
        m_window->requestPane()->composer()->tabs()->setCurrentIndex(
            m_window->requestPane()->composer()->tabs()->count() - 1);
        check(m_window.get(), QStringLiteral("main-missing-secret"));
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
    }

    void historyPanel()
    {
        auto *sidebar = m_window->findChild<QTabWidget *>(QStringLiteral("sidebar"));
        sidebar->setCurrentIndex(1);
        check(m_window.get(), QStringLiteral("main-history"));
        // The request column gets most of a narrow sidebar, not what is left after the others.
        auto *view = m_window->findChild<QTreeView *>(QStringLiteral("historyView"));
        QVERIFY2(view->columnWidth(0) * 2 > view->viewport()->width(),
            qPrintable(QStringLiteral("%1 of %2").arg(view->columnWidth(0)).arg(view->viewport()->width())));
        sidebar->setCurrentIndex(0);
    }

    void tokenAboutToExpire()
    {
        // Signed in earlier; the token has a minute and a half left.
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("demo-access-token-for-the-picture");
        tokens.refreshToken = QStringLiteral("demo-refresh-token-for-the-picture");
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(90);
        tokens.grantedScopes = {QStringLiteral("read:accounts")};
        bool written = false;
        SecretJob *job = m_secrets.write(
            TokenBroker::tokenKey(m_window->workspace().id, sandbox::DemoWorkspace::oauthEnvironment()),
            QString::fromUtf8(tokens.toJson()));
        connect(job, &SecretJob::finished, this, [&written] { written = true; });
        job->start();
        QTRY_VERIFY(written);
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::oauthEnvironment());
        QTRY_COMPARE(m_window->session()->credentialState().kind, CredentialState::Kind::SignedIn);
        check(m_window.get(), QStringLiteral("main-token-expiring"));
        m_window->session()->selectEnvironment(sandbox::DemoWorkspace::sandboxEnvironment());
        QTRY_VERIFY(m_window->session()->secretsLoaded());
    }

    void largeBody()
    {
        // 100 MB when pictures are taken (scripts/screenshots), 5 MB in CI: the same path either way.
        const qsizetype megabytes = qEnvironmentVariableIsSet("KEYWAY_GRAB_DIR") ? 100 : 5;
        QByteArray body = "[";
        const QByteArray item
            = R"({"id":"acc_0001","name":"Cash at Bank","balance":15230.55,"tags":["a","b"]},)";
        body.reserve(megabytes * 1024 * 1024 + item.size());
        while (body.size() < megabytes * 1024 * 1024)
            body += item;
        body.back() = ']';
        HttpResponse response;
        response.status = 200;
        response.reason = "OK";
        response.headers = {{"Content-Type", "application/json"}};
        response.body = std::move(body);
        showRequestTab();
        QSignalSpy pretty(m_window->requestPane()->responseView(), &ResponseView::prettyReady);
        m_window->requestPane()->responseView()->showResponse(response, std::nullopt);
        QVERIFY(pretty.wait(60'000));
        check(m_window.get(), QStringLiteral("main-large-body"));
    }

    void settingsPages()
    {
        SettingsDialog dialog(*m_settings, m_prompter, m_window.get());
        dialog.show();
        for (int row = 0; row < dialog.pageList()->count(); ++row) {
            dialog.pageList()->setCurrentRow(row);
            check(&dialog, QStringLiteral("dialog-settings-%1").arg(row));
        }
    }

    void keyManager()
    {
        KeyManagerDialog dialog(m_window->workspace(), m_keys, m_network, m_brokers, m_prompter, m_window.get());
        dialog.show();
        QTRY_VERIFY(dialog.model()->rowCount() > 0);
        check(&dialog, QStringLiteral("dialog-key-manager"));
    }

    void cookieWindow()
    {
        CookieJars &jars = m_window->session()->cookieJars();
        const QString workspaceId = m_window->workspace().id;
        const Environment *env = m_window->session()->environment();
        QVERIFY(env);
        CookieJar *jar = nullptr;
        jars.load(workspaceId, env->name, m_window.get(), [&](CookieJar *loaded, const QString &) { jar = loaded; });
        QTRY_VERIFY(jar);
        jar->storeFromResponse("SHOP_SESSION_TOKEN=windowfit-session-0123456789; Path=/; HttpOnly; SameSite=Lax\n"
                               "theme=dark; Path=/; Max-Age=86400",
            QUrl(env->baseUrl));
        CookieDialog dialog(jars, workspaceId, env->name, m_prompter, m_window.get());
        dialog.show();
        QTRY_COMPARE(dialog.table()->rowCount(), 2);
        check(&dialog, QStringLiteral("dialog-cookies"));
        jar->clear();
    }

    void newEnvironmentWizard()
    {
        NewEnvironmentWizard wizard(
            m_window->workspace(), m_keys, m_network, m_brokers, PresetCatalog::builtIn(), m_window.get());
        wizard.show();
        check(&wizard, QStringLiteral("dialog-wizard-provider"));
        wizard.providerList()->setCurrentRow(0);
        for (const char *page : {"environment", "details"}) {
            wizard.next();
            check(&wizard, QStringLiteral("dialog-wizard-%1").arg(QLatin1String(page)));
        }
    }

    void shortcuts()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        dialog.show();
        check(&dialog, QStringLiteral("dialog-shortcuts"));
    }

    void emptyWorkspace()
    {
        const QString dir = m_home.filePath(QStringLiteral("empty"));
        QVERIFY(WorkspaceStore::create(dir, QStringLiteral("Empty")).ok());
        m_prompter.confirmAnswer = true; // tabs with edits may close
        QVERIFY(m_window->openWorkspace(dir));
        check(m_window.get(), QStringLiteral("main-empty-workspace"));
    }

    void cleanupTestCase()
    {
        m_prompter.confirmAnswer = true;
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
