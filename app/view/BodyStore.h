#pragma once

#include "core/Expected.h"

#include <atomic>
#include <condition_variable>
#include <optional>
#include <functional>
#include <memory>
#include <mutex>
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <vector>

class QTemporaryFile;

namespace keyway {

struct BodyStoreOptions
{
    qint64 memoryBytes = qint64(16) << 20; // kept in memory up to this size
    qint64 segmentBytes = qint64(16) << 20; // the unit of writing to and mapping from the file
    QString directory; // empty: BodyStore::defaultDirectory()
};

// A response body of any size, appended as it arrives (by one thread) and read by any number of
// threads meanwhile. Small bodies stay in memory; past `memoryBytes` the body goes to a private
// temporary file (0600, in the cache directory, removed with the store), written by another thread
// (writeBehind) so a slow disk never holds up the one that appends, and read through memory maps of
// one segment at a time, so memory does not grow with the body.
class BodyStore
{
    Q_DECLARE_TR_FUNCTIONS(BodyStore)
    Q_DISABLE_COPY_MOVE(BodyStore)

public:
    using Options = BodyStoreOptions;

    explicit BodyStore(Options options = {});
    ~BodyStore();

    // Appending side. `expect` takes the announced size (Content-Length) and refuses one the disk
    // cannot hold before a byte is written. `append` fails once writing to the file failed, and
    // waits while more than MaxUnwrittenBytes wait to be written (a disk slower than the network).
    Status expect(qint64 announcedBytes);
    Status append(QByteArrayView bytes);
    void finish() { m_finished.store(true, std::memory_order_release); }
    // Once the body is complete and in memory: reads from `bytes` from now on, when they are the
    // same bytes, and frees the store's own copy (readers holding it keep it until they are done).
    // The window keeps a body up to 16 MB for checks, captures and history anyway; sharing that
    // copy halves what a shown response costs. False (and nothing changes) otherwise.
    bool shareBytes(const QByteArray &bytes);

    // Writing side (one thread at a time): puts what is only in memory into the file.
    Status writeBehind();
    qint64 unwritten() const;

    // Reader side, any thread.
    qint64 size() const { return m_size.load(std::memory_order_acquire); }
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    bool isOnDisk() const;
    QString filePath() const; // empty while in memory
    QByteArray read(qint64 offset, qint64 length) const;
    // Hands [from, to) (clipped to what arrived) to `visit` in order, a piece at a time, each piece
    // with its offset; stops when `visit` returns false (and then returns false).
    bool visit(qint64 from, qint64 to, const std::function<bool(QByteArrayView, qint64)> &visit) const;

    // Where bodies kept on disk go: <cache>/responses, created 0700.
    static QString defaultDirectory();
    // Removes the files that processes no longer running left behind (a crash, a kill); returns
    // how many. Files of running instances stay.
    static int removeLeftovers(const QString &directory = defaultDirectory());

private:
    using Buffer = std::shared_ptr<char[]>;
    struct Piece
    {
        Buffer memory; // null: in the file
        qint64 offset = 0;
    };

    static constexpr qint64 WriteStep = 1024 * 1024;
    static constexpr qint64 MaxUnwrittenBytes = qint64(64) << 20;

    Status moveToDisk();
    std::vector<Piece> piecesFor(qint64 from, qint64 to) const;
    bool visitFile(qint64 from, qint64 to, const std::function<bool(QByteArrayView, qint64)> &visit) const;

    Options m_options;
    std::atomic<qint64> m_size = 0;
    std::atomic_bool m_finished = false;
    mutable std::mutex m_mutex; // guards the fields below
    std::condition_variable m_written; // the writing side made room
    std::vector<Buffer> m_memory; // the segments not all in the file yet, in order
    qint64 m_memoryStart = 0; // where the first of them starts
    qint64 m_fileBytes = 0; // bytes [0, m_fileBytes) are in the file
    std::shared_ptr<QTemporaryFile> m_file; // used by the writing side only, once created
    QString m_filePath;
    std::optional<Failure> m_writeFailure;
};

} // namespace keyway
