#pragma once

#include <QObject>

class QCompleter;

namespace keyway::ui {

// While a completer's list shows, Escape closes the list. Without this, Qt offers the key to the
// shortcuts first (from the list or from its editor), and the window's Escape — Cancel — takes it.
// Watches both; owned by the completer.
class CompletionEscapeGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionEscapeGuard)

public:
    // Call after the completer has its widget.
    static void install(QCompleter *completer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CompletionEscapeGuard(QCompleter *completer);

    QCompleter *m_completer;
};

} // namespace keyway::ui
