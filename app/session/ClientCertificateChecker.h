#pragma once

#include "http/ClientCertificateCheck.h"
#include "model/ClientCertificate.h"
#include "model/Environment.h"

#include <QObject>

namespace keyway {

class SecretStore;

// Runs a ClientCertificateCheck for one of an environment's certificates as the window and the CLI
// need it: reads the key's passphrase from the keychain, opens the files, then holds the handshake
// on a worker thread. One check at a time; `finished` follows each `check`, always after it returned.
class ClientCertificateChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCertificateChecker)

public:
    explicit ClientCertificateChecker(SecretStore &secrets, QObject *parent = nullptr);

    // `environment` gives the origin and the certificate's passphrase secret lives under its name.
    void check(const QString &workspaceId, const Environment &environment, const ClientCertificate &entry);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const keyway::ClientCertificateCheck &result);

private:
    void checkWith(const ClientCertificate &entry, const QString &origin, QString passphrase);
    void finish(const ClientCertificateCheck &result);

    SecretStore &m_secrets;
    bool m_running = false;
    int m_generation = 0; // a check whose checker is gone reports nowhere
};

} // namespace keyway
