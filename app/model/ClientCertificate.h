#pragma once

#include <QString>

namespace keyway {

// A client certificate (mutual TLS) an environment offers to one origin: a PEM certificate and its
// PEM private key, or a PKCS#12 bundle holding both (then `keyFile` is empty). The key's passphrase,
// when it has one, is the secret `passphraseSlot` in the keychain; the files are the user's own.
struct ClientCertificate
{
    QString origin; // https://host[:port]; empty: the environment's base URL's origin
    QString certificateFile;
    QString keyFile;
    QString passphraseSlot;

    bool isPkcs12() const { return keyFile.isEmpty(); }
    bool operator==(const ClientCertificate &) const = default;
};

} // namespace keyway
