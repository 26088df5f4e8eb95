#include "auth/JwtSigner.h"
#include "core/OpenSsl.h"
#include "http/ClientCertificateCheck.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;

// OpenSSL is loaded the first time a feature needs it, not with the program.
class TestOpenSsl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsOnceWhenFirstNeeded()
    {
        const auto first = OpenSsl::load();
        QVERIFY2(first, qPrintable(first.error()));
        const auto again = OpenSsl::load();
        QVERIFY(again);
        QCOMPARE(again.value(), first.value());
        QVERIFY(first.value()->SSL_new && first.value()->EVP_DigestSign);
        // The key is checked by OpenSSL itself: not a PEM key is OpenSSL's answer, not a loading error.
        const auto notPem = JwtSigner::sign(JwtAlgorithm::RS256, {}, QByteArrayLiteral("-----BEGIN nonsense"));
        QVERIFY(!notPem);
        QVERIFY2(notPem.error().contains(QLatin1String("PEM private key")), qPrintable(notPem.error()));
    }

    // Run again in a process whose library path offers a broken libcrypto.so.3 and libssl.so.3 first:
    // the program starts (it does not need OpenSSL to), and the features that do say why they cannot work.
    void withoutOpenSslTheFeaturesThatNeedItSaySo()
    {
        if (qEnvironmentVariableIsSet("KEYWAY_TEST_BROKEN_OPENSSL")) {
            const auto signedJwt = JwtSigner::sign(
                JwtAlgorithm::ES256, {{QStringLiteral("sub"), QStringLiteral("x")}}, QByteArrayLiteral("a key"));
            QVERIFY(!signedJwt);
            QVERIFY2(signedJwt.error().startsWith(QLatin1String("OpenSSL 3 is needed for this and cannot be loaded: ")),
                qPrintable(signedJwt.error()));
            ClientIdentity identity;
            identity.origin = QStringLiteral("https://127.0.0.1:9");
            const ClientCertificateCheck check = ClientCertificateCheck::run(identity, {});
            QCOMPARE(check.outcome, ClientCertificateCheck::Outcome::Failed);
            QVERIFY2(check.detail.startsWith(QLatin1String("OpenSSL 3 is needed")), qPrintable(check.detail));
            // HMAC signatures need no OpenSSL.
            QVERIFY(JwtSigner::sign(JwtAlgorithm::HS256, {}, QByteArrayLiteral("secret")));
            return;
        }
        QTemporaryDir libraries;
        for (const char *name : {"libcrypto.so.3", "libssl.so.3"}) {
            QFile broken(libraries.filePath(QLatin1String(name)));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("not a library\n");
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_LIBRARY_PATH"), libraries.path());
        environment.insert(QStringLiteral("KEYWAY_TEST_BROKEN_OPENSSL"), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("withoutOpenSslTheFeaturesThatNeedItSaySo")});
        QVERIFY(child.waitForFinished(30'000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("Totals: 3 passed, 0 failed"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestOpenSsl)
#include "tst_openssl.moc"
