#include "auth/TokenBroker.h"
#include "auth/TokenSet.h"
#include "CliRunner.h"
#include "KeyringRequirement.h"
#include "sandbox/SandboxAuthority.h"
#include "SavedRequest.h"
#include "secrets/KeychainSecretStore.h"
#include "SecretJobRunner.h"
#include "storage/WorkspaceStore.h"
#include "TempDirs.h"

#include <memory>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using keyway::KeychainSecretStore;
using keyway::RequestSpec;
using keyway::SecretJob;
using keyway::SecretKey;
using keyway::TokenBroker;
using keyway::TokenSet;
using keyway::Workspace;
using keyway::WorkspaceStore;
using keyway::sandbox::DemoCredentials;

namespace {

const QString Cli = QStringLiteral(KEYWAY_CLI_PATH);
const QString ConsentBrowser = QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/consent-browser.sh");

} // namespace

// keyway-cli against `keyway-cli sandbox` running as its own process, with the real keyring:
// what a user or a CI script does.
class TestCliAuth : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    QProcess m_sandbox;
    QString m_base;
    QByteArray m_marker = "kw_marker_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QList<CliResult> m_outputs;
    bool m_runnerAdded = false;

    CliResult cli(
        const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment environment = m_home.environment();
        environment.insert(QStringLiteral("KEYWAY_WORKSPACE"), m_home.workspace());
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        const CliResult result = runProgram(Cli, arguments, environment, input);
        m_outputs.append(result);
        return result;
    }

    QStringList sendArgs(const QString &method, const QString &path) const
    {
        return {QStringLiteral("send"), QStringLiteral("sb"), method, path};
    }

    // Marks the stored access token as expired, as if an hour had gone by: the next use refreshes.
    // The environment "runner" (the sandbox with its static key), made by whichever test needs it
    // first, so each test can run alone (-functions, a single name) as well as in order.
    void addRunnerEnvironment()
    {
        if (m_runnerAdded)
            return;
        m_runnerAdded = true;
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("runner"),
                         QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                         m_base + QStringLiteral("/v1")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("company"), QStringLiteral("runner"),
                         QStringLiteral("--add"), DemoCredentials::companyId()})
                     .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("auth"), QStringLiteral("static"), QStringLiteral("runner"),
                    QStringLiteral("--header"), QStringLiteral("Authorization: Bearer {{secret.api_key}}")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("runner"),
                         QStringLiteral("api_key")},
                     DemoCredentials::sandboxApiKey().toLatin1())
                     .exitCode,
            0);
    }

    void expireStoredAccessToken()
    {
        const Workspace workspace = WorkspaceStore::load(m_home.workspace()).value();
        const SecretKey key = TokenBroker::tokenKey(workspace.id, QStringLiteral("sb"));
        KeychainSecretStore keychain;
        const SecretJobOutcome stored = runSecretJob(keychain.read(key));
        QCOMPARE(stored.result, SecretJob::Result::Ok);
        std::optional<TokenSet> tokens = TokenSet::fromJson(stored.value.toUtf8());
        QVERIFY(tokens && !tokens->refreshToken.isEmpty());
        tokens->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        QCOMPARE(runSecretJob(keychain.write(key, QString::fromUtf8(tokens->toJson()))).result,
            SecretJob::Result::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        m_sandbox.setProcessEnvironment(m_home.environment());
        m_sandbox.start(Cli, {QStringLiteral("sandbox")});
        QVERIFY(m_sandbox.waitForStarted(10'000));
        QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 10'000));
        const QString firstLine = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        m_base = firstLine.section(QLatin1Char(' '), -1);
        QVERIFY2(m_base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(firstLine));

        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), m_home.workspace()}).exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("sb"), QStringLiteral("--kind"),
                    QStringLiteral("sandbox"), QStringLiteral("--base-url"), m_base + QStringLiteral("/v1")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("company"), QStringLiteral("sb"),
                         QStringLiteral("--add"), DemoCredentials::companyId()})
                     .exitCode,
            0);
    }

    void collectionRunForCi()
    {
        addRunnerEnvironment();
        const Workspace workspace = WorkspaceStore::load(m_home.workspace()).value();
        const auto save = [&](const QString &folder, const QString &name, const QString &method,
                              const QString &url, const QString &body = {}) {
            QVERIFY(WorkspaceStore::saveRequest(workspace, savedRequest(folder, name, method, url, body)));
        };
        save(QStringLiteral("ci/good"), QStringLiteral("1 accounts"), QStringLiteral("GET"),
            QStringLiteral("/accounts"));
        save(QStringLiteral("ci/good"), QStringLiteral("2 verify"), QStringLiteral("GET"),
            QStringLiteral("/auth/verify"));
        save(QStringLiteral("ci/good"), QStringLiteral("3 invoice"), QStringLiteral("POST"),
            QStringLiteral("/invoices"), QStringLiteral("{\"customer\": \"Ada\", \"amount\": 10}"));
        save(QStringLiteral("ci/zbad"), QStringLiteral("bad invoice"), QStringLiteral("POST"),
            QStringLiteral("/invoices"), QStringLiteral("{}"));

        const CliResult good = cli({QStringLiteral("run"), QStringLiteral("ci/good"), QStringLiteral("--env"),
            QStringLiteral("runner"), QStringLiteral("--iterations"), QStringLiteral("2")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
        QCOMPARE(
            good.out.count(QLatin1String("\nok   ")) + (good.out.startsWith(QLatin1String("ok   ")) ? 1 : 0),
            6);
        QVERIFY2(good.out.contains(QLatin1String("ok   201 POST ci/good/3 invoice")), qPrintable(good.out));
        QVERIFY(good.out.contains(QLatin1String("6 requests, 0 failed")));

        const QString junit = m_home.root.filePath(QStringLiteral("report.xml"));
        const CliResult bad = cli({QStringLiteral("run"), QStringLiteral("ci"), QStringLiteral("--env"),
            QStringLiteral("runner"), QStringLiteral("--junit"), junit});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QLatin1String("FAIL 422 POST ci/zbad/bad invoice")), qPrintable(bad.out));
        QVERIFY(bad.out.contains(QLatin1String("VALIDATION_ERROR")));
        QVERIFY(bad.out.contains(QLatin1String("4 requests, 1 failed")));
        QFile report(junit);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray xml = report.readAll();
        QVERIFY2(xml.contains("<testsuite name=\"ci\" tests=\"4\" failures=\"1\""), xml.constData());
        QVERIFY(xml.contains("<failure message="));
        QVERIFY(!xml.contains(DemoCredentials::sandboxApiKey().toLatin1()));

        const CliResult bail = cli({QStringLiteral("run"), QStringLiteral("ci/zbad"), QStringLiteral("--env"),
            QStringLiteral("runner"), QStringLiteral("--iterations"), QStringLiteral("5"),
            QStringLiteral("--bail")});
        QCOMPARE(bail.exitCode, 1);
        QVERIFY2(bail.out.contains(QLatin1String("1 request, 1 failed")), qPrintable(bail.out));

        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("nothing-here"), QStringLiteral("--env"),
                         QStringLiteral("runner")})
                     .exitCode,
            7);
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("ci")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("ci"), QStringLiteral("--env"),
                         QStringLiteral("runner"), QStringLiteral("--iterations"), QStringLiteral("0")})
                     .exitCode,
            2);
    }

    void chainedRunWithChecksCapturesAndData()
    {
        // Sign in with client credentials (the token a secret capture), create an invoice for each
        // customer of a CSV file, capture its id, fetch it, check the amount, delete it, see it gone.
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("chain"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), m_base + QStringLiteral("/v1")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("chain"), QStringLiteral("client_secret")},
                     DemoCredentials::confidentialClientSecret().toLatin1())
                     .exitCode,
            0);
        const Workspace workspace = WorkspaceStore::load(m_home.workspace()).value();
        const auto save = [&](const QString &folder, const QString &name, const QString &method, const QString &url,
                              const QStringList &checks, const QStringList &captures = {}, const QString &body = {}) {
            RequestSpec request = savedRequest(folder, name, method, url, body, checks, captures);
            request.headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true});
            QVERIFY(WorkspaceStore::saveRequest(workspace, request));
        };
        RequestSpec signIn;
        signIn.collection = QStringLiteral("chain");
        signIn.name = QStringLiteral("1 sign in");
        signIn.method = QStringLiteral("POST");
        signIn.url = m_base + QStringLiteral("/oauth/token");
        signIn.bodyMode = RequestSpec::BodyMode::Form;
        signIn.formFields = {{QStringLiteral("grant_type"), QStringLiteral("client_credentials"), true},
            {QStringLiteral("client_id"), DemoCredentials::confidentialClientId(), true},
            {QStringLiteral("client_secret"), QStringLiteral("{{secret.client_secret}}"), true},
            {QStringLiteral("scope"), QStringLiteral("read:invoices write:invoices"), true}};
        signIn.checks = {QStringLiteral("status == 200"), QStringLiteral("$.token_type == \"Bearer\"")};
        signIn.captures = {QStringLiteral("token = $.access_token secret")};
        QVERIFY(WorkspaceStore::saveRequest(workspace, signIn));
        const QString create = QStringLiteral("{\"customer\": \"{{customer}}\", \"amount\": {{amount}}}");
        save(QStringLiteral("chain"), QStringLiteral("2 create"), QStringLiteral("POST"), QStringLiteral("/invoices"),
            {QStringLiteral("status == 201"), QStringLiteral("$.data.customer == \"{{customer}}\""), QStringLiteral("time < 10000")},
            {QStringLiteral("invoiceId = $.data.id")}, create);
        save(QStringLiteral("chain"), QStringLiteral("3 fetch"), QStringLiteral("GET"), QStringLiteral("/invoices/{{invoiceId}}"),
            {QStringLiteral("status == 200"), QStringLiteral("$.data.amount == {{amount}}"), QStringLiteral("$.data.id == \"{{invoiceId}}\"")});
        save(QStringLiteral("chain"), QStringLiteral("4 delete"), QStringLiteral("DELETE"), QStringLiteral("/invoices/{{invoiceId}}"),
            {QStringLiteral("status == 200"), QStringLiteral("$.data.deleted == true")});
        save(QStringLiteral("chain"), QStringLiteral("5 gone"), QStringLiteral("GET"), QStringLiteral("/invoices/{{invoiceId}}"),
            {QStringLiteral("status == 404"), QStringLiteral("$.error.code == \"NOT_FOUND\"")});
        const QString customers = m_home.root.filePath(QStringLiteral("customers.csv"));
        QFile csv(customers);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("customer,amount\r\nAda,120\r\n\"Lovelace, Ada\",75.5\r\nGrace,3\r\nConan O'Brien,99\r\nEdsger,1000\r\n");
        csv.close();

        const QString junit = m_home.root.filePath(QStringLiteral("chain.xml"));
        const QString json = m_home.root.filePath(QStringLiteral("chain.json"));
        const CliResult good = cli({QStringLiteral("run"), QStringLiteral("chain"), QStringLiteral("--env"), QStringLiteral("chain"),
            QStringLiteral("--data"), customers, QStringLiteral("--junit"), junit, QStringLiteral("--json-report"), json});
        QVERIFY2(good.exitCode == 0, qPrintable(good.out + good.err));
        QVERIFY2(good.out.contains(QLatin1String("25 requests, 0 failed; 60 checks, 0 failed")), qPrintable(good.out));
        QVERIFY(good.out.contains(QLatin1String("ok   404 GET chain/5 gone")));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray junitText = xml.readAll();
        QVERIFY2(junitText.contains("<testsuite name=\"chain\" tests=\"25\" failures=\"0\""), junitText.constData());
        QVERIFY(junitText.contains("name=\"POST chain/2 create #5\""));
        QFile report(json);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray reportText = report.readAll();
        const QJsonObject summary = QJsonDocument::fromJson(reportText).object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("requests")).toInt(), 25);
        QCOMPARE(summary.value(QStringLiteral("checks")).toInt(), 60);
        QCOMPARE(summary.value(QStringLiteral("checksFailed")).toInt(), 0);
        // The captured token is a secret: in no report and nowhere in the output.
        for (const QByteArray &text : {junitText, reportText, good.out.toUtf8(), good.err.toUtf8()}) {
            QVERIFY(!text.contains("sbx_at_"));
            QVERIFY(!text.contains(DemoCredentials::confidentialClientSecret().toLatin1()));
        }

        // A wrong check fails with expected against actual, in the terminal and in JUnit.
        save(QStringLiteral("chain-wrong"), QStringLiteral("1 create"), QStringLiteral("POST"), QStringLiteral("/invoices"),
            {QStringLiteral("status == 201")}, {QStringLiteral("invoiceId = $.data.id")},
            QStringLiteral("{\"customer\": \"Ada\", \"amount\": 120}"));
        save(QStringLiteral("chain-wrong"), QStringLiteral("2 fetch"), QStringLiteral("GET"), QStringLiteral("/invoices/{{invoiceId}}"),
            {QStringLiteral("status == 200"), QStringLiteral("$.data.amount == 1")});
        const CliResult wrong = cli({QStringLiteral("run"), QStringLiteral("chain-wrong"), QStringLiteral("--env"),
            QStringLiteral("chain"), QStringLiteral("--env-var"), QStringLiteral("token=not-a-token"), QStringLiteral("--junit"), junit});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains(QLatin1String("FAIL 401 POST chain-wrong/1 create")), qPrintable(wrong.out));
        QVERIFY2(wrong.out.contains(QStringLiteral("\u2717 status == 201 \u2014 expected == 201, got 401")), qPrintable(wrong.out));
        // A capture that found nothing fails its request, and the next one says which variable is missing.
        QVERIFY2(wrong.out.contains(QLatin1String("capture invoiceId")), qPrintable(wrong.out));
        xml.close();
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray wrongXml = xml.readAll();
        QVERIFY2(wrongXml.contains("failures=\"2\""), wrongXml.constData());
        QVERIFY(wrongXml.contains("expected == 201, got 401"));

        // With a real token, the data check is the one that fails.
        RequestSpec signInAgain = signIn;
        signInAgain.collection = QStringLiteral("chain-wrong");
        signInAgain.name = QStringLiteral("0 sign in");
        QVERIFY(WorkspaceStore::saveRequest(workspace, signInAgain));
        const CliResult amount = cli({QStringLiteral("run"), QStringLiteral("chain-wrong"), QStringLiteral("--env"), QStringLiteral("chain")});
        QCOMPARE(amount.exitCode, 1);
        QVERIFY2(amount.out.contains(QStringLiteral("\u2717 $.data.amount == 1 \u2014 expected == 1, got 120")), qPrintable(amount.out));
        QVERIFY(amount.out.contains(QLatin1String("3 requests, 1 failed; 5 checks, 1 failed")));

        // Captures marked save outlive the run: plain ones in the environment's file, secret ones in
        // the keychain.
        RequestSpec keep = signIn;
        keep.collection = QStringLiteral("keep");
        keep.captures = {QStringLiteral("token = $.access_token secret save"), QStringLiteral("tokenType = $.token_type save")};
        QVERIFY(WorkspaceStore::saveRequest(workspace, keep));
        const CliResult kept = cli({QStringLiteral("run"), QStringLiteral("keep"), QStringLiteral("--env"), QStringLiteral("chain")});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
        QVERIFY2(kept.out.contains(QLatin1String("Kept in 'chain' for later runs: token, tokenType")), qPrintable(kept.out));
        QFile environmentFile(m_home.workspace() + QStringLiteral("/environments/chain.json"));
        QVERIFY(environmentFile.open(QIODevice::ReadOnly));
        const QByteArray environmentText = environmentFile.readAll();
        QVERIFY(environmentText.contains("\"tokenType\": \"Bearer\""));
        QVERIFY(environmentText.contains("{{secret.token}}"));
        QVERIFY(!environmentText.contains("sbx_at_"));
        const CliResult slots = cli({QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("chain")});
        QVERIFY2(slots.out.contains(QLatin1String("token")), qPrintable(slots.out));
        QVERIFY(!slots.out.contains(QLatin1String("sbx_at_")));

        // Bad data files and options are named.
        QFile broken(m_home.root.filePath(QStringLiteral("broken.csv")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("customer,amount\nAda\n");
        broken.close();
        const CliResult badData = cli({QStringLiteral("run"), QStringLiteral("chain"), QStringLiteral("--env"), QStringLiteral("chain"),
            QStringLiteral("--data"), broken.fileName()});
        QVERIFY(badData.exitCode != 0);
        QVERIFY2(badData.err.contains(QLatin1String("line 2 has 1 field, the header row 2")), qPrintable(badData.err));
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("chain"), QStringLiteral("--env"), QStringLiteral("chain"),
                         QStringLiteral("--env-var"), QStringLiteral("novalue")})
                     .exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("chain"), QStringLiteral("--env"), QStringLiteral("chain"),
                         QStringLiteral("--data"), customers, QStringLiteral("--iterations"), QStringLiteral("2")})
                     .exitCode,
            2);
    }

    void sendPrintsAStreamAsItComes()
    {
        addRunnerEnvironment();
        // Through a pipe, as a script reads it: each event shows while the stream still runs.
        QProcess send;
        QProcessEnvironment environment = m_home.environment();
        environment.insert(QStringLiteral("KEYWAY_WORKSPACE"), m_home.workspace());
        send.setProcessEnvironment(environment);
        send.start(Cli, {QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"),
                            m_base + QStringLiteral("/_sandbox/events?count=3&interval=700")});
        QVERIFY(send.waitForStarted(10'000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] {
            out += send.readAllStandardOutput();
            return out.contains("id: 1\n");
        }, 10'000));
        QCOMPARE(send.state(), QProcess::Running); // two events still to come
        QVERIFY(!out.contains("id: 3\n"));
        QVERIFY(send.waitForFinished(15'000));
        out += send.readAllStandardOutput();
        QCOMPARE(send.exitCode(), 0);
        QCOMPARE(out.count("event: tick\n"), 3);
        QVERIFY(out.startsWith("HTTP 200 OK\nContent-Type: text/event-stream"));

        // --json: one object per line — the head, then each event, data as JSON — also as they come.
        QProcess json;
        json.setProcessEnvironment(environment);
        json.start(Cli, {QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"),
                            m_base + QStringLiteral("/_sandbox/events?count=3&interval=700"), QStringLiteral("--json")});
        QVERIFY(json.waitForStarted(10'000));
        QByteArray lines;
        QVERIFY(QTest::qWaitFor([&] {
            lines += json.readAllStandardOutput();
            return lines.count('\n') >= 2;
        }, 10'000));
        QCOMPARE(json.state(), QProcess::Running);
        QVERIFY(json.waitForFinished(15'000));
        lines += json.readAllStandardOutput();
        QCOMPARE(json.exitCode(), 0);
        const QList<QByteArray> objects = lines.trimmed().split('\n');
        QCOMPARE(objects.size(), 4);
        const QJsonObject head = QJsonDocument::fromJson(objects.first()).object();
        QCOMPARE(head.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(!objects.first().contains(DemoCredentials::sandboxApiKey().toLatin1())); // the request is masked
        const QJsonObject first = QJsonDocument::fromJson(objects.at(1)).object();
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("tick"));
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
        QCOMPARE(first.value(QStringLiteral("data")).toObject().value(QStringLiteral("sequence")).toInt(), 1);
    }

    void sendChecksTheAnswer()
    {
        addRunnerEnvironment();
        const CliResult passed = cli({QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"), QStringLiteral("/accounts"),
            QStringLiteral("--check"), QStringLiteral("status in 2xx"), QStringLiteral("--check"), QStringLiteral("$.data length == 3")});
        QVERIFY2(passed.exitCode == 0, qPrintable(passed.err));
        QVERIFY(passed.out.contains(QLatin1String("acc_1000"))); // the body is still printed
        QVERIFY2(passed.err.contains(QLatin1String("2 checks, 0 failed")), qPrintable(passed.err));
        const CliResult failed = cli({QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"), QStringLiteral("/accounts"),
            QStringLiteral("--check"), QStringLiteral("$.data[0].id == \"nope\"")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("check failed: $.data[0].id == \"nope\" \u2014 expected == \"nope\", got \"acc_1000\"")),
            qPrintable(failed.err));
        const CliResult json = cli({QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"), QStringLiteral("/accounts"),
            QStringLiteral("--json"), QStringLiteral("--check"), QStringLiteral("status == 500")});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray checks = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().toObject().value(QStringLiteral("actual")).toString(), QStringLiteral("200"));
        const CliResult bad = cli({QStringLiteral("send"), QStringLiteral("runner"), QStringLiteral("GET"), QStringLiteral("/accounts"),
            QStringLiteral("--check"), QStringLiteral("status is 200")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("\"is\" is no comparison")), qPrintable(bad.err));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void staticKeyShowsTheExactRequestMasked()
    {
        QCOMPARE(
            cli({QStringLiteral("auth"), QStringLiteral("static"), QStringLiteral("sb"),
                    QStringLiteral("--header"), QStringLiteral("Authorization: Bearer {{secret.api_key}}"),
                    QStringLiteral("--header"), QStringLiteral("X-Trace: {{secret.marker}}")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"),
                         QStringLiteral("api_key")},
                     DemoCredentials::sandboxApiKey().toLatin1())
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"),
                         QStringLiteral("marker")},
                     m_marker)
                     .exitCode,
            0);
        const CliResult sent = cli(
            sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts")) << QStringLiteral("--show-headers"));
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(sent.out.startsWith(QStringLiteral("GET %1/v1/accounts\n").arg(m_base)));
        QVERIFY(sent.out.contains(QLatin1String("User-Agent: Keyway/")));
        QVERIFY(sent.out.contains(QStringLiteral("X-Company-Id: %1").arg(DemoCredentials::companyId())));
        QVERIFY(sent.out.contains(QStringLiteral("Authorization: Bearer \u2022\u2022\u2022\u2022")
            + DemoCredentials::sandboxApiKey().right(4)));
        QVERIFY(sent.out.contains(QLatin1String("HTTP 200 OK")));
        QVERIFY(sent.out.contains(QLatin1String("Cash at Bank")));

        // Asked for explicitly, the preview shows the real values (kept out of m_outputs on purpose).
        QProcessEnvironment environment = m_home.environment();
        environment.insert(QStringLiteral("KEYWAY_WORKSPACE"), m_home.workspace());
        const CliResult revealed = runProgram(Cli,
            sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts"))
                << QStringLiteral("--show-headers") << QStringLiteral("--reveal"),
            environment);
        QVERIFY(revealed.out.contains(
            QStringLiteral("Authorization: Bearer ") + DemoCredentials::sandboxApiKey()));

        const CliResult json = cli(
            sendArgs(QStringLiteral("GET"), QStringLiteral("/auth/verify")) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QLatin1String("\"status\": 200")));
    }

    void anExpansionBombIsRefusedWithTheReason()
    {
        // The attack review's d0 … d30: send used to grow without bound and abort.
        QStringList set {
            QStringLiteral("env"), QStringLiteral("set"), QStringLiteral("sb"), QStringLiteral("d0=x")};
        for (int level = 1; level <= 30; ++level)
            set << QStringLiteral("d%1={{d%2}}{{d%2}}").arg(level).arg(level - 1);
        QCOMPARE(cli(set).exitCode, 0);
        const CliResult sent = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts?q={{d30}}")));
        QCOMPARE(sent.exitCode, 2);
        QVERIFY2(sent.err.contains(QLatin1String("grows past 1048576 characters")), qPrintable(sent.err));
        QStringList unset {QStringLiteral("env"), QStringLiteral("unset"), QStringLiteral("sb")};
        for (int level = 0; level <= 30; ++level)
            unset << QStringLiteral("d%1").arg(level);
        QCOMPARE(cli(unset).exitCode, 0);
    }

    void credentialsStayWithTheEnvironmentsOrigin()
    {
        // The same sandbox under another name is another origin: no key goes there unless trusted.
        QCOMPARE(
            cli({QStringLiteral("auth"), QStringLiteral("static"), QStringLiteral("sb"),
                    QStringLiteral("--header"), QStringLiteral("Authorization: Bearer {{secret.api_key}}")})
                .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"),
                         QStringLiteral("api_key")},
                     DemoCredentials::sandboxApiKey().toUtf8())
                     .exitCode,
            0);
        const QString other
            = QString(m_base).replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        const CliResult withheld
            = cli(sendArgs(QStringLiteral("GET"), other + QStringLiteral("/v1/accounts")));
        QCOMPARE(withheld.exitCode, 1); // the server wants a key and got none
        QVERIFY2(withheld.err.contains(QLatin1String("were not sent to ") + other), qPrintable(withheld.err));
        QVERIFY(withheld.err.contains(QLatin1String("--trust-origin")));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("edit"), QStringLiteral("sb"),
                         QStringLiteral("--trust-origin"), other})
                     .exitCode,
            0);
        const CliResult trusted
            = cli(sendArgs(QStringLiteral("GET"), other + QStringLiteral("/v1/accounts")));
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err + trusted.out));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("edit"), QStringLiteral("sb"),
                         QStringLiteral("--untrust-origin"), other})
                     .exitCode,
            0);
    }

    void bodiesStreamToAFileOrStandardOutput()
    {
        const QString big = m_base + QStringLiteral("/_sandbox/bytes?size=20000000");
        const QString file = m_home.root.filePath(QStringLiteral("body.ndjson"));
        const CliResult saved = cli({QStringLiteral("send"), QStringLiteral("sb"), QStringLiteral("GET"), big,
            QStringLiteral("-o"), file});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.startsWith(QLatin1String("HTTP 200")));
        QVERIFY(saved.out.size() < 2000); // the head only: the body is in the file
        QVERIFY2(saved.err.contains(QStringLiteral("saved the body (20000000 bytes) to %1").arg(file)),
            qPrintable(saved.err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray identity = written.readAll();
        QCOMPARE(identity.size(), 20'000'000);
        QVERIFY(identity.startsWith("{\"line\":0,"));

        // Compressed on the wire, decoded as it arrives: the same bytes.
        const CliResult deflated = cli({QStringLiteral("send"), QStringLiteral("sb"), QStringLiteral("GET"),
            big + QStringLiteral("&encoding=deflate"), QStringLiteral("-o"), file});
        QCOMPARE(deflated.exitCode, 0);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll() == identity);

        // Without -o the body passes through standard output as it arrives.
        const CliResult streamed = cli({QStringLiteral("send"), QStringLiteral("sb"), QStringLiteral("GET"),
            m_base + QStringLiteral("/_sandbox/bytes?size=3000000&encoding=deflate")});
        QCOMPARE(streamed.exitCode, 0);
        const qsizetype bodyStart = streamed.out.indexOf(QLatin1String("\n\n")) + 2;
        QCOMPARE(streamed.out.size() - bodyStart, 3'000'000 + 1); // and a final newline
        QVERIFY(streamed.out.mid(bodyStart).startsWith(QLatin1String("{\"line\":0,")));

        const CliResult json = cli({QStringLiteral("send"), QStringLiteral("sb"), QStringLiteral("GET"), big,
            QStringLiteral("-o"), file, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("response")).toObject();
        QCOMPARE(answer.value(QStringLiteral("bodyFile")).toString(), file);
        QCOMPARE(answer.value(QStringLiteral("bodySize")).toInteger(), 20'000'000);
        QVERIFY(!answer.contains(QStringLiteral("body")));

        // A file that cannot be written: a clear error, and nothing half-written left behind.
        const QString nowhere = m_home.root.filePath(QStringLiteral("missing/dir/body"));
        const CliResult refused = cli({QStringLiteral("send"), QStringLiteral("sb"), QStringLiteral("GET"), big,
            QStringLiteral("-o"), nowhere});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("cannot write %1").arg(nowhere)), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(m_home.root.filePath(QStringLiteral("missing"))));
    }

    void theProxyPasswordLivesInTheKeychain()
    {
        // A proxy that asks for Basic credentials (407) and then answers for the origin server.
        QTcpServer proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QByteArrayList credentials;
        QObject::connect(&proxy, &QTcpServer::newConnection, &proxy, [&] {
            QTcpSocket *socket = proxy.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
                *buffer += socket->readAll();
                while (buffer->contains("\r\n\r\n")) {
                    const QByteArray head = buffer->left(buffer->indexOf("\r\n\r\n"));
                    buffer->remove(0, head.size() + 4);
                    QByteArray authorization;
                    for (const QByteArray &line : head.split('\n'))
                        if (line.toLower().startsWith("proxy-authorization:"))
                            authorization = line.mid(20).trimmed();
                    credentials << authorization;
                    socket->write(authorization.isEmpty()
                            ? QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                                         "realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                            : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nvia proxy"));
                }
            });
        });
        // Written by hand, or by an older Keyway: the password in the settings file.
        const QString config = m_home.config() + QStringLiteral("/keyway/keyway.conf");
        QDir().mkpath(QFileInfo(config).absolutePath());
        const QByteArray password = "proxy-pw-" + m_marker;
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[network]\nproxy=http://alice:" + password + "@127.0.0.1:"
                + QByteArray::number(proxy.serverPort()) + "\n");
        }
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("remote"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), QStringLiteral("http://api.example.test/v1")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("edit"), QStringLiteral("remote"),
                         QStringLiteral("--allow-insecure-http")})
                     .exitCode,
            0);

        // The first command that uses the network moves it (the proxy answers from this process's
        // event loop, hence no blocking wait).
        QProcess process;
        QProcessEnvironment environment = m_home.environment();
        environment.insert(QStringLiteral("KEYWAY_WORKSPACE"), m_home.workspace());
        process.setProcessEnvironment(environment);
        process.start(Cli, {QStringLiteral("send"), QStringLiteral("remote"), QStringLiteral("GET"), QStringLiteral("/things")});
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        m_outputs.append({process.exitCode(), out, err});
        QVERIFY2(process.exitCode() == 0, qPrintable(err + out));
        QVERIFY(out.contains(QLatin1String("via proxy")));
        QVERIFY(err.contains(QLatin1String("moved the proxy password from keyway.conf into the keychain")));
        QCOMPARE(credentials.last(), "Basic " + QByteArray("alice:" + password).toBase64());
        QFile after(config);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(!after.readAll().contains(password));

        // The next process reads it from the keychain.
        credentials.clear();
        QProcess second;
        second.setProcessEnvironment(environment);
        second.start(Cli, {QStringLiteral("send"), QStringLiteral("remote"), QStringLiteral("GET"), QStringLiteral("/things")});
        QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 30'000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(credentials.last(), "Basic " + QByteArray("alice:" + password).toBase64());
        QVERIFY(QFile::remove(config));
    }

    void errorsMapToExitCodes()
    {
        const CliResult forbidden = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/nowhere")));
        QCOMPARE(forbidden.exitCode, 1);
        QVERIFY(forbidden.out.contains(QLatin1String("HTTP 404")));
        QVERIFY2(forbidden.err.contains(QStringLiteral("\u2716 HTTP 404 \u00b7 NOT_FOUND")),
            qPrintable(forbidden.err));
        QVERIFY(forbidden.err.contains(QLatin1String("Hint: ")));
        QVERIFY(forbidden.err.contains(QLatin1String("Request ID: req_")));
        const CliResult json
            = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/nowhere")) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, 1);
        QVERIFY(json.err.isEmpty());
        QVERIFY2(json.out.contains(QLatin1String("\"code\": \"NOT_FOUND\"")), qPrintable(json.out));
        QVERIFY(json.out.contains(QLatin1String("\"format\": \"bigledger-legacy\"")));
        const CliResult unknownVariable = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/{{nope}}")));
        QCOMPARE(unknownVariable.exitCode, 2);
        QVERIFY(unknownVariable.err.contains(QLatin1String("'nope'")));
        const CliResult closedPort
            = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("http://127.0.0.1:1/x")));
        QCOMPARE(closedPort.exitCode, 4);
        const CliResult plainHttp
            = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("http://api.example.invalid/x")));
        QCOMPARE(plainHttp.exitCode, 4);
        QVERIFY(plainHttp.err.contains(QLatin1String("--allow-insecure-http")));
    }

    void browserLoginThenRequestsInLaterProcesses()
    {
        QCOMPARE(
            cli({QStringLiteral("auth"), QStringLiteral("oauth2"), QStringLiteral("sb"),
                    QStringLiteral("--authorize-url"), m_base + QStringLiteral("/oauth/authorize"),
                    QStringLiteral("--token-url"), m_base + QStringLiteral("/oauth/token"),
                    QStringLiteral("--client-id"), DemoCredentials::publicClientId(),
                    QStringLiteral("--scope"), QStringLiteral("read:accounts write:invoices offline_access")})
                .exitCode,
            0);
        QCOMPARE(cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts"))).exitCode, 3);

        QProcessEnvironment browser;
        browser.insert(QStringLiteral("BROWSER"), ConsentBrowser);
        const CliResult login = cli({QStringLiteral("login"), QStringLiteral("sb")}, {}, browser);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY(
            login.out.contains(QLatin1String("Granted scopes: read:accounts write:invoices offline_access")));
        QVERIFY(login.out.contains(QLatin1String("expires in 0:59:")));
        QVERIFY(login.err.contains(QLatin1String("/oauth/authorize?")));

        // A new process: the session resumes from the keychain.
        const CliResult created = cli(sendArgs(QStringLiteral("POST"), QStringLiteral("/invoices"))
            << QStringLiteral("-d") << QStringLiteral("{\"customer\":\"ACME\",\"amount\":42}"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err + created.out));
        QVERIFY(created.out.contains(QLatin1String("HTTP 201")));
        const CliResult token = cli({QStringLiteral("token"), QStringLiteral("sb")});
        QCOMPARE(token.exitCode, 0);
        QVERIFY(token.out.startsWith(QLatin1String("sbx_at_")));

        QProcessEnvironment deny = browser;
        deny.insert(QStringLiteral("KEYWAY_TEST_CONSENT"), QStringLiteral("deny"));
        const CliResult denied = cli({QStringLiteral("login"), QStringLiteral("sb")}, {}, deny);
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(denied.err.contains(QLatin1String("access_denied")));

        QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("sb")}).exitCode, 0);
        const CliResult after = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts")));
        QCOMPARE(after.exitCode, 3);
        QVERIFY(after.err.contains(QLatin1String("sign in")));
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("sb")}).exitCode, 3);
    }

    // POSTs to the sandbox's control endpoint, or reads its counters.
    QJsonObject sandboxControl(const QString &path, const QByteArray &faults = {})
    {
        QStringList arguments {QStringLiteral("-s"), m_base + path};
        if (!faults.isEmpty())
            arguments << QStringLiteral("-X") << QStringLiteral("POST") << QStringLiteral("-d")
                      << QString::fromUtf8(faults);
        QProcess curl;
        curl.start(QStringLiteral("curl"), arguments);
        curl.waitForFinished(10'000);
        return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
    }

    void deadTokensAreGoneBeforeTheCommandExits()
    {
        // Signed in with a token that expires at once; then the grant is revoked on the server.
        sandboxControl(QStringLiteral("/_sandbox/faults"), "{\"tokenLifetime\": 1}");
        QProcessEnvironment browser;
        browser.insert(QStringLiteral("BROWSER"), ConsentBrowser);
        const CliResult login = cli({QStringLiteral("login"), QStringLiteral("sb")}, {}, browser);
        sandboxControl(QStringLiteral("/_sandbox/faults"), "{\"tokenLifetime\": 3600}");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QTest::qWait(1500);
        sandboxControl(QStringLiteral("/_sandbox/faults"), "{\"revoke\": true}");
        const CliResult first = cli({QStringLiteral("token"), QStringLiteral("sb")});
        QCOMPARE(first.exitCode, 3);
        QVERIFY2(first.err.contains(QLatin1String("invalid_grant")), qPrintable(first.err));
        // The dead refresh token was removed before that process ended: the next one does not send it.
        const int refreshes = sandboxControl(QStringLiteral("/_sandbox/stats"))
                                  .value(QStringLiteral("refreshRequests"))
                                  .toInt();
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("sb")}).exitCode, 3);
        QCOMPARE(sandboxControl(QStringLiteral("/_sandbox/stats"))
                     .value(QStringLiteral("refreshRequests"))
                     .toInt(),
            refreshes);
    }

    void theRefreshMarginComesFromTheSettings()
    {
        // Signed in for an hour; a margin of two hours makes the very next use renew the token.
        QProcessEnvironment browser;
        browser.insert(QStringLiteral("BROWSER"), ConsentBrowser);
        QVERIFY(cli({QStringLiteral("login"), QStringLiteral("sb")}, {}, browser).exitCode == 0);
        const auto refreshes = [this] {
            return sandboxControl(QStringLiteral("/_sandbox/stats"))
                .value(QStringLiteral("refreshRequests"))
                .toInt();
        };
        const int before = refreshes();
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("sb")}).exitCode, 0);
        QCOMPARE(refreshes(), before); // fresh: used as it is
        const QString config = m_home.config() + QStringLiteral("/keyway/keyway.conf");
        QDir().mkpath(QFileInfo(config).absolutePath());
        QFile file(config);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[auth]\nrefreshMarginSeconds=7200\n");
        file.close();
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("sb")}).exitCode, 0);
        QCOMPARE(refreshes(), before + 1);
        QVERIFY(QFile::remove(config));
        QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("sb")}).exitCode, 0);
    }

    void tenProcessesRefreshOnceAndKeepTheSession()
    {
        // The sandbox rotates refresh tokens and revokes the whole grant when one is used twice:
        // without one refresh across processes, concurrent commands end the session.
        QProcessEnvironment browser;
        browser.insert(QStringLiteral("BROWSER"), ConsentBrowser);
        QVERIFY(cli({QStringLiteral("login"), QStringLiteral("sb")}, {}, browser).exitCode == 0);
        QProcessEnvironment environment = m_home.environment();
        environment.insert(QStringLiteral("KEYWAY_WORKSPACE"), m_home.workspace());
        for (int trial = 0; trial < 8; ++trial) {
            expireStoredAccessToken();
            const int before = sandboxControl(QStringLiteral("/_sandbox/stats"))
                                   .value(QStringLiteral("refreshRequests"))
                                   .toInt();
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 10; ++i) {
                auto &process = processes.emplace_back(std::make_unique<QProcess>());
                process->setProcessEnvironment(environment);
                process->start(Cli, {QStringLiteral("token"), QStringLiteral("sb")});
            }
            QSet<QByteArray> tokens;
            for (auto &process : processes) {
                QVERIFY(process->waitForFinished(60'000));
                const QByteArray err = process->readAllStandardError();
                QVERIFY2(process->exitCode() == 0, qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(
                                                       QString::fromUtf8(err))));
                tokens.insert(process->readAllStandardOutput().trimmed());
            }
            QCOMPARE(tokens.size(), 1); // all ten use the one new token
            QCOMPARE(sandboxControl(QStringLiteral("/_sandbox/stats")).value(QStringLiteral("refreshRequests")).toInt(),
                before + 1);
        }
        QCOMPARE(cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts"))).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("sb")}).exitCode, 0);
    }

    void clientCredentials()
    {
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("client-credentials"), QStringLiteral("sb"),
                         QStringLiteral("--token-url"), m_base + QStringLiteral("/oauth/token"),
                         QStringLiteral("--client-id"), DemoCredentials::confidentialClientId(),
                         QStringLiteral("--scope"), QStringLiteral("read:accounts")})
                     .exitCode,
            0);
        const CliResult noSecret = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts")));
        QCOMPARE(noSecret.exitCode, 3);
        QVERIFY(noSecret.err.contains(QLatin1String("client_secret")));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"),
                         QStringLiteral("client_secret")},
                     DemoCredentials::confidentialClientSecret().toLatin1())
                     .exitCode,
            0);
        QCOMPARE(cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts"))).exitCode, 0);
        const CliResult forbidden = cli(sendArgs(QStringLiteral("POST"), QStringLiteral("/invoices"))
            << QStringLiteral("-d") << QStringLiteral("{}"));
        QCOMPARE(forbidden.exitCode, 1);
        QVERIFY(forbidden.out.contains(QLatin1String("HTTP 403")));

        // A new client secret drops the tokens made with the old one: a wrong value fails on the
        // very next send, with the token endpoint's answer, instead of riding on the cached token.
        const auto tokenRequests = [this] {
            return sandboxControl(QStringLiteral("/_sandbox/stats")).value(QStringLiteral("tokenRequests")).toInt();
        };
        const int before = tokenRequests();
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"), QStringLiteral("client_secret")},
                     "not-the-secret-" + m_marker)
                     .exitCode,
            0);
        const CliResult wrong = cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts")));
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QLatin1String("invalid_client")), qPrintable(wrong.err));
        QCOMPARE(tokenRequests(), before + 1);
        const CliResult notVerified = cli({QStringLiteral("verify"), QStringLiteral("sb")});
        QCOMPARE(notVerified.exitCode, 3);
        QVERIFY2(notVerified.err.contains(QLatin1String("Not verified")), qPrintable(notVerified.err));
        QCOMPARE(tokenRequests(), before + 2); // a check asks the token endpoint itself
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sb"), QStringLiteral("client_secret")},
                     DemoCredentials::confidentialClientSecret().toLatin1())
                     .exitCode,
            0);
        QCOMPARE(cli(sendArgs(QStringLiteral("GET"), QStringLiteral("/accounts"))).exitCode, 0);
        QCOMPARE(tokenRequests(), before + 3);
        // verify asks for a new token (not the cached one) and records when the keys were verified.
        const CliResult verified = cli({QStringLiteral("verify"), QStringLiteral("sb")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(QLatin1String("Verified")));
        QCOMPARE(tokenRequests(), before + 4);
        QFile dates(m_home.data() + QStringLiteral("/keyway/key-metadata.json"));
        QVERIFY(dates.open(QIODevice::ReadOnly));
        const QJsonObject keys = QJsonDocument::fromJson(dates.readAll()).object().value(QStringLiteral("keys")).toObject();
        bool stamped = false;
        for (auto it = keys.begin(); it != keys.end(); ++it)
            stamped = stamped || (it.key().endsWith(QLatin1String("/sb/client_secret"))
                                     && !it.value().toObject().value(QStringLiteral("lastVerified")).toString().isEmpty());
        QVERIFY2(stamped, QJsonDocument(keys).toJson().constData());

        // New sign-in settings (scopes) drop the tokens too.
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("client-credentials"), QStringLiteral("sb"),
                         QStringLiteral("--token-url"), m_base + QStringLiteral("/oauth/token"),
                         QStringLiteral("--client-id"), DemoCredentials::confidentialClientId(),
                         QStringLiteral("--scope"), QStringLiteral("read:accounts write:invoices")})
                     .exitCode,
            0);
        const CliResult widened = cli(sendArgs(QStringLiteral("POST"), QStringLiteral("/invoices"))
            << QStringLiteral("-d") << QStringLiteral("{\"customer\":\"ACME\",\"amount\":1}"));
        QVERIFY2(widened.exitCode == 0, qPrintable(widened.err + widened.out));
        QCOMPARE(tokenRequests(), before + 5);
    }

    void aLoginsSessionCookieCarriesFromOneCommandToTheNext()
    {
        // BigCommerce's Customer Login: a JWT Keyway signs, then the store's session cookie.
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("shop"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), m_base})
                     .exitCode,
            0);
        const CliResult configured = cli({QStringLiteral("auth"), QStringLiteral("signed-jwt"), QStringLiteral("shop"),
            QStringLiteral("--signing-key"), QStringLiteral("client_secret"), QStringLiteral("--claim"),
            QStringLiteral("iss=") + DemoCredentials::bigCommerceClientId(), QStringLiteral("--claim"),
            QStringLiteral("iat:={{$timestamp}}"), QStringLiteral("--claim"), QStringLiteral("jti={{$uuid}}"),
            QStringLiteral("--claim"), QStringLiteral("operation=customer_login"), QStringLiteral("--claim"),
            QStringLiteral("store_hash=") + DemoCredentials::storeHash(), QStringLiteral("--claim"),
            QStringLiteral("customer_id:=42")});
        QCOMPARE(configured.exitCode, 0);
        QVERIFY2(configured.out.contains(QLatin1String("keyway-cli secret set shop client_secret")), qPrintable(configured.out));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("shop"), QStringLiteral("client_secret")},
                     DemoCredentials::bigCommerceClientSecret().toUtf8())
                     .exitCode,
            0);
        const auto send = [this](const QString &path, const QStringList &extra = {}) {
            return cli(QStringList {QStringLiteral("send"), QStringLiteral("shop"), QStringLiteral("GET"), path} + extra);
        };
        const CliResult login = send(QStringLiteral("/login/token/{{jwt}}"));
        QCOMPARE(login.exitCode, 0);
        QVERIFY2(login.out.contains(QLatin1String("Signed in as Ada Lovelace")), qPrintable(login.out + login.err));
        // A new process: the session comes from the keychain.
        const CliResult account = send(QStringLiteral("/account.php"), {QStringLiteral("--show-headers")});
        QCOMPARE(account.exitCode, 0);
        QVERIFY2(account.out.contains(QStringLiteral("Cookie: SHOP_SESSION_TOKEN=\u2022")), qPrintable(account.out));
        const CliResult listed = cli({QStringLiteral("cookies"), QStringLiteral("shop")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.startsWith(QStringLiteral("SHOP_SESSION_TOKEN=\u2022")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QLatin1String("HttpOnly")));
        QCOMPARE(send(QStringLiteral("/account.php"), {QStringLiteral("--no-cookies")}).exitCode, 1); // HTTP 401
        const CliResult cleared = cli({QStringLiteral("cookies"), QStringLiteral("shop"), QStringLiteral("--clear")});
        QCOMPARE(cleared.exitCode, 0);
        QVERIFY2(cleared.out.contains(QLatin1String("Removed 1 cookie of 'shop'")), qPrintable(cleared.out));
        QCOMPARE(send(QStringLiteral("/account.php")).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("cookies"), QStringLiteral("shop")}).out.trimmed(), QStringLiteral("No cookies for 'shop'"));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("shop")}).exitCode, 0);
    }

    void theStorefrontTokenAndAGraphQlQueryFromTheCommandLine()
    {
        // BigCommerce's storefront: a token asked for with typed parameters, then a GraphQL query.
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("storefront"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), m_base})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("auth"), QStringLiteral("token-exchange"), QStringLiteral("storefront"),
                         QStringLiteral("--token-url"), m_base + QStringLiteral("/stores/demo1/v3/storefront/api-token"),
                         QStringLiteral("--token-body"), QStringLiteral("json"), QStringLiteral("--header"),
                         QStringLiteral("X-Auth-Token: {{secret.access_token}}"), QStringLiteral("--param"),
                         QStringLiteral("channel_id:=1"), QStringLiteral("--param"),
                         QStringLiteral("expires_at:={{$timestamp+86400}}"), QStringLiteral("--token-path"),
                         QStringLiteral("data.token")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("storefront"),
                         QStringLiteral("access_token")},
                     DemoCredentials::storeToken().toUtf8())
                     .exitCode,
            0);
        const QString document = QStringLiteral("query Store { site { settings { storeName } } } query Other { x }");
        const CliResult answered = cli({QStringLiteral("send"), QStringLiteral("storefront"), QStringLiteral("POST"),
            QStringLiteral("/graphql"), QStringLiteral("--graphql"), document, QStringLiteral("--operation"),
            QStringLiteral("Store")});
        QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
        QVERIFY2(answered.out.contains(QLatin1String("Keyway Demo Store")), qPrintable(answered.out));
        const CliResult unchosen = cli({QStringLiteral("send"), QStringLiteral("storefront"), QStringLiteral("POST"),
            QStringLiteral("/graphql"), QStringLiteral("--graphql"), document});
        QCOMPARE(unchosen.exitCode, 2);
        QVERIFY2(unchosen.err.contains(QLatin1String("choose the one to run")), qPrintable(unchosen.err));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("storefront")}).exitCode, 0);
    }

    void noSecretReachesAnyFileOrOutput()
    {
        QVERIFY(!m_outputs.isEmpty());
        for (const CliResult &result : std::as_const(m_outputs)) {
            QVERIFY(!result.out.toUtf8().contains(m_marker));
            QVERIFY(!result.err.toUtf8().contains(m_marker));
            QVERIFY(!result.out.contains(DemoCredentials::confidentialClientSecret()));
            QVERIFY(!(result.out + result.err).contains(QLatin1String("sbx_session_")));
            QVERIFY(!(result.out + result.err).contains(DemoCredentials::bigCommerceClientSecret()));
        }
        for (const QString &dir : {m_home.workspace(), m_home.data(), m_home.config(), m_home.cache()}) {
            for (const QByteArray &secret : {m_marker, DemoCredentials::sandboxApiKey().toLatin1(),
                     DemoCredentials::confidentialClientSecret().toLatin1(), QByteArray("sbx_rt_"),
                     QByteArray("sbx_at_"), QByteArray("sbx_session_"),
                     DemoCredentials::bigCommerceClientSecret().toLatin1()})
                QVERIFY2(filesContaining(dir, secret).isEmpty(),
                    qPrintable(filesContaining(dir, secret).join(u',')));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
