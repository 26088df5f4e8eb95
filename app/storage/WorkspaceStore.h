#pragma once

#include "core/Expected.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QString>

namespace keyway {

// Reads and writes a workspace folder:
//   keyway-workspace.json        id and name
//   environments/<name>.json     one per environment
//   requests/[<folder>/]<name>.json  one per saved request
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceStore)

public:
    static QString workspaceFileName() { return QStringLiteral("keyway-workspace.json"); }

    static bool isWorkspace(const QString &dir);
    static Expected<Workspace> create(const QString &dir, const QString &name);
    static Expected<Workspace> load(const QString &dir);

    static Status saveEnvironment(const Workspace &workspace, const Environment &environment);
    static Status removeEnvironment(const Workspace &workspace, const QString &environmentName);
    static Status saveRequest(const Workspace &workspace, const RequestSpec &request);
    static Status removeRequest(const Workspace &workspace, const RequestSpec &request);
    // Request folders: made (0700), moved or renamed with everything in them, removed when empty.
    static Status createFolder(const Workspace &workspace, const QString &path);
    static Status moveFolder(const Workspace &workspace, const QString &from, const QString &to);
    static Status removeEmptyFolder(const Workspace &workspace, const QString &path);
    static QString folderPath(const Workspace &workspace, const QString &path);

    static QString environmentPath(const Workspace &workspace, const QString &environmentName);
    static QString requestPath(const Workspace &workspace, const RequestSpec &request);

private:
    static QList<Environment> loadEnvironments(const QString &root, QMap<QString, QString> &unreadable);
    static Expected<QList<RequestSpec>> loadRequests(const QString &root);
    static QStringList loadFolders(const QString &root);
};

} // namespace keyway
