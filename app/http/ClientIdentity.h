#pragma once

#include "core/Expected.h"
#include "model/ClientCertificate.h"
#include "model/Environment.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace keyway {

// A client certificate read from disk with its key, ready for a TLS handshake, for one origin.
struct ClientIdentity
{
    QString origin;
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain; // intermediates sent along (PKCS#12, or PEM files with several)

    // Reads the files (PEM certificate + key, or a PKCS#12 bundle) with the passphrase; the errors
    // say which: an unreadable file, a wrong passphrase, a certificate that expired or is not yet valid.
    static Expected<ClientIdentity> load(
        const ClientCertificate &entry, const QString &origin, const QString &passphrase);
    // A PEM private key of any kind Qt reads (RSA, EC, DSA); encrypted ones with the passphrase.
    // A null key when it is none of them or the passphrase is wrong.
    static QSslKey readPrivateKey(const QByteArray &pem, const QString &passphrase = {});
    // The origin an entry is for: its own, or the environment's base URL's.
    static QString originOf(const ClientCertificate &entry, const Environment &environment);

    Q_DECLARE_TR_FUNCTIONS(ClientIdentity) // last: it ends with "private:"
};

} // namespace keyway
