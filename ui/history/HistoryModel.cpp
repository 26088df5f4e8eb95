#include "history/HistoryModel.h"

#include <QLocale>
#include <QUrl>

namespace keyway::ui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries, const QDate &today)
{
    beginResetModel();
    m_groups.clear();
    for (const HistoryEntry &entry : entries) {
        const QDate day = entry.sentAt.toLocalTime().date();
        const QString title = day == today ? tr("Today")
            : day == today.addDays(-1)     ? tr("Yesterday")
                                           : QLocale().toString(day, QLocale::LongFormat);
        if (m_groups.isEmpty() || m_groups.last().title != title)
            m_groups.append({title, {}});
        m_groups.last().entries.append(entry);
    }
    endResetModel();
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Internal id: GroupId for a day, otherwise the day's row.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : GroupId);
}

QModelIndex HistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()), 0, GroupId);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int HistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId)
        return role == Qt::DisplayRole && index.column() == SummaryColumn ? m_groups.at(index.row()).title
                                                                          : QVariant();
    const HistoryEntry &entry = m_groups.at(int(index.internalId())).entries.at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == Qt::ToolTipRole) // everything a narrow sidebar leaves out
        return tr("%1\nin %2").arg(entry.url, entry.environment)
            + (entry.error.isEmpty() ? QString() : QLatin1Char('\n') + entry.error);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SummaryColumn:
        // The path says which request it was; the full address is in the tooltip.
        return QStringLiteral("%1 %2 %3")
            .arg(entry.status > 0 ? QString::number(entry.status) : tr("failed"), entry.method,
                QUrl(entry.url).toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    case EnvironmentColumn:
        return entry.environment;
    default:
        return QLocale().toString(entry.sentAt.toLocalTime().time(), QLocale::ShortFormat);
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == SummaryColumn    ? tr("Request")
        : section == EnvironmentColumn ? tr("Environment")
                                       : tr("Time");
}

} // namespace keyway::ui
