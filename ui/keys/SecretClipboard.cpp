#include "keys/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace keyway::ui {

namespace {
int s_defaultClearMs = SecretClipboard::DefaultClearMs;
}

void SecretClipboard::setDefaultClearAfter(int milliseconds)
{
    s_defaultClearMs = milliseconds;
}

int SecretClipboard::defaultClearAfter()
{
    return s_defaultClearMs;
}

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
    , m_clearAfterMs(s_defaultClearMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfStillOurs(); // a closing window does not leave a key behind
}

void SecretClipboard::copy(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    // KDE's and others' clipboard managers do not record entries with this hint.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(data);
    m_copied = secret;
    m_timer.start(m_clearAfterMs);
}

void SecretClipboard::clearIfStillOurs()
{
    if (m_copied.isEmpty())
        return;
    if (QApplication::clipboard()->text() == m_copied)
        QApplication::clipboard()->clear();
    m_copied.fill(QLatin1Char('\0'));
    m_copied.clear();
}

} // namespace keyway::ui
