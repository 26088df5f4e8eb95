#include "environments/PairTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace keyway::ui {

PairTable::PairTable(const QString &nameHeader, const QString &valueHeader, QWidget *parent)
    : EditableTable({nameHeader, valueHeader}, parent)
{
    QTableWidget *rows = table();
    rows->horizontalHeader()->setStretchLastSection(true);
    rows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    rows->setColumnWidth(0, 200);
    rows->verticalHeader()->setDefaultSectionSize(rows->fontMetrics().height() + 8);
    rows->setMinimumHeight(rows->fontMetrics().height() * 6);
    addButton(tr("Add"), [this] {
        addRow();
        table()->editItem(table()->item(table()->rowCount() - 1, 0));
    });
}

void PairTable::setJsonValuesAllowed(bool allowed)
{
    m_jsonAllowed = allowed;
    if (allowed)
        table()->horizontalHeaderItem(0)->setText(
            tr("%1 (tick: JSON value)").arg(table()->horizontalHeaderItem(0)->text()));
    table()->horizontalHeaderItem(0)->setToolTip(
        allowed ? tr("Ticked: the value is sent as JSON (a number, true, false, null, [..] or {..}) in a JSON body")
                : QString());
}

void PairTable::addRow(const QString &name, const QString &value, bool json)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    if (m_jsonAllowed) {
        nameItem->setFlags(nameItem->flags() | Qt::ItemIsUserCheckable);
        nameItem->setCheckState(json ? Qt::Checked : Qt::Unchecked);
        nameItem->setToolTip(tr("Ticked: the value is sent as JSON in a JSON body"));
    }
    table()->setItem(row, 0, nameItem);
    table()->setItem(row, 1, new QTableWidgetItem(value));
    m_loading = loading;
}

void PairTable::setPairs(const QList<HeaderField> &pairs)
{
    if (pairs == this->pairs())
        return; // keeps the cursor and any row still without a name
    m_loading = true;
    table()->setRowCount(0);
    for (const HeaderField &pair : pairs)
        addRow(pair.name, pair.value, pair.json);
    m_loading = false;
}

QList<HeaderField> PairTable::pairs() const
{
    QList<HeaderField> result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QString name = table()->item(row, 0) ? table()->item(row, 0)->text().trimmed() : QString();
        const bool json = m_jsonAllowed && table()->item(row, 0) && table()->item(row, 0)->checkState() == Qt::Checked;
        if (!name.isEmpty())
            result.append({name, table()->item(row, 1) ? table()->item(row, 1)->text() : QString(), true, json});
    }
    return result;
}

} // namespace keyway::ui
