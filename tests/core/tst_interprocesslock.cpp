#include "core/InterProcessLock.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using keyway::InterProcessLock;

// The lock behind "one refresh per grant on the machine": waits without blocking, gives up with
// the holder named, takes over from a holder that died.
class TestInterProcessLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(QStringLiteral("locks/") + name); }

private Q_SLOTS:
    void aSecondHolderWaitsUntilTheFirstLetsGo()
    {
        InterProcessLock first(path(QStringLiteral("a.lock")));
        InterProcessLock second(path(QStringLiteral("a.lock")));
        QSignalSpy firstAcquired(&first, &InterProcessLock::acquired);
        QSignalSpy secondAcquired(&second, &InterProcessLock::acquired);
        QSignalSpy secondFailed(&second, &InterProcessLock::failed);
        first.acquire(1000);
        QVERIFY(firstAcquired.wait(5000));
        QVERIFY(first.isHeld());
        QCOMPARE(QFileInfo(QFileInfo(first.filePath()).absolutePath()).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        second.acquire(30'000);
        QTest::qWait(300);
        QCOMPARE(secondAcquired.size(), 0); // still waiting, and the event loop kept running
        first.release();
        QVERIFY(secondAcquired.wait(5000));
        QVERIFY(second.isHeld());
        QCOMPARE(secondFailed.size(), 0);
    }

    void aHolderThatNeverLetsGoMakesTheWaitFailWithItsName()
    {
        QLockFile holder(path(QStringLiteral("b.lock")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("locks")));
        QVERIFY(holder.tryLock(0));
        InterProcessLock waiter(path(QStringLiteral("b.lock")));
        QSignalSpy failed(&waiter, &InterProcessLock::failed);
        waiter.acquire(200);
        QVERIFY(failed.wait(5000));
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("b.lock")), qPrintable(reason));
        QVERIFY(!waiter.isHeld());
    }

    void theLockOfAProcessThatDiedIsTakenOver()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("locks")));
        const QString file = path(QStringLiteral("c.lock"));
        const pid_t child = fork();
        if (child == 0) {
            QLockFile lock(file);
            lock.tryLock(0);
            _exit(0); // dies holding it: no unlock, the file stays
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(QFile::exists(file));

        InterProcessLock next(file);
        QSignalSpy acquired(&next, &InterProcessLock::acquired);
        next.acquire(1000);
        QVERIFY(acquired.wait(5000));
    }

    void aLockFolderThatCannotBeMadeIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        InterProcessLock lock(m_dir.filePath(QStringLiteral("file/sub/d.lock")));
        QSignalSpy failed(&lock, &InterProcessLock::failed);
        lock.acquire(1000);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("file")),
            qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestInterProcessLock)
#include "tst_interprocesslock.moc"
