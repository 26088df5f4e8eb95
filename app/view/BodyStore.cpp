#include "view/BodyStore.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace keyway {

namespace {

const QLatin1String FilePrefix("body-");

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

} // namespace

BodyStore::BodyStore(Options options)
    : m_options(std::move(options))
{
    if (m_options.directory.isEmpty())
        m_options.directory = defaultDirectory();
    m_options.segmentBytes = std::max<qint64>(m_options.segmentBytes, 4096);
}

BodyStore::~BodyStore() = default; // the temporary file removes itself

QString BodyStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/responses");
}

int BodyStore::removeLeftovers(const QString &directory)
{
    int removed = 0;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({FilePrefix + QLatin1Char('*')}, QDir::Files)) {
        // body-<pid>-XXXXXX: the pid says whose it is.
        const qint64 pid = name.section(QLatin1Char('-'), 1, 1).toLongLong();
        if (processIsGone(pid) && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

bool BodyStore::isOnDisk() const
{
    std::lock_guard lock(m_mutex);
    return !m_filePath.isEmpty();
}


QString BodyStore::filePath() const
{
    std::lock_guard lock(m_mutex);
    return m_filePath;
}

Status BodyStore::expect(qint64 announcedBytes)
{
    if (announcedBytes <= m_options.memoryBytes)
        return {};
    if (!QDir().mkpath(m_options.directory))
        return Failure {ErrorKind::Io, tr("cannot create %1 for the response body").arg(m_options.directory)};
    const qint64 free = QStorageInfo(m_options.directory).bytesAvailable();
    if (free >= 0 && announcedBytes > free)
        return Failure {ErrorKind::Io,
            tr("the response body (%1) is larger than the free space in %2 (%3); free some space or save "
               "the body with keyway-cli send -o FILE to a disk that has it")
                .arg(QLocale().formattedDataSize(announcedBytes), m_options.directory,
                    QLocale().formattedDataSize(free))};
    return moveToDisk();
}

Status BodyStore::append(QByteArrayView bytes)
{
    if (m_filePath.isEmpty() && size() + bytes.size() > m_options.memoryBytes)
        if (Status moved = moveToDisk(); !moved)
            return moved;
    const qint64 segment = m_options.segmentBytes;
    std::unique_lock lock(m_mutex);
    m_written.wait(lock, [this] { return m_writeFailure || m_filePath.isEmpty() || size() - m_fileBytes <= MaxUnwrittenBytes; });
    if (m_writeFailure)
        return *m_writeFailure;
    while (!bytes.isEmpty()) {
        const qint64 held = size() - m_memoryStart;
        const size_t index = size_t(held / segment);
        const qint64 at = held % segment;
        if (index == m_memory.size())
            m_memory.push_back(Buffer(new char[size_t(segment)])); // not zeroed: untouched pages cost nothing
        char *target = m_memory[index].get() + at;
        const qint64 take = std::min<qint64>(bytes.size(), segment - at);
        lock.unlock(); // the bytes past size() are this side's alone
        std::memcpy(target, bytes.data(), size_t(take));
        m_size.store(size() + take, std::memory_order_release);
        bytes = bytes.sliced(take);
        lock.lock();
    }
    return {};
}

bool BodyStore::shareBytes(const QByteArray &bytes)
{
    std::unique_lock lock(m_mutex);
    if (!isFinished() || !m_filePath.isEmpty() || m_memoryStart != 0 || m_memory.size() != 1 || bytes.size() != size())
        return false;
    // Compared without the lock, which readers on other threads need meanwhile: nothing writes to
    // a finished store, and this side alone replaces its buffer.
    const Buffer own = m_memory.front();
    lock.unlock();
    if (std::memcmp(own.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return false;
    lock.lock();
    // The buffer points into the QByteArray's data and keeps a reference to it: shared, not copied.
    // A holder of `bytes` that changes them gets a copy of its own.
    m_memory.front() = Buffer(const_cast<char *>(bytes.constData()), [kept = bytes](char *) {});
    return true;
}

Status BodyStore::moveToDisk()
{
    if (!m_filePath.isEmpty())
        return {};
    if (!QDir().mkpath(m_options.directory))
        return Failure {ErrorKind::Io, tr("cannot create %1 for the response body").arg(m_options.directory)};
    QFile::setPermissions(m_options.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto file = std::make_shared<QTemporaryFile>(
        QStringLiteral("%1/%2%3-XXXXXX").arg(m_options.directory, FilePrefix).arg(QCoreApplication::applicationPid()));
    if (!file->open()) // QTemporaryFile creates it 0600
        return Failure {ErrorKind::Io,
            tr("cannot create a file for the response body in %1: %2").arg(m_options.directory, file->errorString())};
    std::lock_guard lock(m_mutex);
    m_file = std::move(file);
    m_filePath = m_file->fileName();
    return {};
}

qint64 BodyStore::unwritten() const
{
    std::lock_guard lock(m_mutex);
    return m_filePath.isEmpty() ? 0 : size() - m_fileBytes;
}

Status BodyStore::writeBehind()
{
    const qint64 segment = m_options.segmentBytes;
    for (;;) {
        std::unique_lock lock(m_mutex);
        if (m_writeFailure)
            return *m_writeFailure;
        if (!m_file || m_fileBytes >= size())
            return {};
        const qint64 inSegment = (m_fileBytes - m_memoryStart) % segment;
        const Buffer buffer = m_memory[size_t((m_fileBytes - m_memoryStart) / segment)];
        const qint64 length = std::min({WriteStep, segment - inSegment, size() - m_fileBytes});
        const std::shared_ptr<QTemporaryFile> file = m_file;
        lock.unlock(); // readers and the appending side go on meanwhile
        const bool written = file->write(buffer.get() + inSegment, length) == length && file->flush();
        lock.lock();
        if (!written) {
            m_writeFailure = Failure {ErrorKind::Io,
                tr("cannot keep the response body in %1: %2 (is the disk full?)")
                    .arg(m_options.directory, file->errorString())};
            m_written.notify_all();
            return *m_writeFailure;
        }
        m_fileBytes += length;
        // A segment all in the file leaves memory (readers still holding it keep it alive).
        while (!m_memory.empty() && m_memoryStart + segment <= m_fileBytes) {
            m_memory.erase(m_memory.begin());
            m_memoryStart += segment;
        }
        m_written.notify_all();
    }
}

std::vector<BodyStore::Piece> BodyStore::piecesFor(qint64 from, qint64 to) const
{
    std::vector<Piece> pieces;
    std::lock_guard lock(m_mutex);
    if (from < m_fileBytes)
        pieces.push_back({nullptr, 0});
    for (size_t i = 0; i < m_memory.size(); ++i) {
        const qint64 offset = m_memoryStart + qint64(i) * m_options.segmentBytes;
        if (offset < to && offset + m_options.segmentBytes > from)
            pieces.push_back({m_memory[i], offset});
    }
    return pieces;
}

bool BodyStore::visit(qint64 from, qint64 to, const std::function<bool(QByteArrayView, qint64)> &visit) const
{
    to = std::min(to, size()); // what arrived; the pieces taken below hold at least that much
    if (from >= to)
        return true;
    qint64 fileEnd = 0;
    for (const Piece &piece : piecesFor(from, to)) {
        if (!piece.memory) {
            std::unique_lock lock(m_mutex);
            fileEnd = std::min(m_fileBytes, to);
            lock.unlock();
            if (!visitFile(from, fileEnd, visit))
                return false;
            continue;
        }
        const qint64 start = std::max({from, piece.offset, fileEnd});
        const qint64 end = std::min(to, piece.offset + m_options.segmentBytes);
        if (start < end
            && !visit(QByteArrayView(piece.memory.get() + (start - piece.offset), end - start), start))
            return false;
    }
    return true;
}

bool BodyStore::visitFile(qint64 from, qint64 to, const std::function<bool(QByteArrayView, qint64)> &visit) const
{
    QFile file(filePath());
    if (from >= to || !file.open(QIODevice::ReadOnly))
        return from >= to;
    const qint64 segment = m_options.segmentBytes;
    for (qint64 start = from; start < to;) {
        const qint64 end = std::min(to, (start / segment + 1) * segment);
        uchar *mapped = file.map(start, end - start);
        if (mapped == nullptr)
            return false;
        const bool more = visit(QByteArrayView(reinterpret_cast<const char *>(mapped), end - start), start);
        file.unmap(mapped); // mapped pages leave the resident set with the map
        if (!more)
            return false;
        start = end;
    }
    return true;
}

QByteArray BodyStore::read(qint64 offset, qint64 length) const
{
    QByteArray bytes;
    const qint64 end = std::min(size(), offset + std::max<qint64>(0, length));
    if (offset >= end)
        return bytes;
    bytes.reserve(end - offset);
    visit(offset, end, [&bytes](QByteArrayView piece, qint64) {
        bytes.append(piece);
        return true;
    });
    return bytes;
}

} // namespace keyway
