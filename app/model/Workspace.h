#pragma once

#include "model/Environment.h"
#include "model/RequestSpec.h"

#include <QList>
#include <QMap>
#include <QString>

namespace keyway {

// A folder a team keeps in git: the workspace file, one file per environment and per request.
struct Workspace
{
    QString id; // stable UUID; namespaces this workspace's keychain entries
    QString name;
    QString rootPath;
    QList<Environment> environments;
    QList<RequestSpec> requests;
    QStringList folders; // every request folder ("a", "a/b"), empty ones included, sorted
    // Environment files that could not be read, by environment name, with the reason (file, line,
    // field): skipped, so the others keep working, and never overwritten.
    QMap<QString, QString> unreadableEnvironments;

    const Environment *environment(const QString &name) const;
    Environment *environment(const QString &name);
};

} // namespace keyway
