#include "environments/PairTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

PairTable::PairTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 200);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 6);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
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

void PairTable::setJsonValuesAllowed(bool allowed)
{
    m_jsonAllowed = allowed;
    if (allowed)
        m_table->horizontalHeaderItem(0)->setText(
            tr("%1 (tick: JSON value)").arg(m_table->horizontalHeaderItem(0)->text()));
    m_table->horizontalHeaderItem(0)->setToolTip(
        allowed ? tr("Ticked: the value is sent as JSON (a number, true, false, null, [..] or {..}) in a JSON body")
                : QString());
}

void PairTable::addRow(const QString &name, const QString &value, bool json)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (m_jsonAllowed) {
        nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
        nameItem->setCheckState(json ? Qt::Checked : Qt::Unchecked);
        nameItem->setToolTip(tr("Ticked: the value is sent as JSON in a JSON body"));
    }
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = loading;
}

void PairTable::setPairs(const QList<HeaderField> &pairs)
{
    if (pairs == this->pairs())
        return; // keeps the cursor and any row still without a name
    m_loading = true;
    m_table->setRowCount(0);
    for (const HeaderField &pair : pairs)
        addRow(pair.name, pair.value, pair.json);
    m_loading = false;
}

QList<HeaderField> PairTable::pairs() const
{
    QList<HeaderField> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const bool json = m_jsonAllowed && m_table->item(row, 0) && m_table->item(row, 0)->checkState() == Qt::Checked;
        if (!name.isEmpty())
            result.append({name, m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString(), true, json});
    }
    return result;
}

} // namespace keyway::ui
