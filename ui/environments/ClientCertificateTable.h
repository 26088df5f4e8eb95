#pragma once

#include "model/ClientCertificate.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace keyway::ui {

class Prompter;

// An environment's client certificates (mutual TLS): for each origin, a PEM certificate and key or
// a PKCS#12 bundle, and the secret holding the key's passphrase. Says `edited` after each change.
class ClientCertificateTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCertificateTable)

public:
    enum Column { OriginColumn, CertificateColumn, KeyColumn, PassphraseColumn, ColumnCount };

    ClientCertificateTable(Prompter &prompter, QWidget *parent = nullptr);

    void setCertificates(const QList<ClientCertificate> &certificates);
    // The rows with a certificate file, in order.
    QList<ClientCertificate> certificates() const;
    QTableWidget *table() const { return m_table; }
    // Asks for the certificate file, and for the key file unless it is a PKCS#12 bundle.
    void addCertificate();

Q_SIGNALS:
    void edited();

private:
    void addRow(const ClientCertificate &certificate);

    Prompter &m_prompter;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace keyway::ui
