#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractItemModel>

namespace keyway::ui {

// History entries grouped by day (Today, Yesterday, then dates), newest first.
class HistoryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { SummaryColumn, EnvironmentColumn, TimeColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);
    void setEntries(const QList<HistoryEntry> &entries, const QDate &today = QDate::currentDate());

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        QList<HistoryEntry> entries;
    };
    static constexpr quintptr GroupId = ~quintptr(0);

    QList<Group> m_groups;
};

} // namespace keyway::ui
