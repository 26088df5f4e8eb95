#include "cli/ClientCertCommand.h"

#include "cli/CliContext.h"
#include "session/ClientCertificateChecker.h"
#include "http/ClientIdentity.h"
#include "http/RedirectPolicy.h"
#include "model/NameRules.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace keyway::cli {

namespace {

QString describe(const ClientCertificate &entry, const Environment &env)
{
    const QString files = entry.isPkcs12() ? entry.certificateFile
                                           : QStringLiteral("%1 + %2").arg(entry.certificateFile, entry.keyFile);
    return QStringLiteral("%1  %2%3")
        .arg(ClientIdentity::originOf(entry, env), files,
            entry.passphraseSlot.isEmpty() ? QString()
                                           : ClientCertCommand::tr("  (passphrase: {{secret.%1}})").arg(entry.passphraseSlot));
}

int exitCodeOf(ClientCertificateCheck::Outcome outcome)
{
    switch (outcome) {
    case ClientCertificateCheck::Outcome::Accepted:
        return Ok;
    case ClientCertificateCheck::Outcome::Failed:
    case ClientCertificateCheck::Outcome::Untrusted:
        return NetworkError;
    case ClientCertificateCheck::Outcome::NotAsked:
    case ClientCertificateCheck::Outcome::Refused:
    case ClientCertificateCheck::Outcome::Unusable:
        break;
    }
    return Failed;
}

} // namespace

int ClientCertCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("client-cert");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The client certificates (mutual TLS) ENV offers, one per origin. Without options, lists them."));
    const QCommandLineOption cert(QStringLiteral("cert"),
        tr("PEM certificate, or a PKCS#12 bundle (.p12/.pfx) holding certificate and key."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("PEM private key (not with a PKCS#12 bundle)."), QStringLiteral("FILE"));
    const QCommandLineOption origin(QStringLiteral("origin"),
        tr("The origin it is for (default: the base URL's)."), QStringLiteral("URL"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase-secret"),
        tr("The secret holding the key's passphrase (keyway-cli secret set ENV SLOT)."), QStringLiteral("SLOT"));
    const QCommandLineOption remove(QStringLiteral("remove"), tr("Stop offering the certificate for the origin."));
    const QCommandLineOption check(QStringLiteral("check"),
        tr("Connect to the origin (or each one) and say whether the server asks for the certificate and accepts "
           "it. Sends no request."));
    parser.addOptions({cert, key, origin, passphrase, remove, check});
    if (auto done = m_context.parseSingleEnvironment(parser, command, arguments))
        return *done;
    if (int(parser.isSet(cert)) + int(parser.isSet(remove)) + int(parser.isSet(check)) > 1)
        return m_context.usageError(tr("use one of --cert, --remove and --check"), command);
    if (parser.isSet(origin)) {
        if (Status valid = NameRules::checkBaseUrl(parser.value(origin)); !valid)
            return m_context.usageError(tr("--origin: %1").arg(valid.error()), command);
    }
    if (parser.isSet(passphrase)) {
        if (Status valid = NameRules::checkSecretName(parser.value(passphrase)); !valid)
            return m_context.usageError(tr("--passphrase-secret: %1").arg(valid.error()), command);
    }
    Workspace workspace;
    Environment *env = nullptr;
    if (auto failed = m_context.openEnvironment(parser.positionalArguments().first(), workspace, env))
        return *failed;
    if (parser.isSet(check))
        return checkCertificates(workspace, *env, parser.isSet(origin) ? parser.value(origin) : QString());
    if (!parser.isSet(cert) && !parser.isSet(remove)) {
        for (const ClientCertificate &entry : std::as_const(env->clientCertificates))
            m_context.out() << describe(entry, *env) << Qt::endl;
        if (env->clientCertificates.isEmpty())
            m_context.out() << tr("No client certificates for '%1'").arg(env->name) << Qt::endl;
        return Ok;
    }
    ClientCertificate entry {parser.isSet(origin) ? RedirectPolicy::origin(QUrl(parser.value(origin))) : QString(),
        parser.isSet(cert) ? QFileInfo(parser.value(cert)).absoluteFilePath() : QString(),
        parser.isSet(key) ? QFileInfo(parser.value(key)).absoluteFilePath() : QString(), parser.value(passphrase)};
    const QString target = ClientIdentity::originOf(entry, *env);
    env->clientCertificates.removeIf(
        [&](const ClientCertificate &other) { return ClientIdentity::originOf(other, *env) == target; });
    if (parser.isSet(cert)) {
        // Opened now, so a wrong file or passphrase is found here rather than at the first send.
        const SecretOutcome secret = entry.passphraseSlot.isEmpty()
            ? SecretOutcome {SecretJob::Result::Ok, {}, {}}
            : m_context.readSecret({workspace.id, env->name, entry.passphraseSlot});
        if (secret.result == SecretJob::Result::Ok) {
            auto identity = ClientIdentity::load(entry, target, secret.value);
            if (!identity)
                return m_context.fail(identity.failure());
            m_context.out() << tr("Client certificate for %1: %2, valid until %3")
                                   .arg(target, identity->certificate.subjectDisplayName(),
                                       identity->certificate.expiryDate().toString(Qt::ISODate))
                            << Qt::endl;
        } else {
            m_context.out() << tr("Store the key's passphrase with: keyway-cli secret set %1 %2")
                                   .arg(env->name, entry.passphraseSlot)
                            << Qt::endl;
        }
        env->clientCertificates.append(entry);
    }
    if (auto failed = m_context.saveEnvironment(workspace, *env))
        return *failed;
    if (parser.isSet(remove))
        m_context.out() << tr("'%1' no longer offers a client certificate to %2").arg(env->name, target) << Qt::endl;
    return Ok;
}

int ClientCertCommand::checkCertificates(const Workspace &workspace, const Environment &env, const QString &origin)
{
    const QString wanted = origin.isEmpty() ? QString() : RedirectPolicy::origin(QUrl(origin));
    m_context.network(); // applies the CA file from Settings, as for a send
    ClientCertificateChecker checker(m_context.secretStore());
    int checked = 0;
    int result = Ok;
    for (const ClientCertificate &entry : env.clientCertificates) {
        if (!wanted.isEmpty() && ClientIdentity::originOf(entry, env) != wanted)
            continue;
        ++checked;
        ClientCertificateCheck outcome;
        QObject::connect(&checker, &ClientCertificateChecker::finished,
            [&outcome](const ClientCertificateCheck &done) { outcome = done; });
        checker.check(workspace.id, env, entry);
        m_context.waitFor(&checker, &ClientCertificateChecker::finished);
        QObject::disconnect(&checker, &ClientCertificateChecker::finished, nullptr, nullptr);
        (outcome.ok() ? m_context.out() : m_context.err()) << outcome.message() << Qt::endl;
        if (result == Ok)
            result = exitCodeOf(outcome.outcome);
    }
    if (checked == 0)
        return m_context.fail(NotFound,
            wanted.isEmpty() ? tr("'%1' has no client certificates").arg(env.name)
                             : tr("'%1' offers no client certificate to %2").arg(env.name, wanted));
    return result;
}

} // namespace keyway::cli
