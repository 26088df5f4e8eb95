#include "http/ContentDecoder.h"
#include "http/SendJob.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <functional>

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace keyway;

namespace {

// A one-shot HTTP server that records the raw request bytes and answers with a canned response.
class RawServer
{
public:
    QByteArray response
        = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
    QByteArray raw;

    quint16 start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                raw += socket->readAll();
                const qsizetype end = raw.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray lengthLine = headerValue("Content-Length");
                if (raw.size() - end - 4 < lengthLine.toLongLong())
                    return;
                socket->write(response);
                socket->disconnectFromHost();
            });
        });
        return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0) ? m_server.serverPort() : 0;
    }

    QByteArray headerValue(const QByteArray &name) const
    {
        for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

    // "Name: value" lines of the request head, without the request line.
    QStringList headerLines() const
    {
        QStringList lines;
        const QList<QByteArray> head = raw.left(raw.indexOf("\r\n\r\n")).split('\n');
        for (qsizetype i = 1; i < head.size(); ++i)
            lines.append(QString::fromLatin1(head.at(i).trimmed()));
        lines.sort();
        return lines;
    }

private:
    QTcpServer m_server;
};

QStringList previewLines(const WireRequest &wire)
{
    QStringList lines = wire.toText().split(QLatin1Char('\n'));
    lines.removeFirst(); // the request line
    QStringList headers;
    for (const QString &line : lines) {
        if (line.isEmpty())
            break;
        headers.append(line);
    }
    headers.sort();
    return headers;
}

QByteArray gzip(const QByteArray &data)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
    process.write(data);
    process.closeWriteChannel();
    process.waitForFinished(10'000);
    return process.readAllStandardOutput();
}

} // namespace

// What the preview shows is byte for byte what goes on the wire.
class TestWireExactness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SendJob> send(RawServer &server, const QString &method, const QString &body,
        const std::function<void(SendJob &)> &configure = {})
    {
        const quint16 port = server.start();
        Environment env;
        env.name = QStringLiteral("e");
        env.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        env.companies.ids = {QStringLiteral("company_a")};
        env.companies.selected = QStringLiteral("company_a");
        env.auth.kind = AuthKind::Static;
        env.auth.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.key}}"), true}};
        env.addSecretSlot(QStringLiteral("key"));
        (void)runSecretJob(m_store.write({QStringLiteral("ws"), QStringLiteral("e"), QStringLiteral("key")},
            QStringLiteral("sk_test_0123456789abcdef")));
        RequestSpec request;
        request.name = QStringLiteral("r");
        request.method = method;
        request.url = QStringLiteral("/items?x=1");
        request.body = body;
        request.headers = {{QStringLiteral("X-Custom"), QStringLiteral("yes"), true}};
        auto job = std::make_unique<SendJob>(m_store, m_network, nullptr, QStringLiteral("ws"), env, request);
        if (configure)
            configure(*job);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        finished.wait(30'000);
        return job;
    }

    MemorySecretStore m_store;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void previewEqualsTheWire_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("body");
        QTest::newRow("GET") << QStringLiteral("GET") << QString();
        QTest::newRow("POST json") << QStringLiteral("POST") << QStringLiteral("{\"amount\": 12.5}");
        QTest::newRow("DELETE") << QStringLiteral("DELETE") << QString();
    }

    void previewEqualsTheWire()
    {
        QFETCH(QString, method);
        QFETCH(QString, body);
        RawServer server;
        const auto job = send(server, method, body);
        QCOMPARE(job->result(), SendJob::Result::Completed);
        QCOMPARE(server.raw.left(server.raw.indexOf(' ')), method.toLatin1());
        QCOMPARE(server.headerLines(), previewLines(job->sentRequest()));
        // The masked preview differs from the wire only in the secret.
        QStringList masked = previewLines(job->maskedRequest());
        masked.replaceInStrings(QStringLiteral("Bearer \u2022\u2022\u2022\u2022cdef"),
            QStringLiteral("Bearer sk_test_0123456789abcdef"));
        QCOMPARE(masked, server.headerLines());
        QVERIFY(server.raw.endsWith(body.toUtf8()));
    }

    void gzipAndDeflateBodiesAreDecoded()
    {
        const QByteArray text = QByteArray("{\"message\":\"hello\"}").repeated(100);
        QCOMPARE(ContentDecoder::decode(gzip(text), "gzip").value(), text);
        QCOMPARE(ContentDecoder::decode(qCompress(text).mid(4), "deflate").value(), text); // zlib-wrapped
        QVERIFY(!ContentDecoder::decode("not gzip at all", "gzip"));
        QVERIFY(!ContentDecoder::decode(text, "br"));
        QCOMPARE(ContentDecoder::decode(text, "identity").value(), text);

        RawServer server;
        const QByteArray compressed = gzip(text);
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: "
                          "gzip\r\nContent-Length: "
            + QByteArray::number(compressed.size()) + "\r\nConnection: close\r\n\r\n" + compressed;
        const auto job = send(server, QStringLiteral("GET"), {});
        QCOMPARE(job->result(), SendJob::Result::Completed);
        QCOMPARE(job->response().body, text);
    }

    void bodiesDecodeTheSameInPieces_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("piece");
        const QByteArray text = QByteArray("{\"line\":1,\"text\":\"sandbox\"}\n").repeated(5000);
        QByteArray raw = qCompress(text).mid(4 + 2); // no length prefix, no zlib header…
        raw.chop(4); // …and no checksum: raw deflate, as some servers send it
        for (int piece : {1, 7, 4096}) {
            QTest::addRow("gzip in %d-byte pieces", piece) << QByteArray("gzip") << gzip(text) << piece;
            QTest::addRow("zlib deflate in %d-byte pieces", piece) << QByteArray("deflate") << qCompress(text).mid(4) << piece;
            QTest::addRow("raw deflate in %d-byte pieces", piece) << QByteArray("deflate") << raw << piece;
        }
    }

    void bodiesDecodeTheSameInPieces()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, wire);
        QFETCH(int, piece);
        const QByteArray whole = ContentDecoder::decode(wire, encoding).value();
        ContentDecoder decoder(encoding);
        QByteArray pieces;
        for (qsizetype at = 0; at < wire.size(); at += piece)
            pieces += decoder.feed(wire.mid(at, piece)).value();
        pieces += decoder.finish().value();
        QCOMPARE(pieces.size(), whole.size());
        QVERIFY(pieces == whole);
    }

    void aHeaderFloodIsRefusedWithTheLimitsNamed_data()
    {
        QTest::addColumn<int>("fields");
        QTest::addColumn<int>("fieldBytes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("95 fields") << 95 << 10 << true;
        QTest::newRow("150 fields") << 150 << 10 << false;
        QTest::newRow("20000 fields") << 20000 << 10 << false;
        QTest::newRow("a 7 KiB field") << 1 << 7 * 1024 << true;
        QTest::newRow("a 9 KiB field") << 1 << 9 * 1024 << false;
    }

    void aHeaderFloodIsRefusedWithTheLimitsNamed()
    {
        QFETCH(int, fields);
        QFETCH(int, fieldBytes);
        QFETCH(bool, accepted);
        RawServer server;
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n";
        for (int i = 0; i < fields; ++i)
            server.response += "X-Field-" + QByteArray::number(i) + ": " + QByteArray(fieldBytes, 'v') + "\r\n";
        server.response += "Connection: close\r\n\r\nok";
        const auto job = send(server, QStringLiteral("GET"), {});
        if (accepted) {
            QCOMPARE(job->result(), SendJob::Result::Completed);
            QCOMPARE(job->response().headers.size(), fields + 3);
            return;
        }
        QCOMPARE(job->result(), SendJob::Result::Refused);
        QVERIFY2(job->errorString().contains(QLatin1String("more than 100 fields, a field over 8 KiB")),
            qPrintable(job->errorString()));
    }

    void aBodyOverTheMemoryLimitIsRefusedWithTheLimitNamed()
    {
        RawServer server;
        const QByteArray body(3 * 1024 * 1024, 'x');
        server.response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        const auto job = send(server, QStringLiteral("GET"), {}, [](SendJob &limited) { limited.setMaxBodyBytes(1024 * 1024); });
        QCOMPARE(job->result(), SendJob::Result::Refused);
        QVERIFY2(job->errorString().contains(QLatin1String("larger than 1 MiB")), qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(QLatin1String("send -o FILE")));
    }
};

QTEST_GUILESS_MAIN(TestWireExactness)
#include "tst_wireexactness.moc"
