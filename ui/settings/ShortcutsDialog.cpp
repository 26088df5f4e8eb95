#include "settings/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace keyway::ui {

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("\u2026"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                addRow(plain(menu->title()), plain(action->text()), keys.join(QStringLiteral(", ")));
        }
    }
    // Keys that belong to one widget, so no menu shows them.
    addRow(tr("Workspace tree"), tr("Open the selected request"), tr("Enter"));
    addRow(tr("Workspace tree"), tr("Move the request up / down in its folder's order"),
        QStringLiteral("%1 / %2").arg(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText),
            QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)));
    addRow(tr("GraphQL query"), tr("Offer completions here"),
        QKeySequence(Qt::CTRL | Qt::Key_Space).toString(QKeySequence::NativeText));
    addRow(tr("Completion list"), tr("Take the chosen word / close the list"), tr("Enter or Tab / Esc"));
    addRow(tr("Response"), tr("Next / previous match"), tr("Enter / Shift+Enter"));
    addRow(tr("Response"), tr("Stop a search that is still running"), tr("Esc (in Find)"));
    addRow(tr("Keys window"), tr("Delete the selected key"),
        QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    addRow(tr("Keys window"), tr("Copy the selected key (cleared after 30 s)"),
        QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText));
    addRow(tr("Every editor"), tr("Undo / redo"),
        QStringLiteral("%1 / %2").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
            QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
}

void ShortcutsDialog::addRow(const QString &where, const QString &command, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(command));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}

} // namespace keyway::ui
