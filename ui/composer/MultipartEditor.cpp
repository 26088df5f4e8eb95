#include "composer/MultipartEditor.h"

#include "common/Prompter.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace keyway::ui {

MultipartEditor::MultipartEditor(QWidget *parent)
    : EditableTable({tr("Name"), tr("Kind"), tr("Value or file"), tr("Content type")}, parent)
{
    table()->setObjectName(QStringLiteral("multipartParts"));
    table()->setAccessibleName(tr("Multipart form parts"));
    table()->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    addButton(tr("Add Text Part"), [this] { addTextPart(); })->setObjectName(QStringLiteral("addTextPart"));
    addButton(tr("Add File\u2026"), [this] { addFilePart(); })->setObjectName(QStringLiteral("addFilePart"));
}

void MultipartEditor::addRow(const FormPart &part)
{
    const bool loading = std::exchange(m_loading, true);
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto *name = new QTableWidgetItem(part.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(part.enabled ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(tr("Unticked parts are not sent"));
    auto *kind = new QTableWidgetItem(part.isFile() ? tr("File") : tr("Text"));
    kind->setFlags(kind->flags() & ~Qt::ItemIsEditable);
    kind->setData(Qt::UserRole, part.isFile());
    auto *value = new QTableWidgetItem(part.isFile() ? part.file : part.value);
    value->setToolTip(part.isFile() ? tr("Read from disk while sending") : tr("A template: {{variables}} and {{secret.NAME}} work"));
    table()->setItem(row, NameColumn, name);
    table()->setItem(row, KindColumn, kind);
    table()->setItem(row, ValueColumn, value);
    table()->setItem(row, TypeColumn, new QTableWidgetItem(part.contentType));
    m_loading = loading;
}

void MultipartEditor::setParts(const QList<FormPart> &parts)
{
    replaceRows(parts, this->parts(), [this](const FormPart &part) { addRow(part); });
}

QList<FormPart> MultipartEditor::parts() const
{
    QList<FormPart> result;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const auto text = [&](int column) { return table()->item(row, column) ? table()->item(row, column)->text() : QString(); };
        const QString name = text(NameColumn).trimmed();
        if (name.isEmpty())
            continue;
        const bool isFile = table()->item(row, KindColumn) && table()->item(row, KindColumn)->data(Qt::UserRole).toBool();
        FormPart part {name, isFile ? QString() : text(ValueColumn), isFile ? text(ValueColumn).trimmed() : QString(),
            text(TypeColumn).trimmed(), table()->item(row, NameColumn)->checkState() == Qt::Checked};
        result.append(part);
    }
    return result;
}

void MultipartEditor::addTextPart()
{
    addRow({});
    table()->editItem(table()->item(table()->rowCount() - 1, NameColumn));
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
