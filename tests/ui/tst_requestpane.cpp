#include "composer/HeaderTableModel.h"
#include "composer/PreviewModel.h"
#include "composer/ChecksEditor.h"
#include "composer/GraphQlEditor.h"
#include "composer/LineResultTable.h"
#include "composer/MultipartEditor.h"
#include "composer/RequestComposer.h"
#include "composer/RequestPane.h"
#include "composer/TemplateLineEdit.h"
#include "core/Settings.h"
#include "environments/EnvironmentBar.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryStore.h"
#include "LeakCheck.h"
#include "MainWindow.h"
#include "response/ErrorCard.h"
#include "response/EventStreamView.h"
#include "response/LargeTextView.h"
#include "response/ResponseView.h"
#include "sandbox/SandboxServer.h"
#include "ScriptedPrompter.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "session/KeyService.h"
#include "session/EnvironmentSession.h"
#include "storage/WorkspaceStore.h"
#include "view/BodyStore.h"
#include "view/IndexedText.h"
#include "view/ResponseDocument.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QFileInfo>
#include <QPointer>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace keyway;
using namespace keyway::ui;
using sandbox::DemoCredentials;

// The main window against the embedded sandbox, offscreen: compose, preview, send, read.
class TestRequestPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<KeyService> m_keys; // in front of m_secrets, its dates in m_dir
    std::unique_ptr<Settings> m_settings;
    ScriptedPrompter m_prompter;
    HistoryStore m_history;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;

    void openWindow(EnvironmentKind kind, const QString &key)
    {
        const QString root = m_dir.filePath(QStringLiteral("ws%1").arg(++m_run));
        auto workspace = WorkspaceStore::create(root, QStringLiteral("UI")).value();
        Environment env;
        env.name = QStringLiteral("demo");
        env.kind = kind;
        env.baseUrl = m_server->baseUrl().toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId(), DemoCredentials::otherCompanyId()};
        env.companies.selected = DemoCredentials::companyId();
        env.auth.kind = AuthKind::Static;
        env.auth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        env.addSecretSlot(QStringLiteral("api_key"));
        QVERIFY(WorkspaceStore::saveEnvironment(workspace, env).ok());
        QCOMPARE(
            runSecretJob(m_secrets->write({workspace.id, env.name, QStringLiteral("api_key")}, key)).result,
            SecretJob::Result::Ok);
        m_window = std::make_unique<MainWindow>(m_prompter, *m_settings, *m_keys, m_history);
        QVERIFY(m_window->openWorkspace(root));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->session()->secretsLoaded());
    }

    RequestPane *pane() const { return m_window->requestPane(); }

    // A server Keyway did not write, answering every request with `head` and then, every 50 ms,
    // `repeat` (nothing when empty) until the client goes away.
    struct RawServer
    {
        QTcpServer server;
        QPointer<QTcpSocket> client;
        bool clientLeft = false;

        QString url() const { return QStringLiteral("http://127.0.0.1:%1/stream").arg(server.serverPort()); }
        bool start(const QByteArray &head, const QByteArray &repeat)
        {
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this, head, repeat] {
                client = server.nextPendingConnection();
                QObject::connect(client, &QTcpSocket::disconnected, &server, [this] { clientLeft = true; });
                QObject::connect(client, &QTcpSocket::readyRead, client, [socket = client.data(), head, repeat] {
                    socket->readAll();
                    socket->write(head);
                    if (repeat.isEmpty())
                        return;
                    auto *timer = new QTimer(socket);
                    QObject::connect(timer, &QTimer::timeout, socket, [socket, repeat] { socket->write(repeat); });
                    timer->start(50);
                });
            });
            return server.listen(QHostAddress::LocalHost);
        }
    };

    void compose(const QString &method, const QString &url, const QString &body = {})
    {
        RequestComposer *composer = pane()->composer();
        composer->methodBox()->setCurrentText(method);
        composer->urlEdit()->clear();
        QTest::keyClicks(composer->urlEdit(), url);
        composer->bodyEdit()->setPlainText(body);
    }

    void sendAndWait()
    {
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QVERIFY(sent.wait(30'000));
    }

private Q_SLOTS:
    void initTestCase() { keepForLeakCheck(m_dir); }

    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->start());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_keys = std::make_unique<KeyService>(*m_secrets, m_dir.filePath(QStringLiteral("key-dates.json")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("keyway%1.conf").arg(m_run)));
        QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history%1.db").arg(m_run))).ok());
        m_prompter = {};
    }

    void cleanup() { m_window.reset(); }

    void aStreamShowsItsEventsAsTheyComeAndCancelStopsIt()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), m_server->baseUrl().toString() + QStringLiteral("/_sandbox/events?count=40&interval=100"));
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        ResponseView *response = pane()->responseView();
        EventStreamView *events = response->eventsView();
        // The first events show while the rest are still to come.
        QTRY_VERIFY_WITH_TIMEOUT(events->eventCount() >= 2, 10'000);
        QVERIFY(response->isBusy());
        QVERIFY(events->isVisible());
        QVERIFY2(response->statusText().startsWith(QLatin1String("200 OK")), qPrintable(response->statusText()));
        QCOMPARE(events->table()->model()->index(0, 1).data().toString(), QStringLiteral("tick"));
        events->table()->selectRow(0);
        QVERIFY2(events->detailText().contains(QLatin1String("\n  \"")), qPrintable(events->detailText())); // indented JSON
        QVERIFY(events->isFollowing());
        QVERIFY(events->statusText().contains(QLatin1String("following the newest")));
        m_window->findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE(sent.count(), 1); // the job ends as it is cancelled
        const int shown = events->eventCount();
        QVERIFY(shown < 40);
        QVERIFY2(response->statusText().contains(QLatin1String("stopped")), qPrintable(response->statusText()));
        QTest::qWait(300);
        QCOMPARE(events->eventCount(), shown); // nothing more is read
        // What arrived stays searchable in Raw.
        QTRY_VERIFY(response->document()->isComplete());
        QVERIFY(response->document()->raw()->lineCount() > 2);
    }

    void jsonLinesShowOneRecordPerLineAsTheyCome()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"),
            m_server->baseUrl().toString() + QStringLiteral("/_sandbox/events?count=30&interval=100&format=ndjson"));
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        ResponseView *response = pane()->responseView();
        QTRY_VERIFY_WITH_TIMEOUT(response->prettyView()->document() && response->prettyView()->document()->lineCount() >= 3, 10'000);
        QVERIFY(response->isBusy()); // shown while the rest is still coming
        QVERIFY2(response->prettyView()->document()->line(0).startsWith("{\"at\":")
                && response->prettyView()->document()->line(0).endsWith("\"sequence\":1}"),
            response->prettyView()->document()->line(0).constData()); // a record per line, not indented
        QVERIFY(response->eventsView()->isHidden());
        QVERIFY(sent.wait(20'000));
        QTRY_VERIFY(response->document()->isComplete());
        QCOMPARE(response->prettyView()->document()->lineCount(), 31); // 30 records and the empty end
    }

    void aChunkedBodyShowsInRawAsItComes()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        RawServer server;
        QVERIFY(server.start("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n",
            "9\r\nlog line\n\r\n"));
        compose(QStringLiteral("GET"), server.url());
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        ResponseView *response = pane()->responseView();
        LargeTextView *raw = response->findChild<LargeTextView *>(QStringLiteral("rawBody"));
        QTRY_VERIFY_WITH_TIMEOUT(raw->document() && raw->document()->lineCount() >= 4, 10'000);
        QCOMPARE(raw->document()->line(0), QByteArray("log line"));
        QVERIFY(response->isBusy());
        m_window->findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE(sent.count(), 1);
        QTRY_VERIFY(server.clientLeft);
    }

    void closingATabMidStreamEndsItCleanly()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        RawServer server;
        QVERIFY(server.start("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n",
            "event: update\ndata: {\"n\": 1}\n\n"));
        m_window->findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        compose(QStringLiteral("GET"), server.url());
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->responseView()->eventsView()->eventCount() >= 3, 10'000);
        m_window->findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        QTRY_VERIFY(server.clientLeft);
        // The window goes on: the first tab sends as before.
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        sendAndWait();
        QVERIFY2(pane()->responseView()->statusText().startsWith(QLatin1String("200 OK")),
            qPrintable(pane()->responseView()->statusText()));
    }

    void cancelClosesTheStreamsConnection()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        RawServer server;
        QVERIFY(server.start("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n",
            "event: update\ndata: {\"n\": 1}\n\n"));
        compose(QStringLiteral("GET"), server.url());
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane()->responseView()->eventsView()->eventCount() >= 3, 10'000);
        QVERIFY(!server.clientLeft);
        m_window->findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE(sent.count(), 1); // the job ends as it is cancelled
        QTRY_VERIFY(server.clientLeft);
    }

    void aLargeBodyIsKeptInAPrivateFileThatGoesWithTheResponse()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), m_server->baseUrl().toString() + QStringLiteral("/_sandbox/bytes?size=20000000"));
        sendAndWait();
        ResponseView *response = pane()->responseView();
        QTRY_VERIFY(response->document()->isComplete());
        const BodyStore &body = *response->document()->body();
        QCOMPARE(body.size(), 20'000'000);
        QVERIFY(body.isOnDisk());
        const QString path = body.filePath();
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(response->prettyView()->document()->line(0), QByteArray("{\"line\":0,\"text\":\"sandbox\"}"));
        // Request → Save Response Body writes it out whole, from the file, off the UI thread.
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("saved-body.ndjson"));
        m_window->findChild<QAction *>(QStringLiteral("saveResponseBody"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(response->statusText().contains(QLatin1String("Saved to")), 20'000);
        QFile saved(m_prompter.saveFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.size(), 20'000'000);
        QCOMPARE(saved.readLine(), QByteArray("{\"line\":0,\"text\":\"sandbox\"}\n"));
        saved.close();
        QFile::remove(m_prompter.saveFile);
        // The next response replaces it, and the file goes.
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        sendAndWait();
        QTRY_VERIFY(!QFile::exists(path));
        // With its tab.
        m_window->findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        compose(QStringLiteral("GET"), m_server->baseUrl().toString() + QStringLiteral("/_sandbox/bytes?size=20000000"));
        sendAndWait();
        QTRY_VERIFY(pane()->responseView()->document()->isComplete());
        const QString inTab = pane()->responseView()->document()->body()->filePath();
        QVERIFY(QFile::exists(inTab));
        m_window->findChild<QAction *>(QStringLiteral("closeTabAction"))->trigger();
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(!QFile::exists(inTab));
        // And with the window.
        response = pane()->responseView();
        compose(QStringLiteral("GET"), m_server->baseUrl().toString() + QStringLiteral("/_sandbox/bytes?size=20000000"));
        sendAndWait();
        QTRY_VERIFY(response->document()->isComplete());
        const QString second = response->document()->body()->filePath();
        QVERIFY(QFile::exists(second));
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(!QFile::exists(second));
    }

    void bodiesLeftByAnInstanceThatIsGoneAreRemovedAtStart()
    {
        QVERIFY(QDir().mkpath(BodyStore::defaultDirectory()));
        QFile leftover(BodyStore::defaultDirectory() + QStringLiteral("/body-999999999-abcdef")); // no such process
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("{\"token\":\"left by a crash\"}");
        leftover.close();
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        QVERIFY(!leftover.exists());
    }

    void savingBeforeAnyResponseSaysWhy()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        m_window->findChild<QAction *>(QStringLiteral("saveResponseBody"))->trigger();
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(m_prompter.errors.first().contains(QLatin1String("no response body to save yet")),
            qPrintable(m_prompter.errors.first()));
    }

    void aBodyLargerThanTheFreeSpaceIsAClearErrorAndTheWindowKeepsWorking()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        RawServer server;
        QVERIFY(server.start("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 900000000000000\r\n\r\n[1,",
            {}));
        compose(QStringLiteral("GET"), server.url());
        sendAndWait();
        ResponseView *response = pane()->responseView();
        QVERIFY2(response->statusText().contains(QLatin1String("larger than the free space in ")), qPrintable(response->statusText()));
        QVERIFY(QDir(BodyStore::defaultDirectory()).entryList(QDir::Files).isEmpty());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        sendAndWait();
        QVERIFY2(response->statusText().startsWith(QLatin1String("200 OK")), qPrintable(response->statusText()));
        QTRY_VERIFY(response->prettyText().contains(QLatin1String("Cash at Bank")));
    }

    void composeSendAndReadThePrettyBody()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        PreviewModel *preview = pane()->previewModel();
        QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(preview->valueOf(QStringLiteral("Request")),
            m_server->baseUrl().toString().prepend(QStringLiteral("GET ")) + QStringLiteral("/v1/accounts"));
        QCOMPARE(preview->valueOf(QStringLiteral("X-Company-Id")), DemoCredentials::companyId());
        QCOMPARE(preview->valueOf(QStringLiteral("Authorization")),
            QStringLiteral("Bearer \u2022\u2022\u2022\u2022") + DemoCredentials::sandboxApiKey().right(4));

        sendAndWait();
        ResponseView *response = pane()->responseView();
        QVERIFY2(
            response->statusText().startsWith(QLatin1String("200 OK")), qPrintable(response->statusText()));
        QVERIFY(response->errorCard()->isHidden());
        QTRY_VERIFY(response->prettyText().contains(QLatin1String("\"name\": \"Cash at Bank\"")));
        QSignalSpy searched(response, &ResponseView::searchDone);
        response->search(QStringLiteral("ASSET"));
        QVERIFY(searched.wait(10'000));
        QCOMPARE(response->searchStatus(), QStringLiteral("1 of 2"));
        response->findNext(1);
        QCOMPARE(response->searchStatus(), QStringLiteral("2 of 2"));
        response->findNext(1);
        QCOMPARE(response->searchStatus(), QStringLiteral("1 of 2"));

        // What the preview showed is what the sandbox received (secrets revealed for the comparison).
        const auto &received = m_server->received().last();
        for (int row = 1; row < preview->rowCount(); ++row) {
            const QString name = preview->index(row, PreviewModel::NameColumn).data().toString();
            if (preview->isSecretRow(row))
                QVERIFY(preview->setData(
                    preview->index(row, PreviewModel::RevealColumn), Qt::Checked, Qt::CheckStateRole));
            QCOMPARE(QString::fromLatin1(received.header(name.toLatin1())), preview->valueOf(name));
        }
        QCOMPARE(preview->valueOf(QStringLiteral("Authorization")),
            QStringLiteral("Bearer ") + DemoCredentials::sandboxApiKey());
        const int authRow = [&] {
            for (int row = 0; row < preview->rowCount(); ++row) {
                if (preview->isSecretRow(row))
                    return row;
            }
            return -1;
        }();
        QVERIFY(preview->setData(
            preview->index(authRow, PreviewModel::RevealColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(preview->valueOf(QStringLiteral("Authorization"))
                    .contains(QStringLiteral("\u2022\u2022\u2022\u2022")));
    }

    void companySwitcherChangesTheHeader()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/auth/verify"));
        m_window->environmentBar()->companyBox()->setCurrentText(DemoCredentials::otherCompanyId());
        QCOMPARE(pane()->previewModel()->valueOf(QStringLiteral("X-Company-Id")),
            DemoCredentials::otherCompanyId());
        const auto reloaded = WorkspaceStore::load(m_window->workspace().rootPath);
        QCOMPARE(reloaded->environment(QStringLiteral("demo"))->companies.selected,
            DemoCredentials::otherCompanyId());
    }

    void productionAsksBeforeWritesOnly()
    {
        openWindow(EnvironmentKind::Production, DemoCredentials::productionApiKey());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("productionBanner"))->isVisible());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        sendAndWait();
        QVERIFY(m_prompter.confirmations.isEmpty());

        m_prompter.confirmAnswer = false;
        compose(QStringLiteral("POST"), QStringLiteral("/invoices"),
            QStringLiteral("{\"customer\":\"ACME\",\"amount\":5}"));
        const int before = m_server->apiRequests();
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QCOMPARE(m_prompter.confirmations, QStringList {QStringLiteral("Send to production?")});
        QTest::qWait(200);
        QCOMPARE(m_server->apiRequests(), before); // refused: nothing was sent

        m_prompter.confirmAnswer = true;
        sendAndWait();
        QVERIFY2(pane()->responseView()->statusText().startsWith(QLatin1String("201")),
            qPrintable(pane()->responseView()->statusText()));
    }

    void aKeyOfTheOtherKindIsFlagged()
    {
        openWindow(EnvironmentKind::Production, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        auto *warning = m_window->findChild<QLabel *>(QStringLiteral("previewWarning"));
        QTRY_VERIFY(!warning->isHidden()); // on the Wire tab, which need not be the one shown
        QVERIFY2(warning->text().contains(QLatin1String("api_key")), qPrintable(warning->text()));
    }

    void unauthorizedShowsTheErrorCard()
    {
        openWindow(EnvironmentKind::Sandbox, QStringLiteral("blg_test_sk_not_a_real_key_00000"));
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        sendAndWait();
        ErrorCard *card = pane()->responseView()->errorCard();
        QVERIFY(card->isVisible());
        QCOMPARE(card->report().code, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!card->report().hint.isEmpty());
    }

    void cancellingMidResponseLeavesTheWindowUsable()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        m_server->slowNext(1, 5000);
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        QTRY_VERIFY(pane()->isSending());
        QTest::qWait(100);
        m_window->findChild<QAction *>(QStringLiteral("cancelAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
        QVERIFY2(pane()->responseView()->statusText().contains(QLatin1String("cancelled")),
            qPrintable(pane()->responseView()->statusText()));
        QVERIFY(!pane()->isSending());
        sendAndWait();
        QVERIFY(pane()->responseView()->statusText().startsWith(QLatin1String("200")));
    }

    void theSendButtonSendsAndTurnsIntoCancel()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        QPushButton *button = pane()->composer()->sendButton();
        QVERIFY(button->isDefault());
        QCOMPARE(button->text(), QStringLiteral("Send"));
        QSignalSpy sent(pane(), &RequestPane::sent);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(sent.wait(30'000));
        QVERIFY2(pane()->responseView()->statusText().startsWith(QLatin1String("200")),
            qPrintable(pane()->responseView()->statusText()));

        m_server->slowNext(1, 5000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(pane()->isSending());
        QCOMPARE(button->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(button, Qt::LeftButton); // the same button cancels
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 5000);
        QVERIFY(pane()->responseView()->statusText().contains(QLatin1String("cancelled")));
        QCOMPARE(button->text(), QStringLiteral("Send"));
    }

    void aPostOpensOnItsBody()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        RequestSpec post;
        post.name = QStringLiteral("Create");
        post.method = QStringLiteral("POST");
        post.url = QStringLiteral("/invoices");
        post.body = QStringLiteral("{}");
        pane()->setRequest(post);
        QCOMPARE(pane()->composer()->tabs()->currentIndex(), int(RequestComposer::BodyPage));
        RequestSpec get;
        get.method = QStringLiteral("GET");
        get.url = QStringLiteral("/accounts?limit=1");
        pane()->setRequest(get);
        QCOMPARE(pane()->composer()->tabs()->currentIndex(), int(RequestComposer::ParamsPage));
    }

    void unknownVariablesAreMarked()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/{{companyId}}/{{nope}}"));
        TemplateLineEdit *url = pane()->composer()->urlEdit();
        QCOMPARE(url->unknownNames(), QStringList {QStringLiteral("nope")});
        QVERIFY(url->toolTip().contains(QLatin1String("nope")));
        QVERIFY(pane()->previewModel()->problem().contains(QLatin1String("'nope'")));
    }

    void escapeClosesTheVariableListNotTheRequest()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        m_window->show();
        TemplateLineEdit *url = pane()->composer()->urlEdit();
        url->setFocus();
        url->clear();
        QTest::keyClicks(url, QStringLiteral("/{{"));
        auto *completer = url->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QSignalSpy cancelled(m_window->findChild<QAction *>(QStringLiteral("cancelAction")), &QAction::triggered);
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(url->text(), QStringLiteral("/{{"));
        QCOMPARE(cancelled.count(), 0);
        QTest::keyClick(url, Qt::Key_Escape); // the list is closed: now it is Cancel
        QCOMPARE(cancelled.count(), 1);
    }

    void checksAreThoseTheRequestWasSentWith()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        ChecksEditor *checks = pane()->composer()->checksEditor();
        checks->setLines({QStringLiteral("status == 200")}, {});
        m_server->slowNext(1, 400);
        QSignalSpy sent(pane(), &RequestPane::sent);
        m_window->findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
        // Edited while the request is out: the new line was not sent, so it is not judged.
        checks->setLines({QStringLiteral("status == 500"), QStringLiteral("status == 200")}, {});
        QVERIFY(sent.wait(10'000));
        QTableWidget *table = checks->checksTable()->table();
        QCOMPARE(table->item(0, LineResultTable::ResultColumn)->text(), QString());
        QCOMPARE(table->item(1, LineResultTable::ResultColumn)->text(), QStringLiteral("\u2714 200"));
        QCOMPARE(pane()->composer()->tabs()->tabText(RequestComposer::ChecksPage), QStringLiteral("&Checks \u2714 1"));
    }

    void checksAndCapturesShowWhatBecameOfThem()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("POST"), QStringLiteral("/invoices"), QStringLiteral("{\"customer\": \"Ada\", \"amount\": 120}"));
        RequestComposer *composer = pane()->composer();
        ChecksEditor *checks = composer->checksEditor();
        composer->tabs()->setCurrentIndex(RequestComposer::ChecksPage);
        // Add Check starts a row to type into; a line that does not read is marked at once.
        checks->checksTable()->addLine();
        QTableWidget *table = checks->checksTable()->table();
        QCOMPARE(table->item(0, LineResultTable::LineColumn)->text(), QStringLiteral("status == 200"));
        table->item(0, LineResultTable::LineColumn)->setText(QStringLiteral("status equals 201"));
        QVERIFY(table->item(0, LineResultTable::ResultColumn)->text().contains(QLatin1String("\"equals\" is no comparison")));
        QVERIFY(!checks->problem().isEmpty());
        checks->setLines({QStringLiteral("status == 201"), QStringLiteral("$.data.amount == 120"),
                             QStringLiteral("$.data.customer == \"Grace\"")},
            {QStringLiteral("invoiceId = $.data.id"), QStringLiteral("company = $.data.company secret"),
                QStringLiteral("missing = header X-Nothing"), QStringLiteral("keptId = $.data.id save")});
        QCOMPARE(composer->spec().checks.size(), 3);
        sendAndWait();
        const auto result = [&](int row) { return table->item(row, LineResultTable::ResultColumn)->text(); };
        QCOMPARE(result(0), QStringLiteral("\u2714 201"));
        QCOMPARE(result(1), QStringLiteral("\u2714 120"));
        QCOMPARE(result(2), QStringLiteral("\u2718 expected == \"Grace\", got \"Ada\""));
        QCOMPARE(composer->tabs()->tabText(RequestComposer::ChecksPage), QStringLiteral("&Checks \u2718 1/3"));
        QTableWidget *captures = checks->capturesTable()->table();
        const QString invoiceId = captures->item(0, LineResultTable::ResultColumn)->text().mid(2);
        QVERIFY2(invoiceId.startsWith(QLatin1String("inv_")), qPrintable(invoiceId));
        // A secret capture shows masked, never as it came; one that found nothing says why.
        QVERIFY(!captures->item(1, LineResultTable::ResultColumn)->text().contains(DemoCredentials::companyId()));
        QVERIFY(captures->item(2, LineResultTable::ResultColumn)->text().contains(QLatin1String("no header X-Nothing")));
        // One marked save is kept in the environment's file, and the window follows the file.
        QTRY_COMPARE(m_window->workspace().environment(QStringLiteral("demo"))->variables.value(QStringLiteral("keptId")),
            invoiceId);
        QVERIFY(m_prompter.errors.isEmpty());

        // The next request uses the captured value; the Wire tab shows it filled in.
        compose(QStringLiteral("GET"), QStringLiteral("/invoices/{{invoiceId}}"));
        checks->setLines({QStringLiteral("$.data.id == \"{{invoiceId}}\"")}, {});
        QVERIFY(composer->urlEdit()->unknownNames().isEmpty());
        QTRY_VERIFY(pane()->previewModel()->problem().isEmpty());
        bool shown = false;
        for (int row = 0; row < pane()->previewModel()->rowCount(); ++row)
            shown = shown || pane()->previewModel()->index(row, PreviewModel::ValueColumn).data().toString().contains(invoiceId);
        QVERIFY(shown);
        // The Wire tab says where the value came from.
        QVERIFY2(pane()->capturedNote()->text().startsWith(QStringLiteral("{{invoiceId}} = %1, captured from an unsaved request at ").arg(invoiceId)),
            qPrintable(pane()->capturedNote()->text()));
        QVERIFY(!pane()->capturedNote()->isHidden());
        sendAndWait();
        QCOMPARE(table->item(0, LineResultTable::ResultColumn)->text(), QStringLiteral("\u2714 \"%1\"").arg(invoiceId));
        QCOMPARE(composer->tabs()->tabText(RequestComposer::ChecksPage), QStringLiteral("&Checks \u2714 1"));
        // Editing after a send drops the verdict from the tab; Forget drops the captured values.
        table->item(0, LineResultTable::LineColumn)->setText(QStringLiteral("status == 200"));
        QCOMPARE(composer->tabs()->tabText(RequestComposer::ChecksPage), QStringLiteral("&Checks (1)"));
        checks->clearCapturedButton()->click();
        QVERIFY(m_window->session()->captured().isEmpty());
        QCOMPARE(composer->urlEdit()->unknownNames(), QStringList {QStringLiteral("invoiceId")});
    }

    void historyKeepsNoTokenAResponseCarried()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        pane()->composer()->methodBox()->setCurrentText(QStringLiteral("POST"));
        pane()->composer()->urlEdit()->setText(
            m_server->baseUrl().toString() + QStringLiteral("/oauth/token"));
        pane()->composer()->bodyEdit()->setPlainText(
            QStringLiteral("grant_type=client_credentials&client_id=%1&client_secret=%2")
                .arg(DemoCredentials::confidentialClientId(), DemoCredentials::confidentialClientSecret()));
        QSignalSpy pretty(pane()->responseView(), &ResponseView::prettyReady);
        sendAndWait();
        QVERIFY(pretty.count() > 0 || pretty.wait(10'000));
        // The window shows the token as it came (the user asked for it) ...
        const QRegularExpressionMatch token
            = QRegularExpression(QStringLiteral("\"access_token\":\\s*\"([^\"]+)\""))
                  .match(pane()->responseView()->prettyText());
        QVERIFY2(token.hasMatch(), qPrintable(pane()->responseView()->prettyText()));
        // ... the history keeps it masked, and keeps no copy of the key the request was sent with.
        const HistoryEntry kept = *m_history.entry(m_history.search({}).first().id); // with its bodies
        QVERIFY(!kept.responseBody.contains(token.captured(1).toUtf8()));
        QVERIFY(kept.responseBody.contains("access_token"));
        QVERIFY(!kept.requestHeaders.isEmpty());
        for (const auto &header : kept.requestHeaders)
            QVERIFY(!header.second.contains(DemoCredentials::sandboxApiKey().toUtf8()));
        // A client secret typed into the body is masked in what was sent and in the template.
        const QByteArray clientSecret = DemoCredentials::confidentialClientSecret().toUtf8();
        QVERIFY2(!kept.requestBody.contains(clientSecret), kept.requestBody.constData());
        QVERIFY(kept.requestBody.contains("client_secret="));
        QVERIFY(!kept.request.body.toUtf8().contains(clientSecret));
    }

    void historyRecordsMaskedEntriesAndReopensThem()
    {
        const QString marker
            = QStringLiteral("blg_test_sk_marker_") + QString::number(QDateTime::currentMSecsSinceEpoch());
        openWindow(EnvironmentKind::Sandbox, marker);
        compose(QStringLiteral("POST"), QStringLiteral("/invoices?c={{companyId}}"),
            QStringLiteral("{\"customer\":\"{{secret.api_key}}\",\"amount\":1}"));
        sendAndWait();
        HistoryPanel *history = m_window->historyPanel();
        QAbstractItemModelTester tester(
            history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(history->model()->rowCount(), 1); // one day: today
        const QModelIndex today = history->model()->index(0, 0);
        QCOMPARE(today.data().toString(), QStringLiteral("Today"));
        const QModelIndex entry = history->model()->index(0, 0, today);
        QVERIFY2(entry.data().toString().startsWith(QLatin1String("401 POST ")),
            qPrintable(entry.data().toString()));

        QTest::keyClicks(history->searchBox(), QStringLiteral("nothing-matches"));
        QCOMPARE(history->model()->rowCount(), 0);
        history->searchBox()->clear();
        QCOMPARE(history->model()->rowCount(), 1);

        // Exported as HAR 1.2: the exchange as sent, keys masked.
        m_prompter.saveFile = m_dir.filePath(QStringLiteral("history%1.har").arg(m_run));
        history->exportShown();
        QFile har(m_prompter.saveFile);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray archive = har.readAll();
        QVERIFY(!archive.contains(marker.toLatin1()));
        const QJsonObject log
            = QJsonDocument::fromJson(archive).object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        const QJsonObject exchange = log.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(
            exchange.value(QStringLiteral("request")).toObject().value(QStringLiteral("method")).toString(),
            QStringLiteral("POST"));
        QCOMPARE(
            exchange.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(),
            401);
        QVERIFY(exchange.value(QStringLiteral("response"))
                    .toObject()
                    .value(QStringLiteral("content"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("UNAUTHORIZED")));

        compose(QStringLiteral("GET"), QStringLiteral("/other"));
        QVERIFY(pane()->isModified());
        Q_EMIT history->view()->activated(history->model()->index(0, 0, history->model()->index(0, 0)));
        QCOMPARE(pane()->composer()->urlEdit()->text(), QStringLiteral("/invoices?c={{companyId}}"));
        QCOMPARE(pane()->composer()->methodBox()->currentText(), QStringLiteral("POST"));

        // The secret went over the wire (the sandbox saw it) but never into the history database.
        QCOMPARE(
            m_server->received().last().header("Authorization"), QByteArray("Bearer ") + marker.toLatin1());
        const QString dbPath = m_history.path();
        QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("elsewhere.db")))
                    .ok()); // closes and flushes the first
        QDirIterator it(QFileInfo(dbPath).absolutePath(),
            {QFileInfo(dbPath).fileName() + QStringLiteral("*")}, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker.toLatin1()), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void paramsFollowTheUrlAndAuthCanBeSwitchedOff()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("GET"), QStringLiteral("/accounts?limit=5&c={{companyId}}"));
        HeaderTableModel *params = pane()->composer()->paramsModel();
        QAbstractItemModelTester tester(params, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(params->rowCount(), 2);
        QCOMPARE(params->index(1, HeaderTableModel::ValueColumn).data().toString(),
            QStringLiteral("{{companyId}}"));
        params->setData(params->index(0, HeaderTableModel::ValueColumn), QStringLiteral("a b&c"));
        QCOMPARE(pane()->composer()->urlEdit()->text(),
            QStringLiteral("/accounts?limit=a%20b%26c&c={{companyId}}"));
        params->undoStack()->undo();
        QCOMPARE(pane()->composer()->urlEdit()->text(), QStringLiteral("/accounts?limit=5&c={{companyId}}"));
        params->undoStack()->redo();
        QCOMPARE(pane()->composer()->urlEdit()->text(),
            QStringLiteral("/accounts?limit=a%20b%26c&c={{companyId}}"));
        QVERIFY(pane()
                    ->previewModel()
                    ->valueOf(QStringLiteral("Request"))
                    .endsWith(QStringLiteral("limit=a b%26c&c=company_demo")));

        QVERIFY(!pane()->previewModel()->valueOf(QStringLiteral("Authorization")).isEmpty());
        pane()->composer()->authBox()->setCurrentIndex(1);
        QVERIFY(pane()->previewModel()->valueOf(QStringLiteral("Authorization")).isEmpty());
        QCOMPARE(pane()->request().auth->kind, AuthKind::None);
        pane()->composer()->authBox()->setCurrentIndex(2);
        HeaderTableModel *own = pane()->composer()->authHeadersModel();
        own->addField();
        own->setData(own->index(0, HeaderTableModel::NameColumn), QStringLiteral("X-API-Key"));
        own->setData(own->index(0, HeaderTableModel::ValueColumn), QStringLiteral("{{secret.api_key}}"));
        QVERIFY(pane()->previewModel()->valueOf(QStringLiteral("Authorization")).isEmpty());
        QCOMPARE(pane()->previewModel()->valueOf(QStringLiteral("X-API-Key")),
            QStringLiteral("\u2022\u2022\u2022\u2022") + DemoCredentials::sandboxApiKey().right(4));
        QCOMPARE(pane()->request().auth->kind, AuthKind::Static);
        pane()->composer()->authBox()->setCurrentIndex(0);
        QVERIFY(!pane()->request().auth);
    }

    void aFileCanBeTheBody()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        const QString path = m_dir.filePath(QStringLiteral("invoice.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"customer\":\"From a file\",\"amount\":7}");
        file.close();
        compose(QStringLiteral("POST"), QStringLiteral("/invoices"));
        pane()->composer()->bodyModeBox()->setCurrentIndex(int(RequestSpec::BodyMode::File));
        m_prompter.openFile = path;
        const auto buttons = pane()->composer()->findChildren<QPushButton *>();
        const auto choose = std::find_if(buttons.begin(), buttons.end(),
            [](QPushButton *b) { return b->text().startsWith(QLatin1String("Choose")); });
        QVERIFY(choose != buttons.end());
        (*choose)->click();
        QCOMPARE(pane()->composer()->bodyFileEdit()->text(), path);
        QCOMPARE(pane()->previewModel()->valueOf(QStringLiteral("Content-Length")),
            QString::number(QFileInfo(path).size()));
        sendAndWait();
        QVERIFY2(pane()->responseView()->statusText().startsWith(QLatin1String("201")),
            qPrintable(pane()->responseView()->statusText()));
        QTRY_VERIFY(pane()->responseView()->prettyText().contains(QLatin1String("From a file")));
    }

    void aMultipartFormIsComposedShownAndSaved()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 receipt");
        file.close();
        compose(QStringLiteral("POST"), QStringLiteral("/invoices"));
        RequestComposer *composer = pane()->composer();
        composer->bodyModeBox()->setCurrentIndex(int(RequestSpec::BodyMode::Multipart));
        MultipartEditor *parts = composer->multipartEditor();
        auto *pages = qobject_cast<QStackedWidget *>(parts->parentWidget());
        QVERIFY(pages && pages->currentWidget() == parts);
        parts->addTextPart();
        parts->table()->item(0, MultipartEditor::NameColumn)->setText(QStringLiteral("customer"));
        parts->table()->item(0, MultipartEditor::ValueColumn)->setText(QStringLiteral("{{companyId}}"));
        m_prompter.openFile = path;
        auto *addFile = composer->findChild<QPushButton *>(QStringLiteral("addFilePart"));
        QVERIFY(addFile);
        addFile->click();
        QCOMPARE(parts->table()->rowCount(), 2);
        QCOMPARE(parts->table()->item(1, MultipartEditor::NameColumn)->text(), QStringLiteral("receipt"));
        QCOMPARE(parts->table()->item(1, MultipartEditor::KindColumn)->text(), QStringLiteral("File"));
        // The Wire tab shows the boundary that will be sent and the exact length, the file unread.
        QTRY_VERIFY(pane()->previewModel()->valueOf(QStringLiteral("Content-Type")).startsWith(
            QLatin1String("multipart/form-data; boundary=keyway-")));
        const RequestSpec spec = composer->spec();
        QCOMPARE(spec.parts.size(), 2);
        QCOMPARE(spec.parts.at(1).file, path);
        m_prompter.text = QStringLiteral("Upload receipt");
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        const auto reloaded = WorkspaceStore::load(m_window->workspace().rootPath);
        QCOMPARE(reloaded->requests.size(), 1);
        QCOMPARE(reloaded->requests.first().bodyMode, RequestSpec::BodyMode::Multipart);
        QCOMPARE(reloaded->requests.first().parts, spec.parts);
    }

    void aGraphQlQueryIsCheckedAndSentAsJson()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("POST"), m_server->baseUrl().toString() + QStringLiteral("/graphql"));
        RequestComposer *composer = pane()->composer();
        composer->bodyModeBox()->setCurrentIndex(int(RequestSpec::BodyMode::GraphQl));
        GraphQlEditor *editor = composer->graphqlEditor();
        editor->queryEdit()->setPlainText(QStringLiteral("query Store { site { settings { storeName } } }\nquery Broken { a {"));
        // The first problem is named with its place, and both operations are offered.
        QVERIFY(!editor->status()->isHidden());
        QCOMPARE(editor->status()->text(), QStringLiteral("'{' at line 2, column 18 is never closed"));
        QCOMPARE(editor->operationBox()->count(), 2);
        QVERIFY(editor->operationBox()->isEnabled());
        editor->queryEdit()->setPlainText(QStringLiteral("query Store { site { settings { storeName } } }\nquery Other { a }"));
        QVERIFY(editor->status()->isHidden());
        editor->operationBox()->setCurrentIndex(0);
        Q_EMIT editor->operationBox()->activated(0);
        QCOMPARE(composer->spec().graphql.operationName, QStringLiteral("Store"));
        editor->variablesEdit()->setPlainText(QStringLiteral("[1]"));
        QVERIFY(editor->status()->text().startsWith(QLatin1String("The variables are not a JSON object")));
        editor->variablesEdit()->setPlainText(QStringLiteral("{\"company\": \"{{companyId}}\"}"));
        QTRY_COMPARE(pane()->previewModel()->valueOf(QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        // The sandbox's storefront wants a storefront token: its GraphQL error shows as an error card.
        sendAndWait();
        QVERIFY2(pane()->responseView()->statusText().startsWith(QLatin1String("401")),
            qPrintable(pane()->responseView()->statusText()));
        QTRY_VERIFY(!pane()->responseView()->errorCard()->isHidden());
        // What went, as the history keeps it.
        QTRY_VERIFY(!m_history.search({}).isEmpty());
        const HistoryEntry kept = *m_history.entry(m_history.search({}).first().id); // with its bodies
        const QJsonObject sent = QJsonDocument::fromJson(kept.requestBody).object();
        QCOMPARE(sent.value(QStringLiteral("operationName")).toString(), QStringLiteral("Store"));
        QCOMPARE(sent.value(QStringLiteral("variables")).toObject().value(QStringLiteral("company")).toString(),
            DemoCredentials::companyId());
    }

    void savingWritesTheRequestFile()
    {
        openWindow(EnvironmentKind::Sandbox, DemoCredentials::sandboxApiKey());
        compose(QStringLiteral("POST"), QStringLiteral("/invoices"),
            QStringLiteral("{\"customer\":\"A\",\"amount\":1}"));
        HeaderTableModel *headers = pane()->composer()->headersModel();
        QAbstractItemModelTester tester(headers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        headers->addField();
        headers->setData(headers->index(0, HeaderTableModel::NameColumn), QStringLiteral("X-Trace"));
        headers->setData(headers->index(0, HeaderTableModel::ValueColumn), QStringLiteral("{{companyId}}"));
        headers->removeField(0);
        QCOMPARE(headers->rowCount(), 0);
        headers->undoStack()->undo(); // the removal
        QCOMPARE(
            headers->index(0, HeaderTableModel::NameColumn).data().toString(), QStringLiteral("X-Trace"));
        QVERIFY(pane()->isModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("\u2022")));
        m_prompter.text = QStringLiteral("Create invoice");
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!pane()->isModified());
        const auto reloaded = WorkspaceStore::load(m_window->workspace().rootPath);
        QCOMPARE(reloaded->requests.size(), 1);
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Save \u201cCreate invoice\u201d"));
        QCOMPARE(pane()->previewModel()->valueOf(QStringLiteral("X-Trace")), DemoCredentials::companyId());
        m_window->undoStack()->undo(); // a new request: undo removes the file
        QVERIFY(WorkspaceStore::load(m_window->workspace().rootPath)->requests.isEmpty());
        m_window->undoStack()->redo();

        m_window->findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        compose(QStringLiteral("GET"), QStringLiteral("/accounts"));
        m_prompter.text = QStringLiteral("billing/List accounts");
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        const auto withFolder = WorkspaceStore::load(m_window->workspace().rootPath);
        QCOMPARE(withFolder->requests.size(), 2);
        QCOMPARE(withFolder->requests.at(1).collection, QStringLiteral("billing"));
        QCOMPARE(withFolder->requests.at(1).name, QStringLiteral("List accounts"));
        QCOMPARE(reloaded->requests.first().method, QStringLiteral("POST"));
        QCOMPARE(reloaded->requests.first().headers.first().value, QStringLiteral("{{companyId}}"));
    }
};

QTEST_MAIN(TestRequestPane)
#include "tst_requestpane.moc"
