#include "auth/JwtSigner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using keyway::JwtAlgorithm;
using keyway::JwtSigner;

// JWTs Keyway signs, checked by an implementation it did not write (jose from npm) for every
// algorithm offered, with keys made by the openssl command.
class TestJwtSigner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            // Not the arguments: they hold the token, and the test log is searched for leaked JWTs.
            qWarning().noquote() << program << process.readAllStandardError();
            return false;
        }
        if (out)
            *out = process.readAllStandardOutput();
        return true;
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), path(QStringLiteral("rsa.pem"))}));
        QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("rsa.pem")),
            QStringLiteral("-pubout"), QStringLiteral("-out"), path(QStringLiteral("rsa.pub"))}));
        QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"), path(QStringLiteral("ec.pem"))}));
        QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("ec.pem")),
            QStringLiteral("-pubout"), QStringLiteral("-out"), path(QStringLiteral("ec.pub"))}));
        QFile secret(path(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("bigcommerce-client-secret-0123456789");
        secret.close();
        QByteArray version;
        const bool required = qEnvironmentVariableIsSet("KEYWAY_REQUIRE_REFERENCE_SERVERS");
        if (!run(QStringLiteral("node"), {QStringLiteral("-e"), QStringLiteral("require.resolve('jose')")}, &version)) {
            if (required)
                QFAIL("node with jose (npm) is needed: scripts/test installs it");
            QSKIP("node with jose (npm) is not installed");
        }
    }

    void anIndependentVerifierAcceptsEveryAlgorithm_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("signingKey");
        QTest::addColumn<QString>("verifyingKey");
        QTest::newRow("HS256") << "HS256" << "secret" << "secret";
        QTest::newRow("HS384") << "HS384" << "secret" << "secret";
        QTest::newRow("HS512") << "HS512" << "secret" << "secret";
        QTest::newRow("RS256") << "RS256" << "rsa.pem" << "rsa.pub";
        QTest::newRow("ES256") << "ES256" << "ec.pem" << "ec.pub";
    }

    void anIndependentVerifierAcceptsEveryAlgorithm()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, signingKey);
        QFETCH(QString, verifyingKey);
        // BigCommerce's Customer Login claims, integers where it wants integers.
        const QJsonObject claims {{QStringLiteral("iss"), QStringLiteral("client-id-1")},
            {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}, {QStringLiteral("jti"), QStringLiteral("b2e5c1")},
            {QStringLiteral("operation"), QStringLiteral("customer_login")}, {QStringLiteral("store_hash"), QStringLiteral("abc123")},
            {QStringLiteral("customer_id"), 42}};
        const auto token = JwtSigner::sign(*JwtSigner::algorithmFromName(algorithm), claims, readFile(signingKey));
        QVERIFY2(token, qPrintable(token ? QString() : token.error()));
        QByteArray out;
        QVERIFY(run(QStringLiteral("node"),
            {QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/verify-jwt.mjs"), algorithm, token.value(), path(verifyingKey)}, &out));
        const QJsonObject verified = QJsonDocument::fromJson(out).object();
        QCOMPARE(verified.value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(), algorithm);
        QCOMPARE(verified.value(QStringLiteral("payload")).toObject(), claims);
    }

    void aKeyPastedOnOneLineStillSigns()
    {
        // A one-line field (the key manager, a terminal prompt) turns the PEM's line breaks into spaces.
        const QByteArray oneLine = readFile(QStringLiteral("ec.pem")).simplified();
        QVERIFY(!oneLine.contains('\n'));
        const QJsonObject claims {{QStringLiteral("sub"), QStringLiteral("x")}};
        const auto token = JwtSigner::sign(JwtAlgorithm::ES256, claims, oneLine, QStringLiteral("kid-7"));
        QVERIFY2(token, qPrintable(token ? QString() : token.error()));
        QByteArray out;
        QVERIFY(run(QStringLiteral("node"),
            {QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/verify-jwt.mjs"), QStringLiteral("ES256"), token.value(),
                path(QStringLiteral("ec.pub"))},
            &out));
        const QJsonObject header = QJsonDocument::fromJson(out).object().value(QStringLiteral("header")).toObject();
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-7"));
    }

    void aWrongKeyIsRefusedByTheVerifierAndABadKeyHere()
    {
        const QJsonObject claims {{QStringLiteral("sub"), QStringLiteral("x")}};
        const auto token = JwtSigner::sign(JwtAlgorithm::HS256, claims, QByteArrayLiteral("not-the-secret"));
        QVERIFY(token);
        QVERIFY(!run(QStringLiteral("node"),
            {QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/verify-jwt.mjs"), QStringLiteral("HS256"), token.value(),
                path(QStringLiteral("secret"))}));
        const auto notPem = JwtSigner::sign(JwtAlgorithm::RS256, claims, QByteArrayLiteral("-----BEGIN nonsense"));
        QVERIFY(!notPem);
        QVERIFY2(notPem.error().contains(QLatin1String("PEM private key")), qPrintable(notPem.error()));
        const auto wrongKind = JwtSigner::sign(JwtAlgorithm::ES256, claims, readFile(QStringLiteral("rsa.pem")));
        QVERIFY(!wrongKind);
        QVERIFY2(wrongKind.error().contains(QLatin1String("EC (P-256)")), qPrintable(wrongKind.error()));
        QVERIFY(!JwtSigner::sign(JwtAlgorithm::HS256, claims, {}));
    }
};

QTEST_GUILESS_MAIN(TestJwtSigner)
#include "tst_jwtsigner.moc"
