#include "envelope/EnvelopeRecognizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyway;

namespace {

struct Fixture
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QJsonObject expect;
};

Fixture loadFixture(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Fixture fixture;
    fixture.status = object.value(QStringLiteral("status")).toInt();
    const QJsonObject headers = object.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        fixture.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    const QJsonValue body = object.value(QStringLiteral("body"));
    fixture.body = body.isString() ? body.toString().toUtf8()
        : body.isArray()           ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    fixture.expect = object.value(QStringLiteral("expect")).toObject();
    return fixture;
}

ErrorReport recognized(int status, const HeaderList &headers, const QByteArray &body)
{
    const auto report = EnvelopeRecognizer::recognize(status, headers, body);
    return report.value_or(ErrorReport {});
}

const HeaderList Json {{"Content-Type", "application/json"}};

} // namespace

class TestEnvelopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KEYWAY_TEST_DATA_DIR "/envelopes"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 25);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        const Fixture fixture = loadFixture(path);
        const auto report = EnvelopeRecognizer::recognize(fixture.status, fixture.headers, fixture.body);
        QVERIFY(report);
        const QJsonObject &expect = fixture.expect;
        QCOMPARE(report->code, expect.value(QStringLiteral("code")).toString());
        QCOMPARE(report->message, expect.value(QStringLiteral("message")).toString());
        if (expect.contains(QStringLiteral("requestId")))
            QCOMPARE(report->requestId, expect.value(QStringLiteral("requestId")).toString());
        if (expect.contains(QStringLiteral("retryAfterSeconds")))
            QCOMPARE(report->retryAfterSeconds.value_or(-1),
                expect.value(QStringLiteral("retryAfterSeconds")).toInt());
        if (expect.contains(QStringLiteral("errorCount")))
            QCOMPARE(report->errorCount, expect.value(QStringLiteral("errorCount")).toInt());
        if (expect.contains(QStringLiteral("fieldErrors"))) {
            QList<FieldError> fields;
            for (const QJsonValue &value : expect.value(QStringLiteral("fieldErrors")).toArray())
                fields.append(
                    {value[QStringLiteral("field")].toString(), value[QStringLiteral("message")].toString()});
            QCOMPARE(report->fieldErrors, fields);
        }
        if (expect.contains(QStringLiteral("hint")))
            QVERIFY2(!report->hint.isEmpty(), "a hint is expected");
        QVERIFY(!report->hint.contains(QLatin1Char('{'))); // placeholders are always filled
    }

    void successIsNoError()
    {
        QVERIFY(!EnvelopeRecognizer::recognize(200, Json, "{\"success\":true,\"data\":[]}"));
        QVERIFY(!EnvelopeRecognizer::recognize(204, {}, {}));
        QVERIFY(!EnvelopeRecognizer::recognize(200, Json, "{\"data\":{\"x\":1},\"errors\":[]}"));
    }

    void graphqlErrorsAreErrorsEvenWith200()
    {
        const ErrorReport report = recognized(200, Json,
            "{\"data\":null,\"errors\":[{\"message\":\"Field 'x' doesn't "
            "exist\",\"path\":[\"x\"],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}},{\"message\":"
            "\"second\"}]}");
        QCOMPARE(report.format, QStringLiteral("graphql"));
        QCOMPARE(report.code, QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        QCOMPARE(report.message, QStringLiteral("Field 'x' doesn't exist"));
        QCOMPARE(report.errorCount, 2);
        QCOMPARE(report.httpStatus, 200);
    }

    void stripe()
    {
        const ErrorReport report
            = recognized(402, {{"Content-Type", "application/json"}, {"Request-Id", "req_stripe_123"}},
                "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"message\":\"Your card was "
                "declined.\",\"param\":\"payment_method\",\"doc_url\":\"https://stripe.com/docs/error-codes/"
                "card-declined\"}}");
        QCOMPARE(report.format, QStringLiteral("stripe"));
        QCOMPARE(report.code, QStringLiteral("card_declined"));
        QCOMPARE(report.message, QStringLiteral("Your card was declined."));
        QCOMPARE(report.requestId, QStringLiteral("req_stripe_123"));
        QCOMPARE(report.fieldErrors,
            (QList<FieldError> {
                {QStringLiteral("payment_method"), QStringLiteral("Your card was declined.")}}));
        QVERIFY(!report.hint.isEmpty());
    }

    void googleRpc()
    {
        const ErrorReport report = recognized(403, Json,
            "{\"error\":{\"code\":403,\"message\":\"The caller does not have "
            "permission\",\"status\":\"PERMISSION_DENIED\",\"details\":[]}}");
        QCOMPARE(report.format, QStringLiteral("google-rpc"));
        QCOMPARE(report.code, QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(report.message, QStringLiteral("The caller does not have permission"));
    }

    void jsonApi()
    {
        const ErrorReport report = recognized(422, {{"Content-Type", "application/vnd.api+json"}},
            "{\"errors\":[{\"status\":\"422\",\"code\":\"invalid\",\"title\":\"Invalid "
            "Attribute\",\"detail\":\"First name must contain at least two "
            "characters.\",\"source\":{\"pointer\":\"/data/attributes/"
            "firstName\"}},{\"status\":\"422\",\"title\":\"Invalid Attribute\",\"detail\":\"Age is "
            "required.\",\"source\":{\"pointer\":\"/data/attributes/age\"}}]}");
        QCOMPARE(report.format, QStringLiteral("jsonapi"));
        QCOMPARE(report.code, QStringLiteral("invalid"));
        QCOMPARE(report.message, QStringLiteral("First name must contain at least two characters."));
        QCOMPARE(report.errorCount, 2);
        QCOMPARE(report.fieldErrors.size(), 2);
        QCOMPARE(report.fieldErrors.at(1).field, QStringLiteral("/data/attributes/age"));
    }

    void problemJsonWithInvalidParams()
    {
        const ErrorReport report = recognized(400, {{"Content-Type", "application/problem+json"}},
            "{\"type\":\"https://example.net/validation-error\",\"title\":\"Your request is not "
            "valid.\",\"invalid-params\":[{\"name\":\"age\",\"reason\":\"must be a positive integer\"}]}");
        QCOMPARE(report.format, QStringLiteral("problem+json"));
        QCOMPARE(report.message, QStringLiteral("Your request is not valid."));
        QCOMPARE(report.fieldErrors,
            (QList<FieldError> {{QStringLiteral("age"), QStringLiteral("must be a positive integer")}}));
    }

    void htmlPagesGiveTheirTitle()
    {
        const ErrorReport report = recognized(502, {{"Content-Type", "text/html"}},
            "<html><head><title>502 Bad Gateway &amp; "
            "friends</title></head><body><h1>nginx</h1></body></html>");
        QCOMPARE(report.format, QStringLiteral("html"));
        QCOMPARE(report.message, QStringLiteral("502 Bad Gateway & friends"));
        QVERIFY(!report.hint.isEmpty());
    }

    void fallbackShowsStatusAndTheStartOfTheBody()
    {
        const ErrorReport plain
            = recognized(500, {{"Content-Type", "text/plain"}}, "upstream connect error\x01 or disconnect");
        QCOMPARE(plain.format, QStringLiteral("fallback"));
        QCOMPARE(
            plain.message, QStringLiteral("Internal Server Error: upstream connect error or disconnect"));
        const ErrorReport empty = recognized(503, {}, {});
        QCOMPARE(empty.message, QStringLiteral("Service Unavailable"));
        const ErrorReport longBody = recognized(500, {}, QByteArray(5000, 'x'));
        QVERIFY(longBody.message.size() < 260);
        QVERIFY(longBody.message.endsWith(QStringLiteral("\u2026")));
    }

    void retryTimes()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray inTwoMinutes
            = QLocale::c()
                  .toString(now.addSecs(120), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                  .toLatin1();
        const auto date = HeaderValues::retryAfterSeconds({{"Retry-After", inTwoMinutes}}, now);
        QVERIFY(date && *date >= 119 && *date <= 120);
        QCOMPARE(HeaderValues::retryAfterSeconds(
                     {{"X-RateLimit-Reset", QByteArray::number(now.toSecsSinceEpoch() + 30)}}, now)
                     .value_or(-1),
            30);
        QCOMPARE(HeaderValues::retryAfterSeconds({{"X-RateLimit-Reset", "45"}}, now).value_or(-1), 45);
        QCOMPARE(HeaderValues::retryAfterSeconds({{"Retry-After", "soon"}}, now).has_value(), false);
        QCOMPARE(HeaderValues::retryAfterSeconds({{"X-Rate-Limit-Time-Reset-Ms", "1"}}, now).value_or(-1), 1);
    }

    void bearerChallengeParsing()
    {
        const auto params = HeaderValues::bearerChallenge(
            "Basic realm=\"x\", Bearer realm=\"api\", error=\"insufficient_scope\", "
            "scope=\"write:invoices\", error_description=\"needs \\\"write\\\"\"");
        QCOMPARE(params.value("error"), QByteArray("insufficient_scope"));
        QCOMPARE(params.value("scope"), QByteArray("write:invoices"));
        QCOMPARE(params.value("error_description"), QByteArray("needs \"write\""));
        const ErrorReport report = recognized(
            403, {{"WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"write:invoices\""}}, {});
        QCOMPARE(report.code, QStringLiteral("insufficient_scope"));
        QVERIFY2(report.hint.contains(QLatin1String("write:invoices")), qPrintable(report.hint));
    }

    void hostileBodiesNeverCrashOrHang()
    {
        QElapsedTimer clock;
        clock.start();
        const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        QCOMPARE(recognized(400, Json, deep).format, QStringLiteral("fallback"));
        const QByteArray deepObjects
            = QByteArray("{\"a\":").repeated(100'000) + "1" + QByteArray(100'000, '}');
        QCOMPARE(recognized(400, Json, deepObjects).format, QStringLiteral("fallback"));
        const QByteArray huge = "{\"error\":\"x\",\"message\":\"" + QByteArray(50 * 1024 * 1024, 'a') + "\"}";
        const ErrorReport big = recognized(500, Json, huge);
        QCOMPARE(big.format, QStringLiteral("fallback")); // too large to parse; shown as an excerpt
        QVERIFY(big.rawBody.size() <= EnvelopeRecognizer::MaxParsedBytes);
        const ErrorReport invalidUtf8
            = recognized(400, {}, QByteArray("\xff\xfe\xfd{\"message\":\"\xc3\x28\"}"));
        QVERIFY(!invalidUtf8.message.isEmpty());
        const ErrorReport numbers = recognized(400, {{"Content-Type", "text/plain"}},
            "{\"error\":{\"code\":42,\"message\":17},\"success\":false}");
        QCOMPARE(numbers.code, QStringLiteral("42"));
        QCOMPARE(numbers.message, QStringLiteral("Bad Request"));
        const QByteArray hugeHeader
            = "Bearer error=\"invalid_token\", error_description=\"" + QByteArray(1024 * 1024, 'x') + "\"";
        QCOMPARE(
            recognized(401, {{"WWW-Authenticate", hugeHeader}}, {}).code, QStringLiteral("invalid_token"));
        const ErrorReport unclosed
            = recognized(401, {{"WWW-Authenticate", "Bearer error=\"invalid_token"}}, {});
        QCOMPARE(unclosed.code, QStringLiteral("invalid_token"));
        QVERIFY2(clock.elapsed() < 60'000, "recognition must not take long"); // generous: shared machines
    }
};

QTEST_GUILESS_MAIN(TestEnvelopes)
#include "tst_envelopes.moc"
