#include "graphql/GraphQlSchemaCache.h"

#include "core/AppPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace keyway {

GraphQlSchemaCache::GraphQlSchemaCache()
    : m_directory(AppPaths::cacheDir() + QStringLiteral("/graphql-schemas"))
{
}

GraphQlSchemaCache::GraphQlSchemaCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString GraphQlSchemaCache::pathOf(const QString &workspaceId, const QString &environment, const QString &endpoint) const
{
    const QByteArray key = (workspaceId + QLatin1Char('\n') + environment + QLatin1Char('\n') + endpoint).toUtf8();
    return m_directory + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(40))
        + QStringLiteral(".json");
}

std::optional<GraphQlSchemaCache::Entry> GraphQlSchemaCache::load(
    const QString &workspaceId, const QString &environment, const QString &endpoint) const
{
    QFile file(pathOf(workspaceId, environment, endpoint));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto schema = GraphQlSchema::fromIntrospection(QJsonDocument::fromJson(file.readAll()).object());
    if (!schema)
        return std::nullopt; // damaged: fetched again when asked
    return Entry {schema.value(), QFileInfo(file).lastModified().toUTC()};
}

Status GraphQlSchemaCache::store(const QString &workspaceId, const QString &environment, const QString &endpoint,
    const GraphQlSchema &schema) const
{
    if (Status made = AppPaths::ensurePrivateDir(m_directory); !made)
        return made;
    QSaveFile file(pathOf(workspaceId, environment, endpoint));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(schema.toJson()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        return Failure {ErrorKind::Io, tr("the schema could not be cached in %1: %2").arg(m_directory, file.errorString())};
    return {};
}

} // namespace keyway
