#pragma once

#include <functional>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace keyway::ui {

// A table the user edits in place with buttons under it — the ways to add a row, then Remove: the
// base of the name/value tables, the multipart parts and the client certificates. Says `edited`
// after every change the user makes; while `m_loading` is set, changes are the program's own.
class EditableTable : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditableTable)

public:
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

protected:
    EditableTable(const QStringList &headers, QWidget *parent);
    // A button before Remove, for a way to add a row.
    QPushButton *addButton(const QString &text, std::function<void()> clicked);
    // The rows made anew from `items` with `addRow`, unless they show those already: then nothing
    // changes, and the cursor stays where the user is typing.
    template<typename Item, typename AddRow>
    void replaceRows(const QList<Item> &items, const QList<Item> &shown, AddRow addRow)
    {
        if (items == shown)
            return;
        m_loading = true;
        clearRows();
        for (const Item &item : items)
            addRow(item);
        m_loading = false;
    }
    void clearRows();

    bool m_loading = false;

private:
    QTableWidget *m_table;
    QHBoxLayout *m_buttons;
};

} // namespace keyway::ui
