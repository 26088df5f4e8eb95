#pragma once

#include <memory>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QLockFile;

namespace keyway {

// A lock shared by every Keyway process of this user (the window, keyway-cli, CI jobs), taken
// without blocking the event loop. A lock left by a process that died is taken over (QLockFile
// checks whether its holder still runs); a live holder that never lets go makes `acquire` fail
// after the wait it was given.
class InterProcessLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterProcessLock)

public:
    explicit InterProcessLock(QString filePath, QObject *parent = nullptr);
    ~InterProcessLock() override;

    // Emits `acquired` or `failed` once, never before acquire() returns.
    void acquire(int waitMs);
    void release();
    bool isHeld() const;
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void acquired();
    void failed(const QString &reason);

private:
    void tryOnce();
    QString holderDescription() const;

    QString m_filePath;
    std::unique_ptr<QLockFile> m_file;
    QTimer m_poll;
    QElapsedTimer m_waited;
    int m_waitMs = 0;
};

} // namespace keyway
