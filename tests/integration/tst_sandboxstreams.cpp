#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using keyway::sandbox::SandboxServer;

// The sandbox's streams for the streaming work (issue 16): a slow server-sent event stream whose
// events arrive one by one, long before it ends.
class TestSandboxStreams : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_server;
    QNetworkAccessManager m_network;

    QNetworkReply *get(const QString &pathAndQuery)
    {
        return m_network.get(QNetworkRequest(QUrl(m_server.baseUrl().toString() + pathAndQuery)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void eventsArriveAsTheyAreSent()
    {
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/_sandbox/events?count=4&interval=400")));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("id: 1\n"), 5000);
        // The first event is here while the stream has three more to go.
        QVERIFY(!reply->isFinished());
        QVERIFY(!received.contains("id: 4\n"));
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("text/event-stream; charset=utf-8"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        received += reply->readAll();
        QCOMPARE(received.count("event: tick\n"), 4);
        QVERIFY(received.contains("data: {\"at\":"));
        QVERIFY(clock.elapsed() >= 1200); // four events, 400 ms apart
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }

    void aClientThatLeavesEndsItsStream()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/_sandbox/events?count=1000&interval=20")));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("id: 2\n"), 5000);
        reply->abort();
        QTest::qWait(200); // the stream notices and stops; the server goes on serving
        std::unique_ptr<QNetworkReply> next(get(QStringLiteral("/_sandbox/stats")));
        QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), 5000);
        QCOMPARE(next->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void jsonLinesArriveAsTheyAreSent()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/_sandbox/events?count=3&interval=300&format=ndjson")));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("\"sequence\":1"), 5000);
        QVERIFY(!reply->isFinished()); // two more are to come
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/x-ndjson"));
        QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
        received += reply->readAll();
        const QList<QByteArray> lines = received.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    void aLargeJsonBodyIsMadeAsItIsSent()
    {
        std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/_sandbox/large.json?megabytes=3")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20'000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        const QByteArray body = reply->readAll();
        QVERIFY(body.size() >= 3 << 20 && body.size() < (3 << 20) + 4096);
        const QJsonDocument json = QJsonDocument::fromJson(body);
        QVERIFY(json.isObject());
        QCOMPARE(json.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("needle")).toString(),
            QStringLiteral("the-last-one"));
        for (const char *query : {"megabytes=0", "megabytes=x", "megabytes=20000"}) {
            std::unique_ptr<QNetworkReply> bad(get(QStringLiteral("/_sandbox/large.json?") + QLatin1String(query)));
            QTRY_VERIFY_WITH_TIMEOUT(bad->isFinished(), 5000);
            QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
            QVERIFY(bad->readAll().contains("megabytes must be 1 to 10240"));
        }
    }

    void badParametersAreNamed()
    {
        for (const char *query : {"count=0&interval=100", "count=5&interval=1", "count=x&interval=100", "count=20000&interval=100"}) {
            std::unique_ptr<QNetworkReply> reply(get(QStringLiteral("/_sandbox/events?") + QLatin1String(query)));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
            QVERIFY(reply->readAll().contains("count must be 1 to 10000"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxStreams)
#include "tst_sandboxstreams.moc"
