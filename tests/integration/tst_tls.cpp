#include "http/ClientCertificateCheck.h"
#include "http/SendJob.h"
#include "sandbox/SandboxServer.h"
#include "SecretJobRunner.h"
#include "SelfSignedCertificate.h"
#include "model/ClientCertificate.h"
#include "secrets/MemorySecretStore.h"

#include <future>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using sandbox::DemoCredentials;
using sandbox::SandboxServer;

// HTTPS against a sandbox with a self-signed certificate made for this run.
class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_clientCa;
    MemorySecretStore m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A client key and a certificate the test CA signed for it; `dates` gives openssl ca's
    // -startdate/-enddate for one that is no longer valid.
    bool makeClientCertificate(const QString &name, const QStringList &dates = {})
    {
        const QString key = path(name + QStringLiteral(".key"));
        const QString request = path(name + QStringLiteral(".csr"));
        if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=") + name, QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), request}))
            return false;
        if (dates.isEmpty())
            return runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                QStringLiteral("-CA"), path(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-out"), path(name + QStringLiteral(".pem"))});
        return runOpenssl(QStringList {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                           path(QStringLiteral("ca.cnf")), QStringLiteral("-cert"), path(QStringLiteral("ca.pem")),
                           QStringLiteral("-keyfile"), path(QStringLiteral("ca.key")), QStringLiteral("-in"), request,
                           QStringLiteral("-out"), path(name + QStringLiteral(".pem")), QStringLiteral("-notext")}
                + dates,
            m_dir.path());
    }

    static void writeText(const QString &file, const QByteArray &text)
    {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(text);
    }

    Environment mutualEnvironment(const QUrl &base, const QList<ClientCertificate> &certificates) const
    {
        Environment env;
        env.name = QStringLiteral("mtls");
        env.baseUrl = base.toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId()};
        env.companies.selected = DemoCredentials::companyId();
        env.auth.kind = AuthKind::Static;
        env.auth.headers = {{QStringLiteral("Authorization"),
            QStringLiteral("Bearer ") + DemoCredentials::sandboxApiKey(), true}};
        env.clientCertificates = certificates;
        return env;
    }

    std::unique_ptr<SendJob> sendTo(QNetworkAccessManager &network, const Environment &env)
    {
        RequestSpec request;
        request.name = QStringLiteral("r");
        request.url = QStringLiteral("/accounts");
        auto job = std::make_unique<SendJob>(m_store, network, nullptr, QStringLiteral("ws"), env, request);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        finished.wait(30'000);
        return job;
    }

    // The sandbox's /v1/accounts with its API key, and no client certificate.
    std::unique_ptr<SendJob> send(QNetworkAccessManager &network, const QUrl &base)
    {
        return sendTo(network, mutualEnvironment(base, {}));
    }

    // The check blocks, and the sandbox answers on this thread: it runs on another one meanwhile.
    static ClientCertificateCheck checkOffThread(const ClientIdentity &identity, const QList<QSslCertificate> &trusted)
    {
        auto running = std::async(std::launch::async, [&] { return ClientCertificateCheck::run(identity, trusted); });
        while (running.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
            QTest::qWait(10);
        return running.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(makeSelfSignedCertificate(cert, key));
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certFile, QSsl::Pem);
        m_key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());

        // A CA for client certificates, with openssl ca's smallest configuration (for dated ones).
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Keyway test client CA"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
            QStringLiteral("-out"), path(QStringLiteral("ca.pem"))}));
        writeText(path(QStringLiteral("ca.cnf")),
            "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
            "default_md = sha256\npolicy = any\n[any]\ncommonName = supplied\n");
        writeText(path(QStringLiteral("index.txt")), "");
        writeText(path(QStringLiteral("serial")), "1000\n");
        QVERIFY(makeClientCertificate(QStringLiteral("client")));
        QVERIFY(makeClientCertificate(QStringLiteral("expired"),
            {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                QStringLiteral("20200102000000Z")}));
        QVERIFY(runOpenssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
            QStringLiteral("-in"), path(QStringLiteral("client.key")), QStringLiteral("-passout"),
            QStringLiteral("pass:kw_marker_key_passphrase"), QStringLiteral("-out"), path(QStringLiteral("client-encrypted.key"))}));
        QVERIFY(runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"), path(QStringLiteral("client.pem")),
            QStringLiteral("-inkey"), path(QStringLiteral("client.key")), QStringLiteral("-passout"),
            QStringLiteral("pass:kw_marker_p12_passphrase"), QStringLiteral("-out"), path(QStringLiteral("client.p12"))}));
        QFile ca(path(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        m_clientCa = QSslCertificate(&ca, QSsl::Pem);
        QVERIFY(!m_clientCa.isNull());
        QCOMPARE(runSecretJob(m_store.write({QStringLiteral("ws"), QStringLiteral("mtls"), QStringLiteral("key_passphrase")},
                                  QStringLiteral("kw_marker_key_passphrase")))
                     .result,
            SecretJob::Result::Ok);
    }

    void untrustedCertificateIsReportedNotIgnored()
    {
        SandboxServer server;
        server.enableTls(m_certificate, m_key);
        QVERIFY(server.start());
        QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network;
        const auto job = send(network, server.baseUrl());
        QCOMPARE(job->result(), SendJob::Result::NetworkError);
        QVERIFY2(job->errorString().contains(QLatin1String("TLS error")), qPrintable(job->errorString()));
        QCOMPARE(server.apiRequests(), 0);
    }

    void trustedHttpsWorksAndNeverRedirectsToHttp()
    {
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        SandboxServer secure;
        secure.enableTls(m_certificate, m_key);
        QVERIFY(secure.start());
        SandboxServer plain;
        QVERIFY(plain.start());
        QNetworkAccessManager network;
        const auto ok = send(network, secure.baseUrl());
        QCOMPARE(ok->result(), SendJob::Result::Completed);
        QCOMPARE(ok->response().status, 200);

        secure.redirectNext(1, plain.baseUrl());
        const auto downgraded = send(network, secure.baseUrl());
        QCOMPARE(downgraded->result(), SendJob::Result::Refused);
        QVERIFY2(downgraded->errorString().contains(QLatin1String("HTTPS")),
            qPrintable(downgraded->errorString()));
        QCOMPARE(plain.received().size(), 0);
    }

    void mutualTlsOffersTheCertificateOnlyToItsOrigin()
    {
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        SandboxServer bank;
        bank.enableTls(m_certificate, m_key, {m_clientCa});
        QVERIFY(bank.start());
        QNetworkAccessManager network;
        const ClientCertificate pem {{}, path(QStringLiteral("client.pem")), path(QStringLiteral("client.key")), {}};
        const auto accepted = sendTo(network, mutualEnvironment(bank.baseUrl(), {pem}));
        QVERIFY2(accepted->result() == SendJob::Result::Completed, qPrintable(accepted->errorString()));
        QCOMPARE(accepted->response().status, 200);

        // Without one, or with one for another origin, the server ends the handshake.
        for (const QList<ClientCertificate> &none :
            {QList<ClientCertificate> {}, QList<ClientCertificate> {{QStringLiteral("https://other.example"),
                                                pem.certificateFile, pem.keyFile, {}}}}) {
            QNetworkAccessManager fresh; // no TLS session to resume
            const auto refused = sendTo(fresh, mutualEnvironment(bank.baseUrl(), none));
            QCOMPARE(refused->result(), SendJob::Result::NetworkError);
        }
        QCOMPARE(bank.apiRequests(), 1);
    }

    void encryptedKeysAndBundlesOpenWithTheirPassphrase()
    {
        SandboxServer bank;
        bank.enableTls(m_certificate, m_key, {m_clientCa});
        QVERIFY(bank.start());
        const QString origin = bank.baseUrl().toString();
        const ClientCertificate encrypted {origin, path(QStringLiteral("client.pem")),
            path(QStringLiteral("client-encrypted.key")), QStringLiteral("key_passphrase")};
        QNetworkAccessManager network;
        const auto withKey = sendTo(network, mutualEnvironment(bank.baseUrl(), {encrypted}));
        QVERIFY2(withKey->result() == SendJob::Result::Completed, qPrintable(withKey->errorString()));
        QCOMPARE(withKey->response().status, 200);
        // The passphrase of the bundle is a different one: with the key's, it does not open.
        const ClientCertificate bundle {origin, path(QStringLiteral("client.p12")), {}, QStringLiteral("key_passphrase")};
        QNetworkAccessManager fresh;
        const auto wrong = sendTo(fresh, mutualEnvironment(bank.baseUrl(), {bundle}));
        QCOMPARE(wrong->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(wrong->errorString().contains(QLatin1String("wrong passphrase")), qPrintable(wrong->errorString()));
        QVERIFY(!wrong->errorString().contains(QLatin1String("kw_marker")));
        QCOMPARE(runSecretJob(m_store.write({QStringLiteral("ws"), QStringLiteral("mtls"), QStringLiteral("p12_passphrase")},
                                  QStringLiteral("kw_marker_p12_passphrase")))
                     .result,
            SecretJob::Result::Ok);
        QNetworkAccessManager third;
        const auto right = sendTo(third,
            mutualEnvironment(bank.baseUrl(), {{origin, bundle.certificateFile, {}, QStringLiteral("p12_passphrase")}}));
        QVERIFY2(right->result() == SendJob::Result::Completed, qPrintable(right->errorString()));
        QCOMPARE(right->response().status, 200);
    }

    void aBrokenCertificateIsNamedBeforeAnythingIsSent()
    {
        SandboxServer bank;
        bank.enableTls(m_certificate, m_key, {m_clientCa});
        QVERIFY(bank.start());
        const QString origin = bank.baseUrl().toString();
        QNetworkAccessManager network;
        const auto expired = sendTo(network,
            mutualEnvironment(bank.baseUrl(),
                {{origin, path(QStringLiteral("expired.pem")), path(QStringLiteral("expired.key")), {}}}));
        QCOMPARE(expired->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(expired->errorString().contains(QLatin1String("expired on 2020-01-02")), qPrintable(expired->errorString()));
        const auto noPassphrase = sendTo(network,
            mutualEnvironment(bank.baseUrl(),
                {{origin, path(QStringLiteral("client.pem")), path(QStringLiteral("client-encrypted.key")), {}}}));
        QCOMPARE(noPassphrase->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(noPassphrase->errorString().contains(QLatin1String("passphrase is wrong or missing")),
            qPrintable(noPassphrase->errorString()));
        const auto missing = sendTo(network,
            mutualEnvironment(bank.baseUrl(), {{origin, path(QStringLiteral("nowhere.pem")), path(QStringLiteral("client.key")), {}}}));
        QCOMPARE(missing->result(), SendJob::Result::InvalidRequest);
        QVERIFY2(missing->errorString().contains(QLatin1String("nowhere.pem")), qPrintable(missing->errorString()));
        QCOMPARE(bank.apiRequests(), 0);
    }
    void theCheckTellsWhetherTheServerAskedAndWhatItSaid()
    {
        SandboxServer bank;
        bank.enableTls(m_certificate, m_key, {m_clientCa});
        QVERIFY(bank.start());
        SandboxServer plain;
        plain.enableTls(m_certificate, m_key);
        QVERIFY(plain.start());
        const auto load = [&](const QString &name, const QUrl &server) {
            return ClientIdentity::load({{}, path(name + QStringLiteral(".pem")), path(name + QStringLiteral(".key")), {}},
                server.toString(), {})
                .value();
        };
        const ClientIdentity client = load(QStringLiteral("client"), bank.baseUrl());

        const ClientCertificateCheck accepted = checkOffThread(client, {m_certificate});
        QVERIFY2(accepted.outcome == ClientCertificateCheck::Outcome::Accepted, qPrintable(accepted.message()));
        QVERIFY(accepted.ok());

        // A certificate the bank's CA did not issue (the server's own, self-signed) is refused.
        ClientIdentity stranger = client;
        stranger.certificate = m_certificate;
        stranger.key = m_key;
        const ClientCertificateCheck refused = checkOffThread(stranger, {m_certificate});
        QVERIFY2(refused.outcome == ClientCertificateCheck::Outcome::Refused, qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QLatin1String("refused this one")), qPrintable(refused.message()));

        // The mistake Qt cannot see: the certificate is set up for a server that never asks for one.
        const ClientCertificateCheck notAsked = checkOffThread(load(QStringLiteral("client"), plain.baseUrl()), {m_certificate});
        QVERIFY2(notAsked.outcome == ClientCertificateCheck::Outcome::NotAsked, qPrintable(notAsked.message()));
        QVERIFY2(notAsked.message().contains(QLatin1String("did not ask for a client certificate")), qPrintable(notAsked.message()));

        // An untrusted server gets nothing, and is named as the problem.
        const ClientCertificateCheck untrusted = checkOffThread(client, {});
        QVERIFY2(untrusted.outcome == ClientCertificateCheck::Outcome::Untrusted, qPrintable(untrusted.message()));
        QVERIFY2(untrusted.message().contains(QLatin1String("self-signed")), qPrintable(untrusted.message()));

        // Nobody listening, and plain HTTP, are said as such.
        QUrl closed = bank.baseUrl();
        closed.setPort(1);
        const ClientCertificateCheck nobody = checkOffThread(load(QStringLiteral("client"), closed), {m_certificate});
        QVERIFY2(nobody.outcome == ClientCertificateCheck::Outcome::Failed, qPrintable(nobody.message()));
        QVERIFY2(nobody.message().contains(QLatin1String("refused")), qPrintable(nobody.message()));
        const ClientCertificateCheck http
            = checkOffThread(load(QStringLiteral("client"), QUrl(QStringLiteral("http://127.0.0.1:1"))), {m_certificate});
        QVERIFY2(http.message().contains(QLatin1String("only over HTTPS")), qPrintable(http.message()));
        QCOMPARE(bank.apiRequests(), 0); // a handshake, never a request
        QCOMPARE(plain.apiRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
