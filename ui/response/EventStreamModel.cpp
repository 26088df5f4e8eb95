#include "response/EventStreamModel.h"

namespace keyway::ui {

namespace {

constexpr qsizetype MaxShownData = 300; // characters of data on its row; the detail shows all

} // namespace

void EventStreamModel::append(const QList<ServerSentEvent> &events, QTime arrived)
{
    if (events.isEmpty())
        return;
    const int first = int(m_events.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    for (const ServerSentEvent &event : events)
        m_events.push_back({arrived, event});
    endInsertRows();
    const int excess = int(m_events.size()) - MaxEvents;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        m_events.erase(m_events.begin(), m_events.begin() + excess);
        m_dropped += excess;
        endRemoveRows();
    }
}

void EventStreamModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_dropped = 0;
    endResetModel();
}

int EventStreamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventStreamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventStreamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Arrived &arrived = m_events[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == DataColumn)
        return arrived.event.data.left(2000);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return arrived.at.toString(QStringLiteral("HH:mm:ss.zzz"));
    case EventColumn:
        return arrived.event.event;
    case IdColumn:
        return arrived.event.id;
    case DataColumn: {
        QString line = arrived.event.data.left(MaxShownData);
        line.replace(QLatin1Char('\n'), QStringLiteral(" \u23ce "));
        return arrived.event.data.size() > MaxShownData ? line + QStringLiteral("\u2026") : line;
    }
    default:
        return {};
    }
}

QVariant EventStreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case IdColumn:
        return tr("Id");
    case DataColumn:
        return tr("Data");
    default:
        return {};
    }
}

} // namespace keyway::ui
