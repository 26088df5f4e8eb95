#pragma once

#include "model/Environment.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli client-cert ENV [--cert FILE [--key FILE] [--origin URL] [--passphrase-secret SLOT]
// | --remove [--origin URL] | --check [--origin URL]] — the client certificates (mutual TLS) ENV
// offers, one per origin.
class ClientCertCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertCommand)

public:
    explicit ClientCertCommand(CliContext &context)
        : m_context(context)
    {
    }
    int run(const QStringList &arguments);

private:
    // One TLS handshake per certificate (all, or the one for `origin`); Ok only when each was accepted.
    int checkCertificates(const Workspace &workspace, const Environment &env, const QString &origin);

    CliContext &m_context;
};

} // namespace keyway::cli
