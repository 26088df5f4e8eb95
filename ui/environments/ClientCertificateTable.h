#pragma once

#include "common/EditableTable.h"
#include "http/ClientCertificateCheck.h"
#include "model/ClientCertificate.h"

#include <QList>

class QLabel;
class QPushButton;

namespace keyway::ui {

class Prompter;

// An environment's client certificates (mutual TLS): for each origin, a PEM certificate and key or
// a PKCS#12 bundle, and the secret holding the key's passphrase. Says `edited` after each change;
// Check Connection asks (`checkRequested`) whether the server takes the selected one, and the answer
// shows under the table.
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
    // Check Connection for the selected row: `checkRequested`, and "Checking…" until the result.
    void checkSelected();
    void showCheckResult(const keyway::ClientCertificateCheck &result);
    QLabel *checkResultLabel() const { return m_checkResult; }
    QPushButton *checkButton() const { return m_check; }

Q_SIGNALS:
    void checkRequested(const keyway::ClientCertificate &certificate);

private:
    void addRow(const ClientCertificate &certificate);
    void updateCheckButton();

    Prompter &m_prompter;
    QPushButton *m_check;
    QLabel *m_checkResult;
    bool m_checking = false;
};

} // namespace keyway::ui
