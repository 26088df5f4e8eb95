#include "HeaderTableModel.h"

namespace keyway::ui {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeaderTableModel::setFields(const QList<HeaderField> &fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

void HeaderTableModel::addField()
{
    beginInsertRows({}, int(m_fields.size()), int(m_fields.size()));
    m_fields.append(HeaderField {});
    endInsertRows();
}

void HeaderTableModel::removeField(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
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
    HeaderField &field = m_fields[index.row()];
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole)
        field.enabled = value.toInt() == Qt::Checked;
    else if (index.column() == NameColumn && role == Qt::EditRole)
        field.name = value.toString().trimmed();
    else if (index.column() == ValueColumn && role == Qt::EditRole)
        field.value = value.toString();
    else
        return false;
    Q_EMIT dataChanged(index, index, {role});
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
