#include "history/HistoryStore.h"

#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace keyway {

namespace {

QByteArray headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QByteArray &json)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = value.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

// The request template as typed (never expanded, so {{secret.*}} stays a reference).
QByteArray templateToJson(const RequestSpec &request)
{
    QJsonArray headers;
    for (const HeaderField &header : request.headers)
        headers.append(QJsonArray {header.name, header.value, header.enabled});
    const QJsonObject object {{QStringLiteral("name"), request.name},
        {QStringLiteral("collection"), request.collection}, {QStringLiteral("method"), request.method},
        {QStringLiteral("url"), request.url}, {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), request.body}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

RequestSpec templateFromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    RequestSpec request;
    request.name = object.value(QStringLiteral("name")).toString();
    request.collection = object.value(QStringLiteral("collection")).toString();
    request.method = object.value(QStringLiteral("method")).toString(request.method);
    request.url = object.value(QStringLiteral("url")).toString();
    request.body = object.value(QStringLiteral("body")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("headers")).toArray()) {
        const QJsonArray header = value.toArray();
        request.headers.append({header.at(0).toString(), header.at(1).toString(), header.at(2).toBool(true)});
    }
    return request;
}

HistoryEntry entryFrom(const QSqlQuery &query, bool withBodies)
{
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.sentAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.workspaceId = query.value(2).toString();
    entry.environment = query.value(3).toString();
    entry.method = query.value(4).toString();
    entry.url = query.value(5).toString();
    entry.status = query.value(6).toInt();
    entry.elapsedMs = query.value(7).toLongLong();
    entry.responseSize = query.value(8).toLongLong();
    entry.error = query.value(9).toString();
    if (withBodies) {
        entry.request = templateFromJson(query.value(10).toByteArray());
        entry.requestHeaders = headersFromJson(query.value(11).toByteArray());
        entry.responseHeaders = headersFromJson(query.value(12).toByteArray());
        entry.requestBody = query.value(13).toByteArray();
        entry.responseBody = query.value(14).toByteArray();
    }
    return entry;
}

const char *SelectColumns
    = "SELECT id, sent_at, workspace_id, environment, method, url, status, elapsed_ms, "
      "response_size, error, request_spec, request_headers, response_headers, request_body, "
      "response_body FROM entries";

} // namespace

HistoryStore::HistoryStore(qint64 bodyLimitBytes)
    : m_bodyLimit(bodyLimitBytes)
{
}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Status HistoryStore::open(const QString &path)
{
    m_notice.clear();
    if (Status dir = AppPaths::ensurePrivateDir(QFileInfo(path).absolutePath()); !dir)
        return dir;
    if (openFile(path).ok())
        return {};
    // Unreadable or damaged: keep it for inspection and start afresh.
    close();
    const QString aside = path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    m_notice = tr("The history database %1 was damaged; it was moved to %2 and a new one was started.")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside));
    return openFile(path);
}

Status HistoryStore::openFile(const QString &path)
{
    close();
    m_connection = QStringLiteral("keyway-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Failure {ErrorKind::Io, tr("cannot open history %1: %2").arg(path, db.lastError().text())};
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return Failure {ErrorKind::FileFormat, tr("history %1 failed its integrity check").arg(path)};
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_path = path;
    if (Status schema = createSchema(); !schema)
        return schema;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status HistoryStore::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    const bool ok = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY "
                                              "AUTOINCREMENT, sent_at INTEGER NOT NULL, "
                                              "workspace_id TEXT, environment TEXT, method TEXT, url TEXT, "
                                              "status INTEGER, elapsed_ms INTEGER, "
                                              "response_size INTEGER, error TEXT, request_spec BLOB, "
                                              "request_headers BLOB, response_headers BLOB, "
                                              "request_body BLOB, response_body BLOB)"))
        && query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entries_sent_at ON entries(sent_at)"));
    if (!ok)
        return Failure {ErrorKind::FileFormat,
            tr("history %1 has an unexpected layout: %2").arg(m_path, query.lastError().text())};
    return {};
}

Expected<qint64> HistoryStore::add(const HistoryEntry &entry)
{
    if (!isOpen())
        return Failure {ErrorKind::Io, tr("history is not open")};
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT INTO entries (sent_at, workspace_id, environment, method, url, status, "
                       "elapsed_ms, response_size, error, "
                       "request_spec, request_headers, response_headers, request_body, response_body) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.sentAt.toMSecsSinceEpoch());
    query.addBindValue(entry.workspaceId);
    query.addBindValue(entry.environment);
    query.addBindValue(entry.method);
    query.addBindValue(entry.url);
    query.addBindValue(entry.status);
    query.addBindValue(entry.elapsedMs);
    query.addBindValue(entry.responseSize);
    query.addBindValue(entry.error);
    query.addBindValue(templateToJson(entry.request));
    query.addBindValue(headersToJson(entry.requestHeaders));
    query.addBindValue(headersToJson(entry.responseHeaders));
    query.addBindValue(entry.requestBody.left(m_bodyLimit));
    query.addBindValue(entry.responseBody.left(m_bodyLimit));
    if (!query.exec())
        return Failure {ErrorKind::Io, tr("cannot write history: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

QList<HistoryEntry> HistoryStore::search(const QString &text, int limit) const
{
    QList<HistoryEntry> entries;
    if (!isOpen())
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    const QString like = QLatin1Char('%') + text + QLatin1Char('%');
    query.prepare(QLatin1String(SelectColumns)
        + QStringLiteral(
            " WHERE ? = '' OR url LIKE ? OR method LIKE ? OR environment LIKE ? OR CAST(status AS TEXT) = ? "
            "ORDER BY sent_at DESC, id DESC LIMIT ?"));
    query.addBindValue(text);
    query.addBindValue(like);
    query.addBindValue(like);
    query.addBindValue(like);
    query.addBindValue(text);
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        entries.append(entryFrom(query, false));
    return entries;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QLatin1String(SelectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query, true);
}

Status HistoryStore::renameEnvironment(const QString &workspaceId, const QString &from, const QString &to)
{
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("UPDATE entries SET environment = ? WHERE workspace_id = ? AND environment = ?"));
    query.addBindValue(to);
    query.addBindValue(workspaceId);
    query.addBindValue(from);
    if (!query.exec())
        return Failure {ErrorKind::Io, tr("cannot update the history: %1").arg(query.lastError().text())};
    return {};
}

Status HistoryStore::clear()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("DELETE FROM entries")))
        return Failure {ErrorKind::Io, tr("cannot clear history: %1").arg(query.lastError().text())};
    query.exec(QStringLiteral("VACUUM")); // cleared entries must not linger in free pages
    return {};
}

} // namespace keyway
