#include "history/CredentialScrub.h"

#include <QTest>

using namespace keyway;

// The history keeps responses, but not the credentials they carry.
class TestCredentialScrub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedCredentialsAreMaskedAndReferencesKept()
    {
        const QByteArray form = "grant_type=client_credentials&client_secret=kw_demo_client_secret_9b2e61f0"
                                "&password={{secret.password}}";
        const QByteArray scrubbed = CredentialScrub::body(form, {});
        QVERIFY(!scrubbed.contains("kw_demo_client_secret_9b2e61f0"));
        QVERIFY(scrubbed.contains("password={{secret.password}}")); // a reference is no credential
        const QByteArray json = R"({"client_secret": "{{secret.cs}}", "password": "hunter2hunter2"})";
        const QByteArray jsonScrubbed = CredentialScrub::body(json, {});
        QVERIFY(jsonScrubbed.contains(R"("client_secret": "{{secret.cs}}")"));
        QVERIFY(!jsonScrubbed.contains("hunter2hunter2"));
        QVERIFY(CredentialScrub::isCredentialField(QStringLiteral("Client_Secret")));
        QVERIFY(!CredentialScrub::isCredentialField(QStringLiteral("client_id")));
    }

    void tokensCookiesAndUsedKeysAreMasked()
    {
        const QByteArray tokens = R"({"access_token": "sbx_at_0123456789abcdef", "token_type": "Bearer",
            "refresh_token":"sbx_rt_fedcba9876543210", "expires_in": 3600, "echo": "blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1"})";
        const QByteArray scrubbed
            = CredentialScrub::body(tokens, {QStringLiteral("blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1")});
        for (const char *secret :
            {"sbx_at_0123456789abcdef", "sbx_rt_fedcba9876543210", "blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1"})
            QVERIFY2(!scrubbed.contains(secret), scrubbed.constData());
        QVERIFY(scrubbed.contains("\"token_type\": \"Bearer\"")); // the rest stays readable
        QVERIFY(scrubbed.contains("cdef")); // masked as everywhere: dots and the last four

        const QByteArray form = CredentialScrub::body(
            "access_token=abc123456789xyz&scope=read&client_secret=s3cr3t-value-42", {});
        QVERIFY(!form.contains("abc123456789xyz"));
        QVERIFY(!form.contains("s3cr3t-value-42"));
        QVERIFY(form.contains("scope=read"));

        const auto headers = CredentialScrub::headers(
            {{"Set-Cookie", "session=7f3a9c2e1b0d4f66; Path=/; HttpOnly"}, {"X-Request-Id", "req_123"},
                {"X-Echo", "Bearer blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1"}},
            {QStringLiteral("blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1")});
        QVERIFY(!headers.at(0).second.contains("7f3a9c2e1b0d4f66"));
        QVERIFY(headers.at(0).second.startsWith("session="));
        QVERIFY(headers.at(0).second.contains("; Path=/; HttpOnly"));
        QCOMPARE(headers.at(1).second, QByteArray("req_123"));
        QVERIFY(!headers.at(2).second.contains("blg_test_sk_demo_4f1c2a9e7b3d5a60c8e1"));
    }

    void signedJwtsKeepTheirClaimsButLoseTheirSignature()
    {
        // BigCommerce's storefront token answer, and the same token echoed in a header.
        const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOlsxXSwiZWF0IjoxfQ.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc";
        const QByteArray body = CredentialScrub::body(R"({"data":{"token":")" + jwt + R"("},"meta":{}})", {});
        QVERIFY2(!body.contains("c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc"), body.constData());
        const QByteArray echoed = CredentialScrub::body("see " + jwt + " here", {});
        QVERIFY2(echoed.contains("eyJhbGciOiJIUzI1NiJ9.eyJjaWQiOlsxXSwiZWF0IjoxfQ."), echoed.constData());
        QVERIFY(!echoed.contains("c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc"));
        const auto headers = CredentialScrub::headers({{"X-Token", "Bearer " + jwt}}, {});
        QVERIFY(!headers.first().second.contains("c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc"));
        QVERIFY(CredentialScrub::isCredentialField(QStringLiteral("token")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialScrub)
#include "tst_credentialscrub.moc"
