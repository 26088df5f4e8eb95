#include "environments/AuthChip.h"

#include "common/Pill.h"
#include "session/EnvironmentSession.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace keyway::ui {

namespace {

QToolButton *makeButton(QWidget *parent, const QString &text, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(QLatin1String(name));
    button->setAutoRaise(true);
    return button;
}

QString countdown(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AuthChip::AuthChip(EnvironmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new Pill(this))
    , m_signIn(makeButton(this, tr("Sign in"), "signIn"))
    , m_refresh(makeButton(this, tr("Refresh now"), "refreshToken"))
    , m_signOut(makeButton(this, tr("Sign out"), "signOut"))
    , m_cancel(makeButton(this, tr("Cancel"), "cancelSignIn"))
{
    setObjectName(QStringLiteral("authChip"));
    m_label->setObjectName(QStringLiteral("authState"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget :
        {static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_refresh),
            static_cast<QWidget *>(m_signOut), static_cast<QWidget *>(m_cancel)})
        layout->addWidget(widget);
    connect(m_signIn, &QToolButton::clicked, this, &AuthChip::signInRequested);
    connect(m_refresh, &QToolButton::clicked, &m_session, &EnvironmentSession::refreshNow);
    connect(m_signOut, &QToolButton::clicked, &m_session, &EnvironmentSession::signOut);
    connect(m_cancel, &QToolButton::clicked, &m_session, &EnvironmentSession::cancelSignIn);
    connect(&m_session, &EnvironmentSession::credentialStateChanged, this, &AuthChip::refresh);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AuthChip::refresh);
    refresh();
}

QString AuthChip::text() const
{
    return m_label->text();
}

void AuthChip::refresh()
{
    using Kind = CredentialState::Kind;
    const CredentialState &state = m_session.credentialState();
    QString text;
    QString tip = state.message;
    switch (state.kind) {
    case Kind::NoEnvironment:
        text = tr("No environment");
        break;
    case Kind::NoAuth:
        text = tr("No auth");
        break;
    case Kind::ApiKey:
        text = tr("API key");
        break;
    case Kind::SignedJwt:
        text = tr("Signed JWT (%1)").arg(state.message);
        tip = tr("A new token is signed for every request with the key in the keychain");
        break;
    case Kind::Checking:
        text = tr("Checking sign-in\u2026");
        break;
    case Kind::SigningIn:
        text = tr("Waiting for your browser\u2026");
        tip = tr("If the browser did not open, visit:\n%1")
                  .arg(m_session.signInUrl().toString(QUrl::FullyEncoded));
        break;
    case Kind::SignInNeeded:
        text = tr("Sign-in needed");
        break;
    case Kind::SignedIn: {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(state.expiresAt);
        text = left > 0 ? tr("Signed in \u2014 token expires in %1").arg(countdown(left))
                        : tr("Signed in \u2014 token expired, refreshes on the next request");
        tip = tr("Granted scopes: %1").arg(state.grantedScopes.join(QLatin1Char(' ')));
        break;
    }
    }
    m_label->setText(text);
    m_label->setToolTip(tip);
    m_signIn->setVisible(state.kind == Kind::SignInNeeded);
    m_refresh->setVisible(state.kind == Kind::SignedIn);
    m_signOut->setVisible(state.kind == Kind::SignedIn);
    m_cancel->setVisible(state.kind == Kind::SigningIn);
    if (state.kind == Kind::SignedIn && !m_countdown.isActive())
        m_countdown.start();
    else if (state.kind != Kind::SignedIn)
        m_countdown.stop();
}

} // namespace keyway::ui
