#include "http/FinalRequestBuilder.h"
#include "http/HttpExchange.h"
#include "http/SendJob.h"
#include "model/SecretMask.h"
#include "NodeServer.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

#include <memory>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

namespace {

const QString WorkspaceId = QStringLiteral("ws-multipart");
const QString ApiKey = QStringLiteral("kw_marker_multipart_secret_0123");

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

// multipart/form-data and whole-file bodies streamed from disk (issue 14 item 2), read by busboy —
// a parser Keyway did not write — byte for byte: names, file names, types, sizes and hashes.
class TestMultipart : public QObject
{
    Q_OBJECT

private:
    QProcess m_server;
    QString m_base;
    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    QNetworkAccessManager m_network;
    QByteArray m_binary; // 8 MiB that is not text

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    Environment environment() const
    {
        Environment env;
        env.name = QStringLiteral("echo");
        env.baseUrl = m_base;
        env.variables = {{QStringLiteral("who"), QStringLiteral("Ada")}};
        env.addSecretSlot(QStringLiteral("api_key"));
        return env;
    }

    RequestSpec multipart(const QString &path) const
    {
        RequestSpec request;
        request.name = QStringLiteral("upload");
        request.method = QStringLiteral("POST");
        request.url = path;
        request.bodyMode = RequestSpec::BodyMode::Multipart;
        request.parts = {{QStringLiteral("title"), QStringLiteral("Hello {{who}} \u00e9"), {}, {}, true},
            {QStringLiteral("token"), QStringLiteral("{{secret.api_key}}"), {}, {}, true},
            {QStringLiteral("upload"), {}, m_dir.filePath(QStringLiteral("blob.bin")), {}, true},
            {QStringLiteral("notes"), {}, m_dir.filePath(QStringLiteral("notes \"q\".txt")), QStringLiteral("text/markdown"), true},
            {QStringLiteral("skipped"), QStringLiteral("x"), {}, {}, false}};
        return request;
    }

    std::unique_ptr<SendJob> send(const RequestSpec &request)
    {
        auto job = std::make_unique<SendJob>(m_store, m_network, nullptr, WorkspaceId, environment(), request);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        if (!finished.wait(60'000))
            qWarning("send did not finish");
        return job;
    }

    static QJsonObject answer(const SendJob &job) { return QJsonDocument::fromJson(job.response().body).object(); }

    void checkParts(const QJsonObject &received)
    {
        const QJsonArray parts = received.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("Hello Ada \u00e9"));
        QCOMPARE(parts[1].toObject().value(QStringLiteral("value")).toString(), ApiKey);
        const QJsonObject upload = parts[2].toObject();
        QCOMPARE(upload.value(QStringLiteral("filename")).toString(), QStringLiteral("blob.bin"));
        QCOMPARE(upload.value(QStringLiteral("mimeType")).toString(), QStringLiteral("application/octet-stream"));
        QCOMPARE(upload.value(QStringLiteral("size")).toInteger(), m_binary.size());
        QCOMPARE(upload.value(QStringLiteral("sha256")).toString(), sha256Of(m_binary));
        const QJsonObject notes = parts[3].toObject();
        // A quote in a file name cannot end the header: it arrives percent-encoded, as browsers send it.
        QCOMPARE(notes.value(QStringLiteral("filename")).toString(), QStringLiteral("notes %22q%22.txt"));
        QCOMPARE(notes.value(QStringLiteral("mimeType")).toString(), QStringLiteral("text/markdown"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const NodeServerStart started = startNodeServer(m_server, QStringLiteral("multipart-echo-server.mjs"));
        if (started.url.isEmpty()) {
            if (referenceServersRequired())
                QFAIL(qPrintable(started.problem));
            QSKIP(qPrintable(started.problem));
        }
        m_base = started.url;
        m_binary.resize(8 * 1024 * 1024);
        for (qsizetype i = 0; i < m_binary.size(); ++i)
            m_binary[i] = char((i * 7919 + i / 4096) & 0xff); // every byte value, CR and LF included
        writeFile(QStringLiteral("blob.bin"), m_binary);
        writeFile(QStringLiteral("notes \"q\".txt"), "# Notes\r\n--not a boundary--\r\n");
        QCOMPARE(runSecretJob(m_store.write({WorkspaceId, QStringLiteral("echo"), QStringLiteral("api_key")}, ApiKey)).result,
            SecretJob::Result::Ok);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }

    void partsArriveByteForByteAndTheLengthIsTheOneShown()
    {
        const auto job = send(multipart(QStringLiteral("/echo")));
        QVERIFY2(job->result() == SendJob::Result::Completed, qPrintable(job->errorString()));
        const QJsonObject received = answer(*job);
        checkParts(received);
        // What the Wire tab promised is what went: the boundary, and Content-Length to the byte (the
        // shown one differs only by the masked secret's length).
        const WireRequest &shown = job->maskedRequest();
        QCOMPARE(received.value(QStringLiteral("contentType")).toString(), shown.header(QStringLiteral("Content-Type")));
        QCOMPARE(received.value(QStringLiteral("contentLength")).toInteger(), job->sentRequest().declaredLength);
        QCOMPARE(received.value(QStringLiteral("received")).toInteger(), job->sentRequest().declaredLength);
        QVERIFY(shown.header(QStringLiteral("Content-Type")).startsWith(QLatin1String("multipart/form-data; boundary=keyway-")));
    }

    void thePreviewSummarisesFilesAndMasksSecrets()
    {
        const auto preview = FinalRequestBuilder::build(
            multipart(QStringLiteral("/echo")), {environment(), VariableExpander::SecretMode::Mask, {}, {}});
        QVERIFY2(preview, qPrintable(preview.error()));
        const QString body = QString::fromUtf8(preview->body);
        QVERIFY2(body.contains(QStringLiteral("<blob.bin, %1 bytes>").arg(m_binary.size())), qPrintable(body));
        QVERIFY(body.contains(QLatin1String("Content-Disposition: form-data; name=\"token\"\r\n\r\n") + SecretMask::dots()));
        QVERIFY(!body.contains(ApiKey));
        QVERIFY(!body.contains(QLatin1String("skipped")));
        QVERIFY(preview->bodyHoldsSecret); // a 307 to another origin would be refused
        QCOMPARE(preview->transportHeaders().value(1).value, QString::number(preview->declaredLength));
        // The same boundary every time, so the preview is exact.
        const auto again = FinalRequestBuilder::build(
            multipart(QStringLiteral("/echo")), {environment(), VariableExpander::SecretMode::Mask, {}, {}});
        QCOMPARE(again->boundary, preview->boundary);
    }

    void aFileBodyIsStreamedAsItIs()
    {
        RequestSpec request;
        request.name = QStringLiteral("raw");
        request.method = QStringLiteral("PUT");
        request.url = QStringLiteral("/echo");
        request.bodyMode = RequestSpec::BodyMode::File;
        request.bodyFile = m_dir.filePath(QStringLiteral("blob.bin"));
        const auto job = send(request);
        QVERIFY2(job->result() == SendJob::Result::Completed, qPrintable(job->errorString()));
        const QJsonObject received = answer(*job);
        QCOMPARE(received.value(QStringLiteral("received")).toInteger(), m_binary.size());
        QCOMPARE(received.value(QStringLiteral("sha256")).toString(), sha256Of(m_binary));
        QCOMPARE(received.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/octet-stream"));
        QCOMPARE(QString::fromUtf8(job->maskedRequest().body), QStringLiteral("<blob.bin, %1 bytes>").arg(m_binary.size()));
    }

    void a307SendsTheStreamedBodyAgainAnd303DropsIt()
    {
        const auto again = send(multipart(QStringLiteral("/redirect/307")));
        QVERIFY2(again->result() == SendJob::Result::Completed, qPrintable(again->errorString()));
        QCOMPARE(again->response().redirects.size(), 1);
        checkParts(answer(*again));
        const auto dropped = send(multipart(QStringLiteral("/redirect/303")));
        QCOMPARE(dropped->result(), SendJob::Result::Completed);
        QCOMPARE(answer(*dropped).value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(answer(*dropped).value(QStringLiteral("received")).toInteger(), 0);
    }

    void missingOrChangedFilesAreNamed()
    {
        RequestSpec request = multipart(QStringLiteral("/echo"));
        request.parts[2].file = m_dir.filePath(QStringLiteral("nowhere.bin"));
        const auto missing = send(request);
        QCOMPARE(missing->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(missing->errorString().contains(QLatin1String("nowhere.bin"))
                && missing->errorString().contains(QLatin1String("'upload'")),
            qPrintable(missing->errorString()));

        // A file that grows between the preview and the send would not match its Content-Length.
        const QString growing = writeFile(QStringLiteral("growing.bin"), "12345");
        RequestSpec file;
        file.name = QStringLiteral("grow");
        file.method = QStringLiteral("POST");
        file.url = QStringLiteral("/echo");
        file.bodyMode = RequestSpec::BodyMode::File;
        file.bodyFile = growing;
        const auto wire = FinalRequestBuilder::build(file, {environment(), VariableExpander::SecretMode::Reveal, {}, {}});
        QVERIFY(wire);
        writeFile(QStringLiteral("growing.bin"), "1234567890");
        HttpExchange exchange(m_network, wire.value(), {});
        QSignalSpy finished(&exchange, &HttpExchange::finished);
        exchange.start();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(exchange.result(), HttpExchange::Result::Refused);
        QVERIFY2(exchange.errorString().contains(QLatin1String("changed")), qPrintable(exchange.errorString()));
    }

    void aContentTypeCannotInjectHeaders()
    {
        RequestSpec request = multipart(QStringLiteral("/echo"));
        request.parts[3].contentType = QStringLiteral("text/plain\r\nX-Injected: 1");
        const auto refused = send(request);
        QCOMPARE(refused->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(refused->errorString().contains(QLatin1String("content type of part 'notes'")), qPrintable(refused->errorString()));
        request.parts[3].contentType.clear();
        request.parts[3].name = QStringLiteral("evil\"; filename=\"x.exe");
        const auto quoted = send(request);
        QCOMPARE(quoted->result(), SendJob::Result::Completed);
        QCOMPARE(answer(*quoted).value(QStringLiteral("parts")).toArray().at(3).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("evil%22; filename=%22x.exe"));
    }
};

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
