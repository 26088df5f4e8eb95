#include "common/StartupProbe.h"

#include <cstdio>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>

namespace keyway::ui {

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

void StartupProbe::installIfRequested(QObject *parent)
{
    if (qEnvironmentVariableIsSet("KEYWAY_STARTUP_PROBE"))
        qApp->installEventFilter(new StartupProbe(parent));
}

StartupProbe::StartupProbe(QObject *parent)
    : QObject(parent)
    , m_launchedAtMs(qEnvironmentVariable("KEYWAY_LAUNCHED_AT_MS").toLongLong())
{
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_firstPaintMs < 0 && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_firstPaintMs = 0;
        // Measured once the whole first paint pass is over.
        QTimer::singleShot(0, this, [this] {
            m_firstPaintMs = QDateTime::currentMSecsSinceEpoch() - m_launchedAtMs;
            QTimer::singleShot(1000, this, &StartupProbe::report);
        });
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    std::printf("first-paint-ms=%lld idle-rss-kib=%lld\n", static_cast<long long>(m_firstPaintMs),
        static_cast<long long>(residentKiB()));
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace keyway::ui
