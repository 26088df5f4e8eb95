#include "CliRunner.h"
#include "KeyringRequirement.h"
#include "SelfSignedCertificate.h"
#include "TempDirs.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString Cli = QStringLiteral(KEYWAY_CLI_PATH);

// Configuration for a D-Bus session bus that exists but has no Secret Service to start.
const char BareSessionBusConfig[]
    = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
      " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
      "<busconfig>\n"
      "  <type>session</type>\n"
      "  <listen>unix:tmpdir=/tmp</listen>\n"
      "  <auth>EXTERNAL</auth>\n"
      "  <policy context=\"default\">\n"
      "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
      "    <allow eavesdrop=\"true\"/>\n"
      "    <allow own=\"*\"/>\n"
      "  </policy>\n"
      "</busconfig>\n";

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;

    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runProgram(Cli, QStringList {QStringLiteral("--workspace"), m_home.workspace()} + arguments,
            m_home.environment(), input);
    }

    QString envFile(const QString &name) const
    {
        return m_home.workspace() + QStringLiteral("/environments/") + name + QStringLiteral(".json");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.root.isValid());
        const CliResult init = cli({QStringLiteral("workspace"), QStringLiteral("init"), m_home.workspace(),
            QStringLiteral("--name"), QStringLiteral("CLI test")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QLatin1String("Created workspace 'CLI test'")));
    }

    void helpAndVersion()
    {
        const CliResult help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("Exit codes")));
        const CliResult envHelp
            = cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(envHelp.exitCode, 0);
        QVERIFY2(envHelp.out.startsWith(QLatin1String("Usage: keyway-cli env add")), qPrintable(envHelp.out));
        QVERIFY(envHelp.out.contains(QLatin1String("--base-url")));
        for (const QString &group :
            {QStringLiteral("workspace"), QStringLiteral("env"), QStringLiteral("secret")}) {
            const CliResult groupHelp = cli({group, QStringLiteral("--help")});
            QCOMPARE(groupHelp.exitCode, 0);
            QVERIFY(groupHelp.out.contains(QLatin1String("Commands:")));
        }
        const CliResult version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("keyway-cli ")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage:");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--bogus")} << QStringLiteral("unknown option");
        QTest::newRow("unknown env command") << QStringList {QStringLiteral("env"), QStringLiteral("fly")}
                                             << QStringLiteral("unknown command 'env fly'");
        QTest::newRow("add without kind") << QStringList {QStringLiteral("env"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--base-url"), QStringLiteral("https://a.example")}
                                          << QStringLiteral("--kind");
        QTest::newRow("bad kind") << QStringList {QStringLiteral("env"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("staging"),
            QStringLiteral("--base-url"), QStringLiteral("https://a.example")}
                                  << QStringLiteral("'staging'");
        QTest::newRow("bad base url") << QStringList {QStringLiteral("env"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("sandbox"),
            QStringLiteral("--base-url"), QStringLiteral("example.com")}
                                      << QStringLiteral("absolute URL");
        QTest::newRow("bad env name") << QStringList {QStringLiteral("env"), QStringLiteral("add"),
            QStringLiteral("../x"), QStringLiteral("--kind"), QStringLiteral("sandbox"),
            QStringLiteral("--base-url"), QStringLiteral("https://a.example")}
                                      << QStringLiteral("may use only");
        QTest::newRow("issuer with a query")
            << QStringList {QStringLiteral("auth"), QStringLiteral("oauth2"), QStringLiteral("x"),
                   QStringLiteral("--authorize-url"), QStringLiteral("https://sso.example.com/authorize"),
                   QStringLiteral("--token-url"), QStringLiteral("https://sso.example.com/token"),
                   QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--issuer"),
                   QStringLiteral("https://sso.example.com/?tenant=1")}
            << QStringLiteral("--issuer: issuer 'https://sso.example.com/?tenant=1' must not contain a '?' query");
        QTest::newRow("unknown option of command")
            << QStringList {QStringLiteral("env"), QStringLiteral("list"), QStringLiteral("--fast")}
            << QStringLiteral("Unknown option");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = cli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void typedTokenParametersAreKept()
    {
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("typed"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), QStringLiteral("https://api.example.com")})
                     .exitCode,
            0);
        const CliResult set = cli({QStringLiteral("auth"), QStringLiteral("token-exchange"), QStringLiteral("typed"),
            QStringLiteral("--token-url"), QStringLiteral("https://api.example.com/token"), QStringLiteral("--token-body"),
            QStringLiteral("json"), QStringLiteral("--param"), QStringLiteral("channel_id:=1"), QStringLiteral("--param"),
            QStringLiteral("expires_at:={{$timestamp+3600}}"), QStringLiteral("--param"), QStringLiteral("scope=a:b")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const CliResult shown = cli({QStringLiteral("auth"), QStringLiteral("show"), QStringLiteral("typed")});
        QVERIFY2(shown.out.contains(QLatin1String("channel_id:=1")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QLatin1String("expires_at:={{$timestamp+3600}}")));
        QVERIFY(shown.out.contains(QLatin1String("scope=a:b")));
        QFile file(envFile(QStringLiteral("typed")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"json\": true"));
    }

    void clientCertificatesAreCheckedWhenConfigured()
    {
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("bank"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), QStringLiteral("https://bank.example/v1")})
                     .exitCode,
            0);
        const QString cert = m_home.root.filePath(QStringLiteral("client.pem"));
        const QString key = m_home.root.filePath(QStringLiteral("client.key"));
        QVERIFY(makeSelfSignedCertificate(cert, key, QStringLiteral("keyway-client")));
        const auto clientCert = [this](const QStringList &rest) {
            return cli(QStringList {QStringLiteral("client-cert"), QStringLiteral("bank")} + rest);
        };
        QCOMPARE(clientCert({}).out.trimmed(), QStringLiteral("No client certificates for 'bank'"));
        // A key that is not the certificate's kind of file is found now, not at the first send.
        const CliResult wrong = clientCert({QStringLiteral("--cert"), cert, QStringLiteral("--key"), cert});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("it is not a PEM private key")), qPrintable(wrong.err));
        const CliResult added = clientCert({QStringLiteral("--cert"), cert, QStringLiteral("--key"), key});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QLatin1String("Client certificate for https://bank.example: keyway-client")),
            qPrintable(added.out));
        QVERIFY(clientCert({}).out.startsWith(QLatin1String("https://bank.example  ") + cert));
        QFile file(envFile(QStringLiteral("bank")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"clientCertificates\""));
        const CliResult removed = clientCert({QStringLiteral("--remove")});
        QVERIFY2(removed.out.contains(QLatin1String("no longer offers a client certificate to https://bank.example")),
            qPrintable(removed.out));
        QCOMPARE(clientCert({QStringLiteral("--remove"), QStringLiteral("--cert"), cert}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("bank")}).exitCode, 0); // later tests count them
    }

    void theSandboxServesMutualTlsWhenAsked()
    {
        const QString cert = m_home.root.filePath(QStringLiteral("server.pem"));
        const QString key = m_home.root.filePath(QStringLiteral("server.key"));
        QVERIFY(makeSelfSignedCertificate(cert, key));
        // A key that is no key is named, and the options go together.
        const CliResult wrong = cli({QStringLiteral("sandbox"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), cert});
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains(QLatin1String("is not an unencrypted PEM private key")), qPrintable(wrong.err));
        QCOMPARE(cli({QStringLiteral("sandbox"), QStringLiteral("--client-ca"), cert}).exitCode, 2);

        QProcess sandbox;
        sandbox.setProcessEnvironment(m_home.environment());
        sandbox.start(QStringLiteral(KEYWAY_CLI_PATH),
            {QStringLiteral("sandbox"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                QStringLiteral("--client-ca"), cert});
        QVERIFY(sandbox.waitForStarted(10'000));
        QByteArray banner;
        QVERIFY(QTest::qWaitFor([&] {
            banner += sandbox.readAllStandardOutput();
            return banner.contains("demo credentials");
        }, 15'000));
        QVERIFY2(banner.startsWith("Keyway sandbox listening on https://127.0.0.1:"), banner.constData());
        QVERIFY(banner.contains("Client certificates are required (mutual TLS)."));
        QVERIFY(banner.contains("/login/token/{jwt}"));

        // --check: the sandbox asks for the certificate and takes this one (it issued itself). The
        // server's certificate is trusted through Settings' CA file, as for a send.
        const QString base = QString::fromUtf8(banner.mid(28, banner.indexOf('\n') - 28)).trimmed();
        QVERIFY2(base.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(base));
        QDir().mkpath(m_home.config() + QStringLiteral("/keyway"));
        QFile settings(m_home.config() + QStringLiteral("/keyway/keyway.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[network]\ncaFile=" + cert.toUtf8() + "\n");
        settings.close();
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("mtls"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"), base})
                     .exitCode,
            0);
        const auto clientCert = [this](const QStringList &rest) {
            return cli(QStringList {QStringLiteral("client-cert"), QStringLiteral("mtls")} + rest);
        };
        QCOMPARE(clientCert({QStringLiteral("--cert"), cert, QStringLiteral("--key"), key}).exitCode, 0);
        const CliResult accepted = clientCert({QStringLiteral("--check")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(QLatin1String("asked for a client certificate and accepted this one")),
            qPrintable(accepted.out));
        const CliResult elsewhere = clientCert({QStringLiteral("--check"), QStringLiteral("--origin"), QStringLiteral("https://other.example")});
        QCOMPARE(elsewhere.exitCode, 7);
        QVERIFY2(elsewhere.err.contains(QLatin1String("offers no client certificate to https://other.example")),
            qPrintable(elsewhere.err));
        QCOMPARE(clientCert({QStringLiteral("--check"), QStringLiteral("--remove")}).exitCode, 2);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10'000));

        // The same certificate set up for a server that never asks for one: said, and exit 1.
        QProcess plain;
        plain.setProcessEnvironment(m_home.environment());
        plain.start(QStringLiteral(KEYWAY_CLI_PATH),
            {QStringLiteral("sandbox"), QStringLiteral("--port"), QString::number(QUrl(base).port()), // the one the environment names
                QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY(plain.waitForStarted(10'000));
        banner.clear();
        QVERIFY(QTest::qWaitFor([&] {
            banner += plain.readAllStandardOutput();
            return banner.contains("demo credentials");
        }, 15'000));
        const CliResult notAsked = clientCert({QStringLiteral("--check")});
        QCOMPARE(notAsked.exitCode, 1);
        QVERIFY2(notAsked.err.contains(QLatin1String("did not ask for a client certificate")), qPrintable(notAsked.err));
        plain.terminate();
        QVERIFY(plain.waitForFinished(10'000));
        QVERIFY(settings.remove());
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("mtls")}).exitCode, 0); // later tests count them
    }

    void missingWorkspaceExitsSix()
    {
        const CliResult result = runProgram(Cli,
            {QStringLiteral("--workspace"), m_home.root.filePath(QStringLiteral("nowhere")),
                QStringLiteral("env"), QStringLiteral("list")},
            m_home.environment());
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains(QLatin1String("workspace init")), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_home.root.filePath(QStringLiteral("nowhere"))));
    }

    void defaultWorkspaceIsCreatedOnFirstUse()
    {
        const CliResult result = runProgram(Cli,
            {QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("first"), QStringLiteral("--kind"),
                QStringLiteral("sandbox"), QStringLiteral("--base-url"), QStringLiteral("https://a.example")},
            m_home.environment());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(
            m_home.data() + QStringLiteral("/keyway/workspaces/default/environments/first.json")));
    }

    void environmentLifecycle()
    {
        const QStringList add {QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("sandbox"),
            QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
            QStringLiteral("https://api-sandbox.example.com/v1")};
        QCOMPARE(cli(add).exitCode, 0);
        const CliResult duplicate = cli(add);
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains(QLatin1String("already exists")));

        const CliResult set = cli({QStringLiteral("env"), QStringLiteral("set"), QStringLiteral("sandbox"),
            QStringLiteral("tenant=acme"), QStringLiteral("host={{tenant}}.example.com"),
            QStringLiteral("session_token=abc")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.err.contains(QLatin1String("warning: 'session_token'")), qPrintable(set.err));
        QVERIFY2(set.out.contains(QLatin1String("Set 3 variables in 'sandbox'")), qPrintable(set.out));
        const CliResult unset = cli({QStringLiteral("env"), QStringLiteral("unset"),
            QStringLiteral("sandbox"), QStringLiteral("session_token")});
        QCOMPARE(unset.exitCode, 0);
        // English plural forms whatever the locale (the test runs in the C locale).
        QVERIFY2(
            unset.out.contains(QLatin1String("Removed 1 variable from 'sandbox'")), qPrintable(unset.out));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("unset"), QStringLiteral("sandbox"),
                         QStringLiteral("nope")})
                     .exitCode,
            7);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("set"), QStringLiteral("sandbox"),
                         QStringLiteral("baseUrl=x")})
                     .exitCode,
            2);
        const CliResult notAssignment = cli({QStringLiteral("env"), QStringLiteral("set"),
            QStringLiteral("sandbox"), QStringLiteral("sk_live_pasted_by_mistake")});
        QCOMPARE(notAssignment.exitCode, 2);
        QVERIFY(!notAssignment.err.contains(QLatin1String("sk_live_pasted_by_mistake")));

        const auto company = [&](const QString &option, const QString &value) {
            return cli(
                {QStringLiteral("env"), QStringLiteral("company"), QStringLiteral("sandbox"), option, value});
        };
        QCOMPARE(company(QStringLiteral("--add"), QStringLiteral("company_a")).exitCode, 0);
        QCOMPARE(company(QStringLiteral("--add"), QStringLiteral("company_b")).exitCode, 0);
        QCOMPARE(company(QStringLiteral("--add"), QStringLiteral("company_b")).exitCode, 1);
        QCOMPARE(company(QStringLiteral("--add"), QStringLiteral("has space")).exitCode, 2);
        QCOMPARE(company(QStringLiteral("--use"), QStringLiteral("company_b")).exitCode, 0);
        const CliResult unknownCompany = company(QStringLiteral("--use"), QStringLiteral("company_z"));
        QCOMPARE(unknownCompany.exitCode, 7);
        QVERIFY(unknownCompany.err.contains(QLatin1String("company_a, company_b")));
        QCOMPARE(company(QStringLiteral("--header"), QStringLiteral("X-Tenant")).exitCode, 0);
        QCOMPARE(company(QStringLiteral("--header"), QStringLiteral("Bad Header")).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("env"), QStringLiteral("company"), QStringLiteral("sandbox")}).exitCode, 2);

        const CliResult show
            = cli({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("sandbox")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(QLatin1String("Kind:           sandbox")));
        QVERIFY(show.out.contains(QLatin1String("company_b (selected)")));
        QVERIFY(show.out.contains(QLatin1String("Company header: X-Tenant")));
        QVERIFY(show.out.contains(QLatin1String("host = {{tenant}}.example.com")));
        QVERIFY(!show.out.contains(QLatin1String("session_token")));

        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("edit"), QStringLiteral("sandbox"),
                         QStringLiteral("--base-url"), QStringLiteral("https://{{host}}/v2")})
                     .exitCode,
            0);
        const CliResult list = cli({QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("https://{{host}}/v2")), qPrintable(list.out));

        const CliResult missing
            = cli({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("prod")});
        QCOMPARE(missing.exitCode, 7);
        QVERIFY(missing.err.contains(QLatin1String("known: sandbox")));

        const QByteArray file = readAll(envFile(QStringLiteral("sandbox")));
        QVERIFY(file.contains("\"selected\": \"company_b\""));
        QVERIFY(file.endsWith("}\n"));
    }

    void corruptOrFutureFilesExitSixAndStayUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt") << QByteArray("{\n  \"schemaVersion\": 1,\n  oops\n}\n")
                                 << QStringLiteral("broken.json:3:");
        QTest::newRow("future") << QByteArray(
            "{\"schemaVersion\": 7, \"name\": \"broken\", \"kind\": \"sandbox\"}\n")
                                << QStringLiteral("newer Keyway");
    }

    void corruptOrFutureFilesExitSixAndStayUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString path = envFile(QStringLiteral("broken"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        // The others keep working; the damaged file is named wherever it matters and never overwritten.
        const CliResult listed = cli({QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.contains(QLatin1String("skipped:")) && listed.err.contains(message),
            qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("sandbox")));
        for (const QStringList &arguments : {QStringList {QStringLiteral("env"), QStringLiteral("set"),
                                                 QStringLiteral("broken"), QStringLiteral("a=b")},
                 QStringList {QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("broken"),
                     QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                     QStringLiteral("https://x.example.com")}}) {
            const CliResult result = cli(arguments);
            QCOMPARE(result.exitCode, 6);
            QVERIFY2(result.err.contains(QLatin1String("broken")), qPrintable(result.err));
        }
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("sandbox")}).exitCode, 0);
        QCOMPARE(readAll(path), bytes);
        QVERIFY(QFile::remove(path));
    }

    void secretValueIsNeverTakenFromArguments()
    {
        const CliResult result = cli({QStringLiteral("secret"), QStringLiteral("set"),
            QStringLiteral("sandbox"), QStringLiteral("api_key"), QStringLiteral("sk_in_argv_123456")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QLatin1String("standard input")));
        QVERIFY(!result.err.contains(QLatin1String("sk_in_argv_123456")));
    }

    void secretsLiveOnlyInTheKeychain()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        const QByteArray marker = "kw_marker_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const CliResult set = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("sandbox"),
                                      QStringLiteral("api_key")},
            marker + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));

        const QString masked
            = QStringLiteral("\u2022\u2022\u2022\u2022") + QString::fromLatin1(marker.right(4));
        const CliResult list
            = cli({QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("sandbox")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("api_key  ") + masked), qPrintable(list.out));
        const CliResult show
            = cli({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("sandbox")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(masked));
        QVERIFY(readAll(envFile(QStringLiteral("sandbox"))).contains("\"api_key\""));

        for (const CliResult &result : {set, list, show}) {
            QVERIFY(!result.out.toUtf8().contains(marker));
            QVERIFY(!result.err.toUtf8().contains(marker));
        }
        for (const QString &dir : {m_home.workspace(), m_home.data(), m_home.config(), m_home.cache()})
            QVERIFY2(
                filesContaining(dir, marker).isEmpty(), qPrintable(filesContaining(dir, marker).join(u',')));

        const CliResult empty = cli({QStringLiteral("secret"), QStringLiteral("set"),
                                        QStringLiteral("sandbox"), QStringLiteral("other")},
            "\n");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(!readAll(envFile(QStringLiteral("sandbox"))).contains("\"other\""));

        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("sandbox"),
                         QStringLiteral("api_key")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("sandbox"),
                         QStringLiteral("api_key")})
                     .exitCode,
            7);
        QVERIFY(!readAll(envFile(QStringLiteral("sandbox"))).contains("\"api_key\""));
    }

    void terminalPromptHidesWhatIsTyped()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        // script(1) gives keyway-cli a real terminal; we answer only once the prompt is shown.
        QProcess terminal;
        terminal.setProcessEnvironment(m_home.environment());
        terminal.start(QStringLiteral("script"),
            {QStringLiteral("-qec"),
                QStringLiteral("'%1' --workspace '%2' secret set sandbox typed").arg(Cli, m_home.workspace()),
                QStringLiteral("/dev/null")});
        QVERIFY(terminal.waitForStarted(10'000));
        QByteArray screen;
        QVERIFY(QTest::qWaitFor(
            [&] {
                terminal.waitForReadyRead(100);
                screen += terminal.readAll();
                return screen.contains("(input hidden): ");
            },
            30'000));
        terminal.write("typed_on_terminal_987654\n");
        QVERIFY(terminal.waitForFinished(30'000));
        screen += terminal.readAll();
        QCOMPARE(terminal.exitCode(), 0);
        QVERIFY2(screen.contains("Stored secret 'typed'"), screen.constData());
        QVERIFY2(!screen.contains("typed_on_terminal"), screen.constData());
        const CliResult list
            = cli({QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("sandbox")});
        QVERIFY2(list.out.contains(QStringLiteral("\u2022\u2022\u2022\u20227654")), qPrintable(list.out));
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("rm"), QStringLiteral("sandbox"),
                         QStringLiteral("typed")})
                     .exitCode,
            0);
    }

    void exportCarriesNoSecretsAndImportSaysWhatToSet()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        const QByteArray marker = "kw_export_marker_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("shared"),
                         QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                         QStringLiteral("https://a.example.com")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("shared"),
                         QStringLiteral("api_key")},
                     marker + '\n')
                     .exitCode,
            0);
        const QString file = m_home.root.filePath(QStringLiteral("shared.keyway.json"));
        const CliResult exported = cli({QStringLiteral("workspace"), QStringLiteral("export"), file,
            QStringLiteral("--env"), QStringLiteral("shared")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QLatin1String("secret names only")));
        QVERIFY(readAll(file).contains("\"api_key\""));
        QVERIFY(!readAll(file).contains(marker));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("export"), file, QStringLiteral("--env"),
                         QStringLiteral("nope")})
                     .exitCode,
            7);

        const QString other = m_home.root.filePath(QStringLiteral("other-ws"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), other}).exitCode, 0);
        const CliResult imported = runProgram(Cli,
            {QStringLiteral("--workspace"), other, QStringLiteral("workspace"), QStringLiteral("import"),
                file},
            m_home.environment());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(
            imported.out.contains(QLatin1String("Set its value with: keyway-cli secret set shared api_key")),
            qPrintable(imported.out));
        QVERIFY(QFile::exists(other + QStringLiteral("/environments/shared.json")));

        const CliResult notAnExport = runProgram(Cli,
            {QStringLiteral("--workspace"), other, QStringLiteral("workspace"), QStringLiteral("import"),
                envFile(QStringLiteral("shared"))},
            m_home.environment());
        QCOMPARE(notAnExport.exitCode, 6);
        QVERIFY2(notAnExport.err.contains(QLatin1String("neither a Keyway export, a Postman collection")),
            qPrintable(notAnExport.err));
        for (const QString &dir : {m_home.workspace(), other, m_home.data(), m_home.config(), m_home.cache()})
            QVERIFY2(
                filesContaining(dir, marker).isEmpty(), qPrintable(filesContaining(dir, marker).join(u',')));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("shared")}).exitCode, 0);
    }

    void importCurlMovesTheKeyIntoTheKeychain()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        const QByteArray marker = "kw_marker_curl_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("pasted"),
                         QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                         QStringLiteral("https://api.example.com/v1")})
                     .exitCode,
            0);
        const QByteArray command
            = "curl -sS -X POST https://api.example.com/v1/invoices \\\n  -H 'Authorization: Bearer " + marker
            + "' \\\n  -H 'Content-Type: application/json' --insecure -d '{\"total\": 5}'\n";

        // Saving a request that still holds the key is refused.
        const CliResult refused = cli({QStringLiteral("import"), QStringLiteral("curl"),
                                          QStringLiteral("--save"), QStringLiteral("pasted/create invoice")},
            command);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("--env")), qPrintable(refused.err));

        const CliResult imported = cli(
            {QStringLiteral("import"), QStringLiteral("curl"), QStringLiteral("--env"),
                QStringLiteral("pasted"), QStringLiteral("--save"), QStringLiteral("pasted/create invoice")},
            command);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("left out (not understood): --insecure")),
            qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("POST /invoices")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QLatin1String("Authorization: Bearer {{secret.token}}")));
        const QByteArray saved
            = readAll(m_home.workspace() + QStringLiteral("/requests/pasted/create invoice.json"));
        QVERIFY2(saved.contains("{{secret.token}}"), saved.constData());
        QVERIFY(readAll(envFile(QStringLiteral("pasted"))).contains("\"token\""));
        const CliResult list
            = cli({QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("pasted")});
        QVERIFY2(list.out.contains(QString::fromLatin1(marker.right(4))), qPrintable(list.out));
        for (const CliResult &result : {refused, imported, list}) {
            QVERIFY(!result.out.toUtf8().contains(marker));
            QVERIFY(!result.err.toUtf8().contains(marker));
        }
        for (const QString &dir : {m_home.workspace(), m_home.data(), m_home.config(), m_home.cache()})
            QVERIFY2(
                filesContaining(dir, marker).isEmpty(), qPrintable(filesContaining(dir, marker).join(u',')));

        const CliResult notCurl = cli({QStringLiteral("import"), QStringLiteral("curl")}, "wget https://x\n");
        QCOMPARE(notCurl.exitCode, 2);
        QVERIFY(notCurl.err.contains(QLatin1String("not a cURL command")));
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("pasted")}).exitCode, 0);
    }

    void importsAPostmanCollection()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        const QString other = m_home.root.filePath(QStringLiteral("postman-ws"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), other}).exitCode, 0);
        const CliResult imported = runProgram(Cli,
            {QStringLiteral("--workspace"), other, QStringLiteral("workspace"), QStringLiteral("import"),
                QStringLiteral(KEYWAY_TEST_DATA_DIR "/postman/bigledger.postman_collection.json")},
            m_home.environment());
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("Moved 2 keys found in the file into the keychain")),
            qPrintable(imported.out));
        QVERIFY2(imported.err.contains(QLatin1String("warning: left out:")), qPrintable(imported.err));
        const CliResult list = runProgram(Cli,
            {QStringLiteral("--workspace"), other, QStringLiteral("secret"), QStringLiteral("list"),
                QStringLiteral("BigLedger API - demo")},
            m_home.environment());
        QVERIFY2(list.out.contains(QStringLiteral("\u2022\u2022\u2022\u20220001")), qPrintable(list.out));
        QVERIFY(filesContaining(other, "marker_000").isEmpty());
        QVERIFY(!imported.out.contains(QLatin1String("marker_000")));
    }

    void environmentRemovalTakesItsSecrets()
    {
        KEYWAY_REQUIRE_TEST_KEYRING();
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("temp"),
                         QStringLiteral("--kind"), QStringLiteral("production"), QStringLiteral("--base-url"),
                         QStringLiteral("https://p.example")})
                     .exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("temp"),
                         QStringLiteral("key")},
                     "temporary-secret-value\n")
                     .exitCode,
            0);
        const CliResult removed = cli({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("temp")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(!QFile::exists(envFile(QStringLiteral("temp"))));
        // Re-adding the environment must not resurrect the old value.
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("temp"),
                         QStringLiteral("--kind"), QStringLiteral("production"), QStringLiteral("--base-url"),
                         QStringLiteral("https://p.example")})
                     .exitCode,
            0);
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("keyway")});
        tool.waitForFinished(30'000);
        QVERIFY(!tool.readAll().contains("temporary-secret-value"));
    }

    void noSecretServiceExitsFiveWithTheReason()
    {
        const QString config
            = writeFile(m_home.root.filePath(QStringLiteral("bare-session.conf")), BareSessionBusConfig);
        QVERIFY(!config.isEmpty());
        QProcessEnvironment environment = m_home.environment();
        environment.remove(QStringLiteral("DISPLAY"));
        const CliResult result = runProgram(QStringLiteral("dbus-run-session"),
            {QStringLiteral("--config-file=") + config, QStringLiteral("--"), Cli,
                QStringLiteral("--workspace"), m_home.workspace(), QStringLiteral("secret"),
                QStringLiteral("set"), QStringLiteral("sandbox"), QStringLiteral("api_key")},
            environment, "never-stored-value\n");
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("no Secret Service provider")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("gnome-keyring")));
        QVERIFY(filesContaining(m_home.root.path(), "never-stored-value").isEmpty());
    }

    // Runs `before` (shell, with "$1" = keyway-cli and "$2" = the workspace), locks the keyring, then
    // runs `command`: in a nested D-Bus session with a keyring of its own, so the suite's stays open.
    CliResult withLockedKeyring(const QString &before, const QString &command, const QByteArray &input = {})
    {
        QTemporaryDir keyringHome;
        QProcessEnvironment environment = m_home.environment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), keyringHome.path());
        const QString script = QStringLiteral("\"$0\" || exit 90; ") + before
            + QStringLiteral(
                "dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets "
                "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/aliases/default "
                ">/dev/null || exit 91; exec \"$1\" --workspace \"$2\" ")
            + command;
        return runProgram(QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                QStringLiteral(KEYWAY_TEST_SUPPORT_DIR "/start-test-keyring.sh"), Cli, m_home.workspace()},
            environment, input);
    }

    void lockedKeyringExitsFiveWithTheReason()
    {
        const CliResult result
            = withLockedKeyring({}, QStringLiteral("secret set sandbox api_key"), "never-stored-value\n");
        if (result.exitCode == 90 && !keyringRequired())
            QSKIP("gnome-keyring is not installed here: run scripts/test");
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("Secure storage locked")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("Unlock it")));
    }

    void aLockedKeyringDuringSendSaysLocked()
    {
        // The key is stored, then the keyring locked: send must say "locked", not "set the key".
        QCOMPARE(cli({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("lockedsend"),
                         QStringLiteral("--kind"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                         QStringLiteral("https://api-sandbox.example.com/v1")})
                     .exitCode,
            0);
        const CliResult result = withLockedKeyring(
            QStringLiteral("printf stored-before-locking | \"$1\" --workspace \"$2\" secret set lockedsend "
                           "api_key >/dev/null || exit 92; "),
            QStringLiteral("send lockedsend GET /x -H 'X-Key: {{secret.api_key}}'"));
        if (result.exitCode == 90 && !keyringRequired())
            QSKIP("gnome-keyring is not installed here: run scripts/test");
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("Secure storage locked")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("set it with")));
    }

    void noSessionBusExitsFiveWithTheReason()
    {
        QProcessEnvironment environment = m_home.environment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + m_home.root.filePath(QStringLiteral("no-such-bus")));
        const CliResult result = runProgram(Cli,
            {QStringLiteral("--workspace"), m_home.workspace(), QStringLiteral("secret"),
                QStringLiteral("set"), QStringLiteral("sandbox"), QStringLiteral("api_key")},
            environment, "never-stored-value\n");
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("no D-Bus session")), qPrintable(result.err));

        // Commands that need no secret still work without a keychain.
        QCOMPARE(runProgram(Cli,
                     {QStringLiteral("--workspace"), m_home.workspace(), QStringLiteral("env"),
                         QStringLiteral("add"), QStringLiteral("plain"), QStringLiteral("--kind"),
                         QStringLiteral("sandbox"), QStringLiteral("--base-url"),
                         QStringLiteral("https://a.example")},
                     environment)
                     .exitCode,
            0);
        const CliResult show = runProgram(Cli,
            {QStringLiteral("--workspace"), m_home.workspace(), QStringLiteral("env"), QStringLiteral("show"),
                QStringLiteral("plain")},
            environment);
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(QLatin1String("Secrets: none")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
