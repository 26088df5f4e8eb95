#pragma once

#include "model/HeaderField.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace keyway::ui {

// Editable header (or parameter) list: on/off, name, value template.
class HeaderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderTableModel)

public:
    enum Column { EnabledColumn, NameColumn, ValueColumn, ColumnCount };

    explicit HeaderTableModel(QObject *parent = nullptr);

    // Replaces everything and forgets the undo history (a different request was opened).
    void setFields(const QList<HeaderField> &fields);
    // Every edit, addition and removal can be undone.
    QUndoStack *undoStack() const { return m_undo; }
    const QList<HeaderField> &fields() const { return m_fields; }
    void addField();
    void removeField(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Undo or redo replaced the whole list.
    void replaced();

private:
    friend class HeaderFieldsCommand;
    void replaceAll(const QList<HeaderField> &fields);
    void record(const QString &text, const QList<HeaderField> &before);

    QList<HeaderField> m_fields;
    QUndoStack *m_undo;
};

} // namespace keyway::ui
