#include "environments/ClientCertificateTable.h"

#include "common/Prompter.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace keyway::ui {

ClientCertificateTable::ClientCertificateTable(Prompter &prompter, QWidget *parent)
    : EditableTable({tr("Origin (empty: the base URL's)"), tr("Certificate or PKCS#12"), tr("Key"), tr("Passphrase secret")},
          parent)
    , m_prompter(prompter)
{
    table()->setObjectName(QStringLiteral("clientCertificates"));
    table()->setAccessibleName(tr("Client certificates"));
    table()->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    table()->setMinimumHeight(table()->fontMetrics().height() * 5);
    addButton(tr("Add Certificate\u2026"), [this] { addCertificate(); })
        ->setObjectName(QStringLiteral("addClientCertificate"));
}

void ClientCertificateTable::addRow(const ClientCertificate &certificate)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = table()->rowCount();
    table()->insertRow(row);
    const QStringList cells {certificate.origin, certificate.certificateFile, certificate.keyFile, certificate.passphraseSlot};
    for (int column = 0; column < ColumnCount; ++column)
        table()->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    table()->item(row, KeyColumn)->setToolTip(tr("Empty for a PKCS#12 bundle, which holds the key"));
    table()->item(row, PassphraseColumn)->setToolTip(tr("A key of this environment holding the passphrase; empty when the key has none"));
    m_loading = loading;
}

void ClientCertificateTable::setCertificates(const QList<ClientCertificate> &certificates)
{
    if (certificates == this->certificates())
        return; // keeps the cursor where the user is typing
    m_loading = true;
    table()->setRowCount(0);
    for (const ClientCertificate &certificate : certificates)
        addRow(certificate);
    m_loading = false;
}

QList<ClientCertificate> ClientCertificateTable::certificates() const
{
    QList<ClientCertificate> result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const auto text = [&](int column) {
            return table()->item(row, column) ? table()->item(row, column)->text().trimmed() : QString();
        };
        if (!text(CertificateColumn).isEmpty())
            result.append({text(OriginColumn), text(CertificateColumn), text(KeyColumn), text(PassphraseColumn)});
    }
    return result;
}

void ClientCertificateTable::addCertificate()
{
    const QString certificate = m_prompter.chooseOpenFile(this, tr("Client Certificate (PEM or PKCS#12)"));
    if (certificate.isEmpty())
        return;
    const bool bundle = certificate.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
        || certificate.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
    const QString key = bundle ? QString() : m_prompter.chooseOpenFile(this, tr("Private Key of the Certificate (PEM)"));
    if (!bundle && key.isEmpty())
        return;
    addRow({{}, certificate, key, {}});
    Q_EMIT edited();
}

} // namespace keyway::ui
