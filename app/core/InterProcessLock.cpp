#include "core/InterProcessLock.h"

#include "core/AppPaths.h"

#include <QFileInfo>
#include <QLockFile>

namespace keyway {

namespace {

constexpr int PollIntervalMs = 50;

} // namespace

InterProcessLock::InterProcessLock(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &InterProcessLock::tryOnce);
}

InterProcessLock::~InterProcessLock()
{
    release();
}

void InterProcessLock::acquire(int waitMs)
{
    if (isHeld()) {
        QMetaObject::invokeMethod(this, &InterProcessLock::acquired, Qt::QueuedConnection);
        return;
    }
    if (const Status dir = AppPaths::ensurePrivateDir(QFileInfo(m_filePath).absolutePath()); !dir) {
        QMetaObject::invokeMethod(
            this, [this, reason = dir.error()] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
        return;
    }
    m_file = std::make_unique<QLockFile>(m_filePath);
    m_file->setStaleLockTime(0); // only a dead holder's lock is stale: a refresh may take long
    m_waitMs = waitMs;
    m_waited.start();
    QTimer::singleShot(0, this, &InterProcessLock::tryOnce);
}

void InterProcessLock::tryOnce()
{
    if (!m_file)
        return;
    if (m_file->tryLock(0)) {
        m_poll.stop();
        Q_EMIT acquired();
        return;
    }
    if (m_file->error() == QLockFile::LockFailedError && m_waited.elapsed() < m_waitMs) {
        m_poll.start();
        return;
    }
    m_poll.stop();
    const QString reason = m_file->error() == QLockFile::LockFailedError
        ? tr("%1 still holds %2 after %n second(s)", nullptr, int(m_waited.elapsed() / 1000))
              .arg(holderDescription(), m_filePath)
        : tr("cannot create the lock file %1").arg(m_filePath);
    m_file.reset();
    Q_EMIT failed(reason);
}

QString InterProcessLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_file || !m_file->getLockInfo(&pid, &host, &app))
        return tr("another process");
    return tr("%1 (process %2)").arg(app.isEmpty() ? tr("another process") : app).arg(pid);
}

void InterProcessLock::release()
{
    m_poll.stop();
    if (m_file && m_file->isLocked())
        m_file->unlock();
    m_file.reset();
}

bool InterProcessLock::isHeld() const
{
    return m_file && m_file->isLocked();
}

} // namespace keyway
