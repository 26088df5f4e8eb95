#include "composer/MultipartEditor.h"

#include "common/Prompter.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

MultipartEditor::MultipartEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("multipartParts"));
    m_table->setAccessibleName(tr("Multipart form parts"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Value or file"), tr("Content type")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *addText = new QPushButton(tr("Add Text Part"), this);
    auto *addFile = new QPushButton(tr("Add File\u2026"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    addText->setObjectName(QStringLiteral("addTextPart"));
    addFile->setObjectName(QStringLiteral("addFilePart"));
    for (QPushButton *button : {addText, addFile, remove})
        button->setAutoDefault(false);
    connect(addText, &QPushButton::clicked, this, &MultipartEditor::addTextPart);
    connect(addFile, &QPushButton::clicked, this, &MultipartEditor::addFilePart);
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
    buttons->addWidget(addText);
    buttons->addWidget(addFile);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void MultipartEditor::addRow(const FormPart &part)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(part.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(part.enabled ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(tr("Unticked parts are not sent"));
    auto *kind = new QTableWidgetItem(part.isFile() ? tr("File") : tr("Text"));
    kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
    kind->setData(Qt::UserRole, part.isFile());
    auto *value = new QTableWidgetItem(part.isFile() ? part.file : part.value);
    value->setToolTip(part.isFile() ? tr("Read from disk while sending") : tr("A template: {{variables}} and {{secret.NAME}} work"));
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, KindColumn, kind);
    m_table->setItem(row, ValueColumn, value);
    m_table->setItem(row, TypeColumn, new QTableWidgetItem(part.contentType));
    m_loading = loading;
}

void MultipartEditor::setParts(const QList<FormPart> &parts)
{
    if (parts == this->parts())
        return; // keeps the cursor and any row still without a name
    m_loading = true;
    m_table->setRowCount(0);
    for (const FormPart &part : parts)
        addRow(part);
    m_loading = false;
}

QList<FormPart> MultipartEditor::parts() const
{
    QList<FormPart> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text() : QString(); };
        const QString name = text(NameColumn).trimmed();
        if (name.isEmpty())
            continue;
        const bool isFile = m_table->item(row, KindColumn) && m_table->item(row, KindColumn)->data(Qt::UserRole).toBool();
        FormPart part {name, isFile ? QString() : text(ValueColumn), isFile ? text(ValueColumn).trimmed() : QString(),
            text(TypeColumn).trimmed(), m_table->item(row, NameColumn)->checkState() == Qt::Checked};
        result.append(part);
    }
    return result;
}

void MultipartEditor::addTextPart()
{
    addRow({});
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    Q_EMIT edited();
}

void MultipartEditor::addFilePart()
{
    const QString path = m_prompter ? m_prompter->chooseOpenFile(this, tr("File Part")) : QString();
    if (path.isEmpty())
        return;
    addRow({QFileInfo(path).completeBaseName(), {}, path, {}, true});
    Q_EMIT edited();
}

} // namespace keyway::ui
