#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace keyway::cli {

class CliContext;

// keyway-cli client-cert ENV [--cert FILE [--key FILE] [--origin URL] [--passphrase-secret SLOT]
// | --remove [--origin URL]] — the client certificates (mutual TLS) ENV offers, one per origin.
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
    CliContext &m_context;
};

} // namespace keyway::cli
