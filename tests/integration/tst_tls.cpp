#include "http/SendJob.h"
#include "sandbox/SandboxServer.h"
#include "SecretJobRunner.h"
#include "secrets/MemorySecretStore.h"

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
    MemorySecretStore m_store;

    std::unique_ptr<SendJob> send(QNetworkAccessManager &network, const QUrl &base)
    {
        Environment env;
        env.name = QStringLiteral("tls");
        env.baseUrl = base.toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId()};
        env.companies.selected = DemoCredentials::companyId();
        env.auth.kind = AuthKind::Static;
        env.auth.headers = {{QStringLiteral("Authorization"),
            QStringLiteral("Bearer ") + DemoCredentials::sandboxApiKey(), true}};
        RequestSpec request;
        request.name = QStringLiteral("r");
        request.url = QStringLiteral("/accounts");
        auto job = std::make_unique<SendJob>(m_store, network, nullptr, QStringLiteral("ws"), env, request);
        QSignalSpy finished(job.get(), &SendJob::finished);
        job->start();
        finished.wait(30'000);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&certFile, QSsl::Pem);
        m_key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
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
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
