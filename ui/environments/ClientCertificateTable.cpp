#include "environments/ClientCertificateTable.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"

#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QTableWidget>

namespace keyway::ui {

ClientCertificateTable::ClientCertificateTable(Prompter &prompter, QWidget *parent)
    : EditableTable({tr("Origin (empty: the base URL's)"), tr("Certificate or PKCS#12"), tr("Key"), tr("Passphrase secret")},
          parent)
    , m_prompter(prompter)
    , m_check(nullptr)
    , m_checkResult(new QLabel(this))
{
    table()->setObjectName(QStringLiteral("clientCertificates"));
    table()->setAccessibleName(tr("Client certificates"));
    table()->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    table()->setMinimumHeight(table()->fontMetrics().height() * 5);
    addButton(tr("Add Certificate\u2026"), [this] { addCertificate(); })
        ->setObjectName(QStringLiteral("addClientCertificate"));
    m_check = addButton(tr("Check Connection"), [this] { checkSelected(); });
    m_check->setObjectName(QStringLiteral("checkClientCertificate"));
    m_check->setToolTip(tr("One TLS handshake with the selected certificate's origin: does the server ask for "
                           "the certificate, and does it accept it? No request is sent."));
    m_checkResult->setObjectName(QStringLiteral("clientCertificateCheckResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkResult->hide();
    layout()->addWidget(m_checkResult);
    connect(table(), &QTableWidget::currentCellChanged, this, &ClientCertificateTable::updateCheckButton);
    connect(this, &EditableTable::edited, this, [this] {
        m_checkResult->hide(); // the answer was for the rows as they were
        updateCheckButton();
    });
    updateCheckButton();
}

void ClientCertificateTable::updateCheckButton()
{
    const int row = table()->currentRow();
    const bool hasFile = row >= 0 && table()->item(row, CertificateColumn)
        && !table()->item(row, CertificateColumn)->text().trimmed().isEmpty();
    m_check->setEnabled(hasFile && !m_checking);
    m_check->setText(m_checking ? tr("Checking\u2026") : tr("Check Connection"));
}

void ClientCertificateTable::checkSelected()
{
    const int row = table()->currentRow();
    const auto text = [&](int column) {
        return table()->item(row, column) ? table()->item(row, column)->text().trimmed() : QString();
    };
    if (row < 0 || text(CertificateColumn).isEmpty() || m_checking)
        return;
    m_checking = true;
    updateCheckButton();
    m_checkResult->hide();
    Q_EMIT checkRequested({text(OriginColumn), text(CertificateColumn), text(KeyColumn), text(PassphraseColumn)});
}

void ClientCertificateTable::showCheckResult(const ClientCertificateCheck &result)
{
    m_checking = false;
    updateCheckButton();
    if (result.ok())
        showAsNormal(m_checkResult);
    else
        showAsError(m_checkResult);
    m_checkResult->setText((result.ok() ? QStringLiteral("\u2714 ") : QStringLiteral("\u26A0 ")) + result.message());
    m_checkResult->show();
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
    replaceRows(certificates, this->certificates(), [this](const ClientCertificate &certificate) { addRow(certificate); });
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
