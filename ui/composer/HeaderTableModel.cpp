#include "composer/HeaderTableModel.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace keyway::ui {

// One undoable step: the whole list before and after (lists are short; snapshots keep it simple).
class HeaderFieldsCommand final : public QUndoCommand
{
public:
    HeaderFieldsCommand(
        HeaderTableModel &model, const QString &text, QList<HeaderField> before, QList<HeaderField> after)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_model.replaceAll(m_before); }
    void redo() override
    {
        if (m_first) // the change is already made when the command is recorded
            m_first = false;
        else
            m_model.replaceAll(m_after);
    }

private:
    HeaderTableModel &m_model;
    QList<HeaderField> m_before;
    QList<HeaderField> m_after;
    bool m_first = true;
};

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{
}

void HeaderTableModel::replaceAll(const QList<HeaderField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
    Q_EMIT replaced(); // listeners that follow edits (URL sync, the "modified" mark) hear about it
}

void HeaderTableModel::record(const QString &text, const QList<HeaderField> &before)
{
    m_undo->push(new HeaderFieldsCommand(*this, text, before, m_fields));
}

void HeaderTableModel::setFields(const QList<HeaderField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
    m_undo->clear();
}

void HeaderTableModel::addField()
{
    const QList<HeaderField> before = m_fields;
    beginInsertRows({}, int(m_fields.size()), int(m_fields.size()));
    m_fields.append(HeaderField {});
    endInsertRows();
    record(tr("Add"), before);
}

void HeaderTableModel::removeField(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    const QList<HeaderField> before = m_fields;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
    record(tr("Remove"), before);
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HeaderField &field = m_fields.at(index.row());
    if (index.column() == EnabledColumn)
        return role == Qt::CheckStateRole ? QVariant(field.enabled ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    return index.column() == NameColumn ? field.name : field.value;
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QList<HeaderField> before = m_fields;
    HeaderField &field = m_fields[index.row()];
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole)
        field.enabled = value.toInt() == Qt::Checked;
    else if (index.column() == NameColumn && role == Qt::EditRole)
        field.name = value.toString().trimmed();
    else if (index.column() == ValueColumn && role == Qt::EditRole)
        field.value = value.toString();
    else
        return false;
    if (m_fields == before)
        return true;
    Q_EMIT dataChanged(index, index, {role});
    record(tr("Edit"), before);
    return true;
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.column() == EnabledColumn ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case NameColumn:
        return tr("Name");
    default:
        return tr("Value");
    }
}

} // namespace keyway::ui
