#include "cli/SandboxCommand.h"

#include "cli/CliContext.h"
#include "http/ClientIdentity.h"
#include "sandbox/SandboxServer.h"

#include <csignal>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <unistd.h>

namespace keyway::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1); // async-signal-safe wake-up
}

struct Tls
{
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> clientIssuers;
};

Expected<Tls> readTls(const QString &certificateFile, const QString &keyFile, const QString &clientCaFile)
{
    Tls tls;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (certificates.isEmpty())
        return Failure {ErrorKind::NotFound, SandboxCommand::tr("%1 holds no PEM certificate").arg(certificateFile)};
    tls.certificate = certificates.first();
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound, SandboxCommand::tr("cannot read %1: %2").arg(keyFile, key.errorString())};
    tls.key = ClientIdentity::readPrivateKey(key.readAll());
    if (tls.key.isNull())
        return Failure {ErrorKind::Invalid, SandboxCommand::tr("%1 is not an unencrypted PEM private key").arg(keyFile)};
    if (!clientCaFile.isEmpty()) {
        tls.clientIssuers = QSslCertificate::fromPath(clientCaFile, QSsl::Pem);
        if (tls.clientIssuers.isEmpty())
            return Failure {ErrorKind::NotFound, SandboxCommand::tr("%1 holds no PEM certificate").arg(clientCaFile)};
    }
    return tls;
}

} // namespace

int SandboxCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run Keyway's embedded sandbox API and OAuth server on 127.0.0.1 until "
           "interrupted (Ctrl+C)."));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (default: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
        tr("Lifetime of issued access tokens in seconds (default 3600)."), QStringLiteral("SECONDS"),
        QStringLiteral("3600"));
    const QCommandLineOption tlsCertificate(QStringLiteral("tls-cert"),
        tr("Serve HTTPS with this PEM certificate (with --tls-key)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), tr("The certificate's PEM private key (unencrypted)."), QStringLiteral("FILE"));
    const QCommandLineOption clientCa(QStringLiteral("client-ca"),
        tr("Require client certificates (mutual TLS) issued by the CA in this PEM file."), QStringLiteral("FILE"));
    parser.addOptions({port, lifetime, tlsCertificate, tlsKey, clientCa});
    if (auto done = m_context.parse(parser, QStringLiteral("sandbox"), arguments))
        return *done;
    bool portOk = false;
    bool lifetimeOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const int seconds = parser.value(lifetime).toInt(&lifetimeOk);
    if (!portOk || portNumber > 65535)
        return m_context.usageError(tr("--port must be a number from 0 to 65535"), QStringLiteral("sandbox"));
    if (!lifetimeOk || seconds < 1)
        return m_context.usageError(
            tr("--token-lifetime must be a positive number of seconds"), QStringLiteral("sandbox"));

    sandbox::SandboxServer server;
    server.authority().setAccessTokenLifetime(seconds);
    if (parser.isSet(tlsCertificate) != parser.isSet(tlsKey) || (parser.isSet(clientCa) && !parser.isSet(tlsCertificate)))
        return m_context.usageError(
            tr("--tls-cert and --tls-key go together, and --client-ca needs them"), QStringLiteral("sandbox"));
    if (parser.isSet(tlsCertificate)) {
        auto tls = readTls(parser.value(tlsCertificate), parser.value(tlsKey), parser.value(clientCa));
        if (!tls)
            return m_context.fail(tls.failure());
        server.enableTls(tls->certificate, tls->key, tls->clientIssuers);
    }
    if (server.start(quint16(portNumber)) == 0)
        return m_context.fail(
            Failed, tr("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(portNumber));

    using sandbox::DemoCredentials;
    QTextStream &out = m_context.out();
    out << tr("Keyway sandbox listening on %1").arg(server.baseUrl().toString()) << "\n\n"
        << tr("API (BigLedger style):  %1/v1/accounts, /v1/invoices, /v1/auth/verify")
               .arg(server.baseUrl().toString())
        << '\n'
        << tr("  sandbox API key:      %1").arg(DemoCredentials::sandboxApiKey()) << '\n'
        << tr("  production API key:   %1").arg(DemoCredentials::productionApiKey()) << '\n'
        << tr("  company ID:           %1 (header X-Company-Id)").arg(DemoCredentials::companyId()) << '\n'
        << tr("OAuth2 (code + PKCE):   %1/oauth/authorize, %1/oauth/token").arg(server.baseUrl().toString())
        << '\n'
        << tr("  public client:        %1 (redirect http://127.0.0.1:PORT/callback)")
               .arg(DemoCredentials::publicClientId())
        << '\n'
        << tr("  client credentials:   %1 / %2")
               .arg(DemoCredentials::confidentialClientId(), DemoCredentials::confidentialClientSecret())
        << '\n'
        << tr("  scopes:               %1").arg(DemoCredentials::scopes().join(QLatin1Char(' '))) << '\n'
        << tr("Token exchange:         %1/token with Authorization: Basic %2, basiq-version: 3.0")
               .arg(server.baseUrl().toString(), DemoCredentials::exchangeApiKey())
        << '\n'
        << tr("X-Auth-Token API:       %1/stores/%2/v3/catalog/products with X-Auth-Token: %3")
               .arg(server.baseUrl().toString(), DemoCredentials::storeHash(), DemoCredentials::storeToken())
        << '\n'
        << tr("BigCommerce storefront: %1/stores/%2/v3/storefront/api-token (X-Auth-Token above), %1/graphql")
               .arg(server.baseUrl().toString(), DemoCredentials::storeHash())
        << '\n'
        << tr("  Customer Login:       %1/login/token/{jwt}, HS256 with client %2 / %3, customer_id 42")
               .arg(server.baseUrl().toString(), DemoCredentials::bigCommerceClientId(),
                   DemoCredentials::bigCommerceClientSecret())
        << '\n'
        << (parser.isSet(clientCa) ? tr("Client certificates are required (mutual TLS).") + QLatin1Char('\n') : QString())
        << tr("These are demo credentials for this local sandbox only.") << Qt::endl;

    if (::pipe(signalPipe) != 0)
        return m_context.fail(Failed, tr("cannot set up signal handling"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QCoreApplication::exec();
    m_context.err() << tr("Sandbox stopped.") << Qt::endl;
    return Ok;
}

} // namespace keyway::cli
