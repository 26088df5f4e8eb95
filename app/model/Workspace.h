#pragma once

#include "model/Environment.h"
#include "model/RequestSpec.h"

#include <QList>
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

    const Environment *environment(const QString &name) const;
    Environment *environment(const QString &name);
};

} // namespace keyway
