#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QPair>

namespace keyway::ui {

// The response headers as received, read-only.
class ResponseHeadersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseHeadersModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit ResponseHeadersModel(QObject *parent = nullptr);
    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace keyway::ui
