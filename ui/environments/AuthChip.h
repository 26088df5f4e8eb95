#pragma once

#include <QTimer>
#include <QWidget>

class QToolButton;

namespace keyway {
class EnvironmentSession;
}

namespace keyway::ui {

class Pill;

// The state of the environment's credentials at a glance — "API key", "Signed in — token expires
// in 42:10", "Sign-in needed" — with Sign in / Refresh now / Sign out (and Cancel while the browser
// is open).
class AuthChip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthChip)

public:
    explicit AuthChip(EnvironmentSession &session, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    // "Sign in" was pressed; the window decides how (the guided browser sign-in, or a token grant).
    void signInRequested();

private:
    void refresh();

    EnvironmentSession &m_session;
    Pill *m_label;
    QToolButton *m_signIn;
    QToolButton *m_refresh;
    QToolButton *m_signOut;
    QToolButton *m_cancel;
    QTimer m_countdown;
};

} // namespace keyway::ui
