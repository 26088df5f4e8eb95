#include "common/EditableTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

EditableTable::EditableTable(const QStringList &headers, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_buttons(new QHBoxLayout)
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setAutoDefault(false);
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
    m_buttons->addWidget(remove);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(m_buttons);
}

void EditableTable::clearRows()
{
    m_table->setRowCount(0);
}

QPushButton *EditableTable::addButton(const QString &text, std::function<void()> clicked)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, std::move(clicked));
    m_buttons->insertWidget(m_buttons->count() - 2, button); // before Remove and the stretch
    return button;
}

} // namespace keyway::ui
