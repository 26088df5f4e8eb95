#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace keyway::ui {

// Help → Keyboard Shortcuts: every menu command with its keys, read from the menus themselves so
// the list cannot drift from what the keys do, plus the keys that work inside one widget.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &where, const QString &command, const QString &keys);

    QTableWidget *m_table;
};

} // namespace keyway::ui
