#include "environments/ClientCertificateTable.h"

#include "common/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

ClientCertificateTable::ClientCertificateTable(Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("clientCertificates"));
    m_table->setAccessibleName(tr("Client certificates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Origin (empty: the base URL's)"), tr("Certificate or PKCS#12"), tr("Key"), tr("Passphrase secret")});
    m_table->horizontalHeader()->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    auto *add = new QPushButton(tr("Add Certificate\u2026"), this);
    add->setObjectName(QStringLiteral("addClientCertificate"));
    auto *remove = new QPushButton(tr("Remove"), this);
    for (QPushButton *button : {add, remove})
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &ClientCertificateTable::addCertificate);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void ClientCertificateTable::addRow(const ClientCertificate &certificate)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells {certificate.origin, certificate.certificateFile, certificate.keyFile, certificate.passphraseSlot};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_table->item(row, KeyColumn)->setToolTip(tr("Empty for a PKCS#12 bundle, which holds the key"));
    m_table->item(row, PassphraseColumn)->setToolTip(tr("A key of this environment holding the passphrase; empty when the key has none"));
    m_loading = loading;
}

void ClientCertificateTable::setCertificates(const QList<ClientCertificate> &certificates)
{
    if (certificates == this->certificates())
        return; // keeps the cursor where the user is typing
    m_loading = true;
    m_table->setRowCount(0);
    for (const ClientCertificate &certificate : certificates)
        addRow(certificate);
    m_loading = false;
}

QList<ClientCertificate> ClientCertificateTable::certificates() const
{
    QList<ClientCertificate> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) {
            return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
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
