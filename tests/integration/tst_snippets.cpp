#include "convert/SnippetGenerator.h"
#include "http/FinalRequestBuilder.h"
#include "NodeServer.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keyway;
using sandbox::DemoCredentials;
using Language = SnippetGenerator::Language;

Q_DECLARE_METATYPE(keyway::SnippetGenerator::Language)

// Every generated snippet is run where its runtime is installed (scripts/test installs curl,
// HTTPie, Python requests, PHP curl and Node.js and sets KEYWAY_REQUIRE_SNIPPET_RUNTIMES=1, so a
// missing one fails there) against the sandbox, with the key in an environment variable.
class TestSnippets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    // Quotes, dollars, backticks, braces, backslashes and non-ASCII: every escaping rule is used.
    const QString m_customer = QStringLiteral("Ada's \"Shop\" $HOME `x` {y} \\n caf\u00e9");

    Environment environment() const
    {
        Environment env;
        env.name = QStringLiteral("sandbox");
        env.baseUrl = m_server.baseUrl().toString() + QStringLiteral("/v1");
        env.companies.ids = {DemoCredentials::companyId()};
        env.companies.selected = DemoCredentials::companyId();
        env.auth.kind = AuthKind::Static;
        env.auth.headers
            = {{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret.api_key}}"), true}};
        env.addSecretSlot(QStringLiteral("api_key"));
        return env;
    }

    WireRequest invoiceRequest(VariableExpander::SecretMode mode) const
    {
        RequestSpec request;
        request.method = QStringLiteral("POST");
        request.url = QStringLiteral("/invoices?source=snippet");
        request.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json"), true}};
        request.body = QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("customer"), m_customer}, {QStringLiteral("amount"), 12.5}})
                                             .toJson(QJsonDocument::Compact));
        const Environment env = environment();
        const auto wire = FinalRequestBuilder::build(
            request, {env, mode, {{QStringLiteral("api_key"), DemoCredentials::sandboxApiKey()}}, {}});
        if (!wire)
            qFatal("%s", qPrintable(wire.error()));
        return wire.value();
    }

    static QStringList runtime(Language language)
    {
        switch (language) {
        case Language::Curl:
        case Language::Httpie:
            return {QStringLiteral("bash")};
        case Language::JavaScriptFetch:
        case Language::JavaScriptAxios:
            return {QStringLiteral("node")};
        case Language::PythonRequests:
            return {QStringLiteral("python3")};
        case Language::PhpCurl:
            return {QStringLiteral("php")};
        }
        return {};
    }

    static QString probe(Language language)
    {
        // What must exist for the snippet to run at all.
        switch (language) {
        case Language::Curl:
            return QStringLiteral("curl");
        case Language::Httpie:
            return QStringLiteral("http");
        case Language::JavaScriptFetch:
        case Language::JavaScriptAxios:
            return QStringLiteral("node");
        case Language::PythonRequests:
            return QStringLiteral("python3");
        case Language::PhpCurl:
            return QStringLiteral("php");
        }
        return {};
    }

    static bool axiosAvailable()
    {
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral("-e"), QStringLiteral("require('axios')")});
        return node.waitForFinished(30'000) && node.exitCode() == 0;
    }

    QByteArray run(Language language, const QString &code, const QByteArray &key)
    {
        const QString file = m_dir.filePath(QStringLiteral("snippet%1").arg(int(language)));
        QFile out(file);
        [&] { QVERIFY(out.open(QIODevice::WriteOnly)); }();
        out.write(code.toUtf8());
        out.close();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("KEYWAY_API_KEY"));
        if (!key.isEmpty())
            environment.insert(QStringLiteral("KEYWAY_API_KEY"), QString::fromLatin1(key));
        environment.insert(QStringLiteral("HOME"), m_dir.path()); // HTTPie keeps its config there
        process.setProcessEnvironment(environment);
        process.start(runtime(language).first(), {file});
        // The sandbox answers from this thread: keep its event loop running while waiting.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000))
            process.kill();
        const QByteArray errors = process.readAllStandardError();
        if (process.exitCode() != 0)
            qWarning("%s", errors.constData());
        return process.readAllStandardOutput();
    }

    void expectCreatedInvoice(const QByteArray &output)
    {
        const qsizetype start = output.indexOf('{');
        const qsizetype end = output.lastIndexOf('}');
        QVERIFY2(start >= 0 && end > start, output.constData());
        const QJsonObject answer = QJsonDocument::fromJson(output.mid(start, end - start + 1)).object();
        const QJsonObject invoice = answer.value(QStringLiteral("data")).toObject();
        QVERIFY2(invoice.value(QStringLiteral("id")).toString().startsWith(QLatin1String("inv_")),
            output.constData());
        QCOMPARE(invoice.value(QStringLiteral("customer")).toString(), m_customer);
    }

    WireRequest uploadRequest(const QString &base, const QString &file) const
    {
        Environment env = environment();
        env.baseUrl = base;
        RequestSpec request;
        request.method = QStringLiteral("POST");
        request.url = QStringLiteral("/upload");
        request.bodyMode = RequestSpec::BodyMode::Multipart;
        request.parts = {{QStringLiteral("title"), m_customer, {}, {}, true},
            {QStringLiteral("token"), QStringLiteral("{{secret.api_key}}"), {}, {}, true},
            {QStringLiteral("upload"), {}, file, QStringLiteral("image/png"), true}};
        const auto wire = FinalRequestBuilder::build(request, {env, VariableExpander::SecretMode::Reference, {}, {}});
        if (!wire)
            qFatal("%s", qPrintable(wire.error()));
        return wire.value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void everySnippetUploadsTheSameParts_data() { everySnippetRunsAgainstTheSandbox_data(); }

    void everySnippetUploadsTheSameParts()
    {
        QFETCH(Language, language);
        const bool required = qEnvironmentVariable("KEYWAY_REQUIRE_SNIPPET_RUNTIMES") == QLatin1String("1");
        if (QStandardPaths::findExecutable(probe(language)).isEmpty()) {
            if (required)
                QFAIL(qPrintable(QStringLiteral("%1 is not installed; scripts/test installs it").arg(probe(language))));
            QSKIP("runtime not installed");
        }
        if (language == Language::JavaScriptAxios && !axiosAvailable())
            QSKIP("axios is not installed for node (npm install axios); its snippet is only generated");
        QProcess server;
        const NodeServerStart started = startNodeServer(server, QStringLiteral("multipart-echo-server.mjs"));
        if (started.url.isEmpty()) {
            if (referenceServersRequired())
                QFAIL(qPrintable(started.problem));
            QSKIP(qPrintable(started.problem));
        }
        const QString base = started.url;
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes.append(char(i % 256)); // every byte value
        const QString file = m_dir.filePath(QStringLiteral("cat picture.png"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const QString code = SnippetGenerator::generate(language, uploadRequest(base, file));
        QVERIFY2(!code.contains(QLatin1String("boundary=keyway-")), qPrintable(code)); // each client makes its own
        const QByteArray output = run(language, code, DemoCredentials::sandboxApiKey().toLatin1());
        server.kill();
        server.waitForFinished(5000);
        const qsizetype start = output.indexOf('{');
        const QJsonObject answer = QJsonDocument::fromJson(output.mid(start, output.lastIndexOf('}') - start + 1)).object();
        const QJsonArray parts = answer.value(QStringLiteral("parts")).toArray();
        QVERIFY2(parts.size() == 3, output.constData());
        QCOMPARE(parts[0].toObject().value(QStringLiteral("value")).toString(), m_customer);
        QCOMPARE(parts[1].toObject().value(QStringLiteral("value")).toString(), DemoCredentials::sandboxApiKey());
        const QJsonObject upload = parts[2].toObject();
        QCOMPARE(upload.value(QStringLiteral("filename")).toString(), QStringLiteral("cat picture.png"));
        QCOMPARE(upload.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(upload.value(QStringLiteral("size")).toInt(), bytes.size());
        QCOMPARE(upload.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void everySnippetRunsAgainstTheSandbox_data()
    {
        QTest::addColumn<Language>("language");
        for (Language language : SnippetGenerator::languages())
            QTest::newRow(qPrintable(SnippetGenerator::displayName(language))) << language;
    }

    void everySnippetRunsAgainstTheSandbox()
    {
        QFETCH(Language, language);
        const bool required = qEnvironmentVariable("KEYWAY_REQUIRE_SNIPPET_RUNTIMES") == QLatin1String("1");
        if (QStandardPaths::findExecutable(probe(language)).isEmpty()) {
            if (required)
                QFAIL(qPrintable(
                    QStringLiteral("%1 is not installed; scripts/test installs it").arg(probe(language))));
            QSKIP("runtime not installed");
        }
        if (language == Language::JavaScriptAxios && !axiosAvailable())
            QSKIP("axios is not installed for node (npm install axios); its snippet is only generated");

        const WireRequest request = invoiceRequest(VariableExpander::SecretMode::Reference);
        const QString code = SnippetGenerator::generate(language, request);
        QVERIFY2(!code.contains(DemoCredentials::sandboxApiKey()), qPrintable(code));
        QVERIFY2(code.contains(QLatin1String("KEYWAY_API_KEY")), qPrintable(code));
        QCOMPARE(SnippetGenerator::variablesUsed(request), QStringList {QStringLiteral("KEYWAY_API_KEY")});

        expectCreatedInvoice(run(language, code, DemoCredentials::sandboxApiKey().toLatin1()));
        // Without the variable the key is missing and the API says so: the snippet really reads it.
        const QByteArray refused = run(language, code, QByteArray("not-the-key"));
        QVERIFY2(refused.contains("UNAUTHORIZED"), refused.constData());
    }

    void secretsInlineWhenAskedFor()
    {
        const QString code = SnippetGenerator::generate(
            Language::Curl, invoiceRequest(VariableExpander::SecretMode::Reveal));
        QVERIFY(code.contains(DemoCredentials::sandboxApiKey()));
        QVERIFY(!code.contains(QLatin1String("KEYWAY_")));
        expectCreatedInvoice(run(Language::Curl, code, {}));
    }

    void variableNamesAreShellSafe()
    {
        QCOMPARE(SnippetGenerator::variableName(QStringLiteral("api_key")), QStringLiteral("KEYWAY_API_KEY"));
        QCOMPARE(SnippetGenerator::variableName(QStringLiteral("client-secret.v2")),
            QStringLiteral("KEYWAY_CLIENT_SECRET_V2"));
    }
};

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
