#pragma once

#include "core/Expected.h"
#include "graphql/GraphQlSchema.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace keyway {

// Schemas fetched by introspection, kept per environment and endpoint in the cache folder so the
// editor completes at once next time; Refresh fetches again. A schema holds no secret.
class GraphQlSchemaCache
{
    Q_DECLARE_TR_FUNCTIONS(GraphQlSchemaCache)

public:
    struct Entry
    {
        GraphQlSchema schema;
        QDateTime fetchedAt;
    };

    GraphQlSchemaCache(); // in the cache folder
    // `directory`: where the files go (tests give their own).
    explicit GraphQlSchemaCache(QString directory);

    std::optional<Entry> load(const QString &workspaceId, const QString &environment, const QString &endpoint) const;
    Status store(const QString &workspaceId, const QString &environment, const QString &endpoint,
        const GraphQlSchema &schema) const;

private:
    QString pathOf(const QString &workspaceId, const QString &environment, const QString &endpoint) const;

    QString m_directory;
};

} // namespace keyway
