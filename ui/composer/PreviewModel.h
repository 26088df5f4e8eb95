#pragma once

#include "http/WireRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace keyway::ui {

// The exact request, one row per line on the wire: the request line, then every header. Rows that
// carry a secret show it masked; checking "Reveal" shows that one value for 30 seconds.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    enum Column { NameColumn, ValueColumn, RevealColumn, ColumnCount };
    static constexpr int RevealMilliseconds = 30'000;

    explicit PreviewModel(QObject *parent = nullptr);

    // `masked` is what is shown; `revealed` holds the real values, shown only on request.
    void setRequest(const WireRequest &masked, const WireRequest &revealed);
    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }
    bool isSecretRow(int row) const;
    QString valueOf(const QString &name) const; // as currently shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString masked;
        QString revealed;
    };
    static QList<Row> rowsOf(const WireRequest &request);
    void hide(const QString &name);

    QList<Row> m_rows;
    QHash<QString, QTimer *> m_revealed; // row name → timer that hides it again
    QString m_problem;
};

} // namespace keyway::ui
