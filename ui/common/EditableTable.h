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

    bool m_loading = false;

private:
    QTableWidget *m_table;
    QHBoxLayout *m_buttons;
};

} // namespace keyway::ui
