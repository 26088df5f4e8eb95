#include "http/ClientIdentity.h"

#include "http/RedirectPolicy.h"
#include "model/VariableExpander.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>

namespace keyway {

namespace {

Expected<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {ErrorKind::NotFound,
            ClientIdentity::tr("cannot read the %1 %2: %3").arg(what, path, file.errorString())};
    return file.readAll();
}

} // namespace

QSslKey ClientIdentity::readPrivateKey(const QByteArray &pem, const QString &passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return {};
}

QString ClientIdentity::originOf(const ClientCertificate &entry, const Environment &environment)
{
    if (!entry.origin.isEmpty())
        return RedirectPolicy::origin(QUrl(entry.origin));
    const VariableExpander expander(environment, VariableExpander::SecretMode::Mask);
    const auto base = expander.expand(environment.baseUrl, QStringLiteral("base URL"));
    return RedirectPolicy::origin(QUrl(base ? base.value() : environment.baseUrl));
}

Expected<ClientIdentity> ClientIdentity::load(
    const ClientCertificate &entry, const QString &origin, const QString &passphrase)
{
    ClientIdentity identity;
    identity.origin = origin;
    auto bundle = readFile(entry.certificateFile, ClientIdentity::tr("client certificate"));
    if (!bundle)
        return bundle.failure();
    if (entry.isPkcs12()) {
        QBuffer file; // the bytes read above, not the file a second time
        file.setData(bundle.value());
        file.open(QIODevice::ReadOnly);
        if (!QSslCertificate::importPkcs12(&file, &identity.key, &identity.certificate, &identity.chain,
                passphrase.toUtf8()))
            return Failure {ErrorKind::Invalid,
                ClientIdentity::tr("the PKCS#12 file %1 could not be opened: a wrong passphrase, or not a "
                                       "PKCS#12 bundle")
                    .arg(entry.certificateFile)};
    } else {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(bundle.value(), QSsl::Pem);
        if (certificates.isEmpty())
            return Failure {ErrorKind::Invalid,
                ClientIdentity::tr("%1 holds no PEM certificate").arg(entry.certificateFile)};
        identity.certificate = certificates.first();
        identity.chain = certificates.mid(1);
        auto pem = readFile(entry.keyFile, ClientIdentity::tr("client key"));
        if (!pem)
            return pem.failure();
        identity.key = readPrivateKey(pem.value(), passphrase);
        if (identity.key.isNull())
            return Failure {ErrorKind::Invalid,
                ClientIdentity::tr("the client key %1 could not be read: %2")
                    .arg(entry.keyFile,
                        pem->contains("ENCRYPTED") ? ClientIdentity::tr("the passphrase is wrong or missing")
                                                   : ClientIdentity::tr("it is not a PEM private key"))};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (identity.certificate.expiryDate() < now)
        return Failure {ErrorKind::Invalid,
            ClientIdentity::tr("the client certificate for %1 expired on %2; renew it")
                .arg(origin, identity.certificate.expiryDate().toString(Qt::ISODate))};
    if (identity.certificate.effectiveDate() > now)
        return Failure {ErrorKind::Invalid,
            ClientIdentity::tr("the client certificate for %1 is valid only from %2")
                .arg(origin, identity.certificate.effectiveDate().toString(Qt::ISODate))};
    return identity;
}

} // namespace keyway
