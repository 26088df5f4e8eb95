#include "checks/Capture.h"
#include "checks/Check.h"
#include "checks/JsonPath.h"
#include "checks/ResponseChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyway;

// Checks as a user writes them, against responses shaped like the sandbox's.
class TestResponseChecks : public QObject
{
    Q_OBJECT

private:
    static HttpResponse invoice()
    {
        HttpResponse response;
        response.status = 201;
        response.elapsedMs = 120;
        response.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"ETag", "\"v1\""},
            {"Set-Cookie", "sbx_session_abc=kw_marker_cookie"}};
        response.body = R"({"data": [{"id": "inv_7", "amount": 4200, "paid": false, "lines": [1, 2, 3],
            "customer": {"name": "Ada", "email": "ada@example.com"}, "a b": 1}],
            "access_token": "kw_marker_issued_token_value", "note": "key kw_marker_secret_value inside"})";
        response.bodySize = response.body.size();
        return response;
    }

    static CheckOutcome outcome(const QString &line, const HttpResponse &response = invoice(),
        const QStringList &secrets = {})
    {
        const QList<CheckOutcome> outcomes = ResponseChecks::evaluate(QStringList {line}, response, secrets);
        return outcomes.value(0);
    }

private Q_SLOTS:
    void jsonPathsNameOneValue()
    {
        const QJsonValue root = QJsonDocument::fromJson(invoice().body).object();
        const auto value = [&](const QString &path) { return JsonPath::parse(path).value().valueIn(root); };
        QCOMPARE(value(QStringLiteral("$.data[0].id"))->toString(), QStringLiteral("inv_7"));
        QCOMPARE(value(QStringLiteral("$.data[-1].lines[-1]"))->toInt(), 3);
        QCOMPARE(value(QStringLiteral("$[\"data\"][0][\"a b\"]"))->toInt(), 1);
        QVERIFY(value(QStringLiteral("$")).has_value());
        QVERIFY(!value(QStringLiteral("$.data[5]")));
        QVERIFY(!value(QStringLiteral("$.data.id"))); // an array has no members
        QVERIFY(!value(QStringLiteral("$.nothing.deeper")));
        for (const auto &[path, problem] : std::initializer_list<std::pair<const char *, const char *>> {
                 {"data", "starts with $"}, {"$.", "a name must follow"}, {"$[0", "not closed"},
                 {"$[abc]", "in double quotes"}, {"$x", "expected . or ["}}) {
            const auto parsed = JsonPath::parse(QString::fromLatin1(path));
            QVERIFY2(!parsed && parsed.error().contains(QLatin1String(problem)), qPrintable(parsed.error()));
        }
    }

    void checksThatPass()
    {
        for (const char *line : {"status == 201", "status in 2xx", "status in 200, 201", "status in [201]",
                 "status >= 200", "status != 404", "header content-type contains json", "header ETag exists",
                 "header X-Missing absent", "header ETag == \"\\\"v1\\\"\"", "header ETag contains v1", "header Content-Type matches ^application/json",
                 "$.data[0].id exists", "$.data[0].id == \"inv_7\"", "$.data[0].amount == 4200",
                 "$.data[0].amount == 4200.0", "$.data[0].amount > 4000", "$.data[0].amount <= 4200",
                 "$.data[0].paid == false", "$.data[0].lines length == 3", "$.data[0].lines contains 2",
                 "$.data[0].customer contains \"email\"", "$.data[0].customer.email matches ^[^@]+@example\\.com$",
                 "$.data[0].id type string", "$.data[0].lines type array", "$.data[0].nothing absent",
                 "$.data[0][\"a b\"] == 1", "$.data[0].id in inv_7, inv_8", "body contains inv_7", "time < 5000",
                 "no-error"}) {
            const CheckOutcome result = outcome(QString::fromLatin1(line));
            QVERIFY2(result.passed, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(line), result.problem)));
            QVERIFY(result.problem.isEmpty());
        }
    }

    void failuresSayExpectedAndActual()
    {
        const auto problem = [](const char *line) { return outcome(QString::fromLatin1(line)).problem; };
        QCOMPARE(problem("status == 200"), QStringLiteral("expected == 200, got 201"));
        QCOMPARE(problem("status in 4xx"), QStringLiteral("expected in 4xx, got 201"));
        QCOMPARE(problem("$.data[0].amount == 42"), QStringLiteral("expected == 42, got 4200"));
        // A string is not the number it spells: the quotes show which is which.
        QCOMPARE(problem("$.data[0].id == 7"), QStringLiteral("expected == 7, got \"inv_7\""));
        QCOMPARE(problem("$.data[0].id type number"), QStringLiteral("expected type number, got string (\"inv_7\")"));
        QCOMPARE(problem("$.data[0].nothing exists"), QStringLiteral("expected a value at $.data[0].nothing, but there is none"));
        QCOMPARE(problem("$.data[0].nothing == 1"), QStringLiteral("expected a value at $.data[0].nothing, but there is none"));
        QCOMPARE(problem("header ETag absent"), QStringLiteral("expected none, got \"\\\"v1\\\"\""));
        QCOMPARE(problem("header X-Request-Id exists"), QStringLiteral("expected a header X-Request-Id, but there is none"));
        QCOMPARE(problem("time < 100"), QStringLiteral("expected < 100, got 120 ms"));
        QVERIFY(problem("$.data[0].amount length == 1").contains(QLatin1String("has no length")));

        HttpResponse text = invoice();
        text.body = "<html>oops</html>";
        QVERIFY(outcome(QStringLiteral("$.id exists"), text).problem.startsWith(QLatin1String("the body is not JSON")));
        HttpResponse error = invoice();
        error.status = 404;
        error.body = R"({"error": {"code": "not_found", "message": "Invoice inv_9 does not exist"}})";
        const CheckOutcome envelope = outcome(QStringLiteral("no-error"), error);
        QVERIFY(!envelope.passed);
        QVERIFY2(envelope.problem.startsWith(QLatin1String("expected no error, got:")), qPrintable(envelope.problem));
        // A streamed body is not in memory: body checks say so instead of checking a prefix.
        HttpResponse streamed = invoice();
        streamed.bodyStreamed = true;
        streamed.bodySize = streamed.body.size() * 1000;
        const QString bodyProblem = outcome(QStringLiteral("$.data exists"), streamed).problem;
        QVERIFY2(bodyProblem.startsWith(QLatin1String("only the body's first ")) && bodyProblem.contains(QLatin1String("without -o")),
            qPrintable(bodyProblem));
        QVERIFY(outcome(QStringLiteral("status == 201"), streamed).passed);
    }

    // Whole numbers skip JSON's parser and writer; they must come out as those would make them.
    void numbersReadAndShowAsJsonDoes()
    {
        const QStringList texts {QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("200"),
            QStringLiteral("999999999999999"), QStringLiteral("9999999999999999"), QStringLiteral("01"),
            QStringLiteral("-3"), QStringLiteral("-0"), QStringLiteral("1.5"), QStringLiteral("1e3"),
            QStringLiteral("+1"), QStringLiteral("2x"), QStringLiteral("")};
        for (const QString &text : texts) {
            const auto check = Check::parse(QStringLiteral("$.n == ") + text);
            if (text.isEmpty()) {
                QVERIFY(!check);
                continue;
            }
            QVERIFY2(check, qPrintable(text));
            const QJsonDocument parsed = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
            const QJsonValue expected = parsed.isArray() ? parsed.array().first() : QJsonValue(text);
            QCOMPARE(check->expected, expected);
        }
        for (const double number : {0.0, -0.0, 1.0, -5.0, 200.0, 123456789012345.0, 999999999999999.0, 1e15,
                 1e16, -1e17, 0.5, 1e300}) {
            const QByteArray written = QJsonDocument(QJsonArray {number}).toJson(QJsonDocument::Compact);
            QCOMPARE(JsonPath::compactText(number), QString::fromUtf8(written.mid(1, written.size() - 2)));
        }
    }

    void badChecksAreNamedWithTheRightForm()
    {
        const auto problem = [](const char *line) { return outcome(QString::fromLatin1(line)).problem; };
        QVERIFY(problem("stauts == 200").contains(QLatin1String("starts with status, header NAME")));
        QVERIFY(problem("status equals 200").contains(QLatin1String("\"equals\" is no comparison")));
        QVERIFY(problem("status").contains(QLatin1String("a comparison is missing")));
        QVERIFY(problem("status ==").contains(QLatin1String("a value must follow")));
        QVERIFY(problem("status == ok").contains(QLatin1String("ok is not a number")));
        QVERIFY(problem("status contains 2").contains(QLatin1String("does not apply here")));
        QVERIFY(problem("time == 5").contains(QLatin1String("does not apply here")));
        QVERIFY(problem("$.a < big").contains(QLatin1String("compares numbers")));
        QVERIFY(problem("$.a type text").contains(QLatin1String("string, number, boolean")));
        QVERIFY(problem("$.a matches (").contains(QLatin1String("regular expression is not valid")));
        QVERIFY(problem("$.a exists 1").contains(QLatin1String("nothing follows")));
        QVERIFY(problem("header").contains(QLatin1String("name the header")));
        QVERIFY(problem("$.a..b exists").contains(QLatin1String("a name must follow")));
        QVERIFY(problem("status in").contains(QLatin1String("a value must follow")));
        QVERIFY(problem("$.a in ").contains(QLatin1String("a value must follow")));
        QCOMPARE(outcome(QStringLiteral("stauts == 200")).check, QStringLiteral("stauts == 200"));
    }

    void capturesTakeOneValueEach()
    {
        const auto value = [](const char *line) {
            const auto capture = Capture::parse(QString::fromLatin1(line));
            if (!capture)
                return QStringLiteral("parse: ") + capture.error();
            const auto taken = capture->valueFrom(invoice());
            return taken ? taken.value() : QStringLiteral("error: ") + taken.error();
        };
        QCOMPARE(value("invoiceId = $.data[0].id"), QStringLiteral("inv_7"));
        QCOMPARE(value("amount = $.data[0].amount"), QStringLiteral("4200"));
        QCOMPARE(value("customer = $.data[0].customer"), QStringLiteral("{\"email\":\"ada@example.com\",\"name\":\"Ada\"}"));
        QCOMPARE(value("code = status"), QStringLiteral("201"));
        QCOMPARE(value("etag = header etag"), QStringLiteral("\"v1\""));
        QCOMPARE(value("first = regex \"id\": \"(inv_\\d+)\""), QStringLiteral("inv_7"));
        QCOMPARE(value("whole = regex inv_\\d"), QStringLiteral("inv_7"));
        QCOMPARE(value("missing = $.data[0].nothing"), QStringLiteral("error: capture missing: no value at $.data[0].nothing"));
        QCOMPARE(value("gone = header Location"), QStringLiteral("error: capture gone: the response has no header Location"));
        QVERIFY(value("none = regex zzz").startsWith(QLatin1String("error: capture none: the body does not match")));
        QVERIFY(Capture::parse(QStringLiteral("token = $.access_token secret"))->secret);
        QVERIFY(!Capture::parse(QStringLiteral("token = $.access_token"))->secret);
        QVERIFY(value("no equals sign").contains(QLatin1String("NAME = SOURCE")));
        QVERIFY(value("bad name = status").startsWith(QLatin1String("parse: capture")));
        QVERIFY(value("x = body").contains(QLatin1String("the source is status, header NAME")));
        QVERIFY(value("x = regex (").contains(QLatin1String("not valid")));
        QVERIFY(value("x = header").contains(QLatin1String("the source is")));
        // The error never quotes the body, which may hold anything.
        HttpResponse html = invoice();
        html.body = "<p>kw_marker_secret_value</p>";
        const auto notJson = Capture::parse(QStringLiteral("x = $.id"))->valueFrom(html);
        QVERIFY(!notJson && !notJson.error().contains(QLatin1String("kw_marker")));
    }

    void credentialsNeverShowInOutcomes()
    {
        // A token field, a cookie header and a secret the request used are masked wherever they show.
        const CheckOutcome token = outcome(QStringLiteral("$.access_token == \"x\""));
        QVERIFY(!token.passed);
        QVERIFY2(!token.problem.contains(QLatin1String("kw_marker")), qPrintable(token.problem));
        QVERIFY(!token.actual.contains(QLatin1String("kw_marker")));
        const CheckOutcome cookie = outcome(QStringLiteral("header Set-Cookie == x"));
        QVERIFY(!cookie.problem.contains(QLatin1String("kw_marker")));
        const CheckOutcome secret
            = outcome(QStringLiteral("$.note == \"x\""), invoice(), {QStringLiteral("kw_marker_secret_value")});
        QVERIFY2(!secret.problem.contains(QLatin1String("kw_marker_secret_value")), qPrintable(secret.problem));
        QVERIFY(secret.problem.contains(QLatin1String("inside")));
        // Long values are cut, not printed whole.
        HttpResponse big = invoice();
        big.body = "{\"blob\": \"" + QByteArray(10'000, 'x') + "\"}";
        QVERIFY(outcome(QStringLiteral("$.blob == 1"), big).actual.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestResponseChecks)
#include "tst_responsechecks.moc"
