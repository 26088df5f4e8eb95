#pragma once

#include "http/EventStreamParser.h"

#include <deque>
#include <QAbstractTableModel>
#include <QTime>

namespace keyway::ui {

// The events of a server-sent event stream as they arrived: time, name, id and data on one line.
// It keeps the latest MaxEvents; older ones leave the list (the Raw tab keeps the whole body).
class EventStreamModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStreamModel)

public:
    enum Column { TimeColumn, EventColumn, IdColumn, DataColumn, ColumnCount };
    static constexpr int MaxEvents = 100'000;

    using QAbstractTableModel::QAbstractTableModel;

    void append(const QList<ServerSentEvent> &events, QTime arrived);
    void clear();
    const ServerSentEvent &eventAt(int row) const { return m_events[size_t(row)].event; }
    qint64 dropped() const { return m_dropped; }
    qint64 received() const { return m_dropped + qint64(m_events.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Arrived
    {
        QTime at;
        ServerSentEvent event;
    };
    std::deque<Arrived> m_events;
    qint64 m_dropped = 0;
};

} // namespace keyway::ui
