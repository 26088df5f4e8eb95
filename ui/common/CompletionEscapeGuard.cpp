#include "common/CompletionEscapeGuard.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace keyway::ui {

CompletionEscapeGuard::CompletionEscapeGuard(QCompleter *completer)
    : QObject(completer)
    , m_completer(completer)
{
}

void CompletionEscapeGuard::install(QCompleter *completer)
{
    auto *guard = new CompletionEscapeGuard(completer);
    completer->popup()->installEventFilter(guard);
    if (completer->widget())
        completer->widget()->installEventFilter(guard);
}

bool CompletionEscapeGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_completer->popup()->isVisible()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept(); // then the key goes to the list, whose completer closes it
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keyway::ui
