#include "response/ResponseHeadersModel.h"

namespace keyway::ui {

ResponseHeadersModel::ResponseHeadersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResponseHeadersModel::setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int ResponseHeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ResponseHeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResponseHeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const auto &header = m_headers.at(index.row());
    return QString::fromLatin1(index.column() == NameColumn ? header.first : header.second);
}

QVariant ResponseHeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Header") : tr("Value");
}

} // namespace keyway::ui
