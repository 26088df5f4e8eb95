#pragma once

#include "common/EditableTable.h"
#include "model/ClientCertificate.h"

#include <QList>

namespace keyway::ui {

class Prompter;

// An environment's client certificates (mutual TLS): for each origin, a PEM certificate and key or
// a PKCS#12 bundle, and the secret holding the key's passphrase. Says `edited` after each change.
class ClientCertificateTable final : public EditableTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCertificateTable)

public:
    enum Column { OriginColumn, CertificateColumn, KeyColumn, PassphraseColumn, ColumnCount };

    ClientCertificateTable(Prompter &prompter, QWidget *parent = nullptr);

    void setCertificates(const QList<ClientCertificate> &certificates);
    // The rows with a certificate file, in order.
    QList<ClientCertificate> certificates() const;
    // Asks for the certificate file, and for the key file unless it is a PKCS#12 bundle.
    void addCertificate();

private:
    void addRow(const ClientCertificate &certificate);

    Prompter &m_prompter;
};

} // namespace keyway::ui
