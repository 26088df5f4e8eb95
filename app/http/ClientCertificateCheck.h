#pragma once

#include "http/ClientIdentity.h"

#include <chrono>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace keyway {

// What a server does with a client certificate: one TLS handshake to its origin, no HTTP request.
// Qt 6.4 cannot tell whether a server asked for a certificate at all, so a certificate offered to
// the wrong host goes unnoticed there; this check talks to OpenSSL directly to find out.
struct ClientCertificateCheck
{
    enum class Outcome {
        Accepted, // asked for one and completed the handshake with it
        NotAsked, // the server at this origin does not use client certificates
        Refused, // asked for one and ended the handshake: not issued by a CA it trusts, or revoked
        Untrusted, // the server's own certificate failed verification, so nothing was offered
        Failed, // no connection or no TLS handshake
        Unusable, // the certificate could not be opened (file, passphrase, dates), so nothing was tried
    };

    Outcome outcome = Outcome::Failed;
    QString origin;
    QString detail; // OpenSSL's or the system's reason, when there is one

    bool ok() const { return outcome == Outcome::Accepted; }
    QString message() const;

    // Connects to the identity's origin (directly, not through a proxy), trusting the system's
    // authorities and `trusted` for the server's certificate. Blocks for at most `timeout`; run it off the UI thread.
    static ClientCertificateCheck run(const ClientIdentity &identity, const QList<QSslCertificate> &trusted,
        std::chrono::milliseconds timeout = std::chrono::seconds(10));

    Q_DECLARE_TR_FUNCTIONS(ClientCertificateCheck) // last: it ends with "private:"
};

} // namespace keyway
