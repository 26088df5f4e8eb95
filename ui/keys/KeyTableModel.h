#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace keyway::ui {

// Every credential of the workspace, one row each: where it belongs, what it is, its masked value,
// its dates and what needs attention (wrong kind of key, due for rotation, not set).
class KeyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTableModel)

public:
    // What needs attention (note, age) comes before the details, so it is seen without scrolling.
    enum Column {
        EnvironmentColumn,
        KindColumn,
        SecretColumn,
        TypeColumn,
        ValueColumn,
        NoteColumn,
        AgeColumn,
        CreatedColumn,
        LastUsedColumn,
        LastVerifiedColumn,
        ProviderColumn,
        CompaniesColumn,
        ColumnCount
    };
    struct Row
    {
        QString environment;
        QString kind;
        QString provider;
        QString companies;
        QString slot;
        QString type;
        QString masked;
        QDateTime created;
        QDateTime lastUsed;
        QDateTime lastVerified;
        int ageDays = -1; // of the current value; -1 when unknown
        bool rotationDue = false;
        bool isTokens = false; // OAuth tokens: renewed by signing in, not rotated by hand
        QString note;
    };

    explicit KeyTableModel(QObject *parent = nullptr);
    void setRows(QList<Row> rows);
    // Shows one value in clear until hideRevealed() or the next setRows(); only one at a time.
    void reveal(int row, const QString &value);
    void hideRevealed();
    int revealedRow() const { return m_revealedRow; }
    const Row *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_revealedRow = -1;
    QString m_revealedValue;
};

} // namespace keyway::ui
