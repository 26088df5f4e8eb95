#include "convert/CurlImport.h"
#include "convert/ShellWords.h"

#include <QTest>

using namespace keyway;

class TestCurlImport : public QObject
{
    Q_OBJECT

private:
    static QStringList words(std::initializer_list<const char *> list)
    {
        QStringList result;
        for (const char *word : list)
            result.append(QString::fromUtf8(word));
        return result;
    }

    static CurlImport::Result parsed(const QString &command, const QString &baseUrl = {})
    {
        auto result = CurlImport::parse(command, baseUrl);
        if (!result)
            qFatal("%s", qPrintable(result.error()));
        return result.value();
    }

    static QString header(const RequestSpec &request, const QString &name)
    {
        for (const HeaderField &field : request.headers) {
            if (field.name.compare(name, Qt::CaseInsensitive) == 0)
                return field.value;
        }
        return QStringLiteral("<none>");
    }

private Q_SLOTS:
    void shellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "curl -s https://a" << words({"curl", "-s", "https://a"});
        QTest::newRow("single") << "a 'b c' 'it''s'" << words({"a", "b c", "its"});
        QTest::newRow("double") << "a \"b \\\"c\\\" \\$HOME \\\\ \\q\"" << words({"a", R"(b "c" $HOME \ \q)"});
        QTest::newRow("ansi-c") << R"(a $'line\nnext\t\x41\u00e9\'')"
                                << words({"a", "line\nnext\tA\u00e9'"});
        QTest::newRow("continuation")
            << "curl \\\n  -H 'A: b' \\\r\n  https://x" << words({"curl", "-H", "A: b", "https://x"});
        QTest::newRow("windows ^") << "curl ^\n -X POST" << words({"curl", "-X", "POST"});
        QTest::newRow("escaped space") << R"(a b\ c)" << words({"a", "b c"});
        QTest::newRow("joined quotes") << R"(a 'x'"y"z)" << words({"a", "xyz"});
        QTest::newRow("empty quotes") << "a '' b" << words({"a", "", "b"});
    }

    void shellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto split = ShellWords::split(line);
        QVERIFY2(split, qPrintable(split.error()));
        QCOMPARE(split.value(), words);
    }

    void unclosedQuotesAreNamed()
    {
        for (const char *line : {"curl 'abc", "curl \"abc", "curl $'abc"}) {
            const auto split = ShellWords::split(QString::fromLatin1(line));
            QVERIFY(!split);
            QVERIFY2(split.error().contains(QLatin1String("character 6")), qPrintable(split.error()));
        }
    }

    void aDocumentationExample()
    {
        const auto result
            = parsed(QStringLiteral("curl -X POST https://api.bigledger.com/v1/invoices \\\n"
                                    "  -H \"Authorization: Bearer blg_test_sk_abc123\" \\\n"
                                    "  -H \"X-Company-Id: company_abc123\" \\\n"
                                    "  -H \"Content-Type: application/json\" \\\n"
                                    "  -d '{\"customer_id\": \"c_1\", \"lines\": [{\"qty\": 2}]}'"));
        const RequestSpec &request = result.request;
        QCOMPARE(request.method, QStringLiteral("POST"));
        QCOMPARE(request.url, QStringLiteral("https://api.bigledger.com/v1/invoices"));
        QCOMPARE(request.body, QStringLiteral(R"({"customer_id": "c_1", "lines": [{"qty": 2}]})"));
        QCOMPARE(header(request, QStringLiteral("X-Company-Id")), QStringLiteral("company_abc123"));
        QCOMPARE(header(request, QStringLiteral("Content-Type")), QStringLiteral("application/json"));
        QVERIFY(result.notUnderstood.isEmpty());
        QCOMPARE(result.credentials.size(), 1);
        QCOMPARE(result.credentials.first().secretValue, QStringLiteral("blg_test_sk_abc123"));
        QCOMPARE(result.credentials.first().prefix, QStringLiteral("Bearer "));
        QCOMPARE(result.credentials.first().suggestedSlot, QStringLiteral("token"));

        RequestSpec moved = request;
        CurlImport::moveToSecret(moved, result.credentials.first(), QStringLiteral("api_key"));
        QCOMPARE(header(moved, QStringLiteral("Authorization")), QStringLiteral("Bearer {{secret.api_key}}"));
    }

    void methodsAndBodies_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("get") << "curl https://a.example/x"
                             << "GET"
                             << "https://a.example/x"
                             << ""
                             << "<none>";
        QTest::newRow("data means post") << "curl https://a.example -d a=1 -d b=2"
                                         << "POST"
                                         << "https://a.example"
                                         << "a=1&b=2"
                                         << "application/x-www-form-urlencoded";
        QTest::newRow("data-raw keeps @") << "curl --data-raw @me https://a.example"
                                          << "POST"
                                          << "https://a.example"
                                          << "@me"
                                          << "application/x-www-form-urlencoded";
        QTest::newRow("urlencode") << "curl --data-urlencode 'q=a b&c' https://a.example"
                                   << "POST"
                                   << "https://a.example"
                                   << "q=a%20b%26c"
                                   << "application/x-www-form-urlencoded";
        QTest::newRow("get with data") << "curl -G https://a.example/s -d q=x --data-urlencode 'n=a b'"
                                       << "GET"
                                       << "https://a.example/s?q=x&n=a%20b"
                                       << ""
                                       << "<none>";
        QTest::newRow("json") << "curl --json '{\"a\":1}' https://a.example"
                              << "POST"
                              << "https://a.example"
                              << R"({"a":1})"
                              << "application/json";
        QTest::newRow("explicit method") << "curl -XPUT https://a.example -d x"
                                         << "PUT"
                                         << "https://a.example"
                                         << "x"
                                         << "application/x-www-form-urlencoded";
        QTest::newRow("head") << "curl -I https://a.example"
                              << "HEAD"
                              << "https://a.example"
                              << ""
                              << "<none>";
        QTest::newRow("url option") << "curl --url https://a.example/u --request delete"
                                    << "DELETE"
                                    << "https://a.example/u"
                                    << ""
                                    << "<none>";
        QTest::newRow("equals form") << "curl --data=x=1 https://a.example"
                                     << "POST"
                                     << "https://a.example"
                                     << "x=1"
                                     << "application/x-www-form-urlencoded";
    }

    void methodsAndBodies()
    {
        QFETCH(QString, command);
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, contentType);
        const auto result = parsed(command);
        QCOMPARE(result.request.method, method);
        QCOMPARE(result.request.url, url);
        QCOMPARE(result.request.body, body);
        QCOMPARE(header(result.request, QStringLiteral("Content-Type")), contentType);
        QVERIFY2(result.notUnderstood.isEmpty(), qPrintable(result.notUnderstood.join(u',')));
    }

    void fileBodiesAreReadWhenSending()
    {
        const auto result = parsed(
            QStringLiteral("curl -H 'Content-Type: application/json' -d @body.json https://a.example"));
        QCOMPARE(result.request.bodyMode, RequestSpec::BodyMode::File);
        QCOMPARE(result.request.bodyFile, QStringLiteral("body.json"));
        QCOMPARE(result.request.method, QStringLiteral("POST"));
    }

    void multipartFormsBecomeParts()
    {
        // As API docs write uploads; a copied multipart Content-Type would name curl's boundary.
        const auto result = parsed(QStringLiteral(
            "curl -H 'Content-Type: multipart/form-data; boundary=xyz' -F 'title=Hello world' "
            "-F 'image=@photos/cat.png;type=image/png' --form-string 'raw=@not-a-file' -F doc=@doc.pdf "
            "https://a.example/upload"));
        QCOMPARE(result.request.method, QStringLiteral("POST"));
        QCOMPARE(result.request.bodyMode, RequestSpec::BodyMode::Multipart);
        QCOMPARE(result.request.parts,
            (QList<FormPart> {{QStringLiteral("title"), QStringLiteral("Hello world"), {}, {}, true},
                {QStringLiteral("image"), {}, QStringLiteral("photos/cat.png"), QStringLiteral("image/png"), true},
                {QStringLiteral("raw"), QStringLiteral("@not-a-file"), {}, {}, true},
                {QStringLiteral("doc"), {}, QStringLiteral("doc.pdf"), {}, true}}));
        QCOMPARE(header(result.request, QStringLiteral("Content-Type")), QStringLiteral("<none>"));
        QVERIFY2(result.notUnderstood.isEmpty(), qPrintable(result.notUnderstood.join(u',')));
        QCOMPARE(parsed(QStringLiteral("curl --data-binary @blob.bin https://a.example")).request.bodyMode,
            RequestSpec::BodyMode::File);
    }

    void credentialsAreFound()
    {
        const auto result
            = parsed(QStringLiteral("curl -u 'me:s3cret' -H 'X-API-Key: k_123' -H 'x-auth-token: t_9' "
                                    "-b 'session=abc' -A 'MyAgent/1' https://a.example"));
        QCOMPARE(header(result.request, QStringLiteral("Authorization")),
            QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("me:s3cret").toBase64()));
        QCOMPARE(header(result.request, QStringLiteral("Cookie")), QStringLiteral("session=abc"));
        QCOMPARE(header(result.request, QStringLiteral("User-Agent")), QStringLiteral("MyAgent/1"));
        QStringList slots;
        for (const FoundCredential &found : result.credentials)
            slots.append(found.suggestedSlot);
        QCOMPARE(slots,
            (QStringList {QStringLiteral("basic_credentials"), QStringLiteral("api_key"),
                QStringLiteral("auth_token")}));
    }

    void unknownOptionsAreListedNotDropped()
    {
        const auto result = parsed(QStringLiteral("curl -sSL --compressed -k --proxy http://p:3128 -F "
                                                  "'notes=<notes.txt' --frobnicate https://a.example extra"));
        QCOMPARE(result.notUnderstood,
            (QStringList {QStringLiteral("-k"), QStringLiteral("--proxy http://p:3128"),
                QStringLiteral("-F notes=<notes.txt (a field read from a file)"), QStringLiteral("--frobnicate"),
                QStringLiteral("extra")}));
        QCOMPARE(result.request.url, QStringLiteral("https://a.example"));
    }

    void baseUrlIsTakenOff()
    {
        const auto result = parsed(QStringLiteral("curl https://api.example.com/v1/accounts?limit=2"),
            QStringLiteral("https://api.example.com/v1"));
        QCOMPARE(result.request.url, QStringLiteral("/accounts?limit=2"));
    }

    void badCommandsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not curl") << "wget https://a.example"
                                  << "not a cURL command";
        QTest::newRow("empty") << ""
                               << "not a cURL command";
        QTest::newRow("no url") << "curl -s -H 'A: b'"
                                << "no URL";
        QTest::newRow("missing value") << "curl https://a.example -H"
                                       << "-H needs a value";
        QTest::newRow("unclosed") << "curl 'https://a.example"
                                  << "never closed";
    }

    void badCommandsAreRefusedWithTheReason()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const auto result = CurlImport::parse(command);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
