#pragma once

#include "core/Expected.h"
#include "history/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>

namespace keyway {

// Sent requests in a SQLite file (WAL, so a crash mid-write loses at most that entry). A database
// that does not open or fails its integrity check is moved aside, never deleted, and a new one
// started; notice() says so.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(qint64 bodyLimitBytes = 1024 * 1024);
    // Bodies longer than this are cut in entries added from now on.
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    Status open(const QString &path);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    Expected<qint64> add(const HistoryEntry &entry);
    // Newest first; `text` matches URL, method, status or environment; empty lists everything.
    QList<HistoryEntry> search(const QString &text, int limit = 500) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    Status clear();
    // Entries sent with an environment follow it when it is renamed.
    Status renameEnvironment(const QString &workspaceId, const QString &from, const QString &to);

private:
    Status openFile(const QString &path);
    Status createSchema();
    void close();

    qint64 m_bodyLimit;
    QString m_connection;
    QString m_path;
    QString m_notice;
};

} // namespace keyway
