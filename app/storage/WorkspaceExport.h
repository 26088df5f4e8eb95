#pragma once

#include "core/Expected.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace keyway {

// A workspace or one environment in a single file to hand to someone else: environments with
// their secret slot *names* and requests — never a secret value, a token or the keychain id of the
// workspace it came from. Importing adds it to a workspace; the secrets are asked for afterwards.
struct ExportBundle
{
    QString sourceName; // the workspace it came from, for the user's orientation
    QList<Environment> environments;
    QList<RequestSpec> requests;
};

class WorkspaceExport
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceExport)

public:
    static ExportBundle ofWorkspace(const Workspace &workspace);
    static ExportBundle ofEnvironment(const Workspace &workspace, const Environment &environment);

    static QJsonObject toJson(const ExportBundle &bundle);
    static Expected<ExportBundle> fromJson(const QJsonObject &object, const QString &path);
    static Status write(const QString &path, const ExportBundle &bundle);
    static Expected<ExportBundle> read(const QString &path);

    struct Imported
    {
        QStringList environments; // names as saved (renamed when the name was taken)
        QStringList renamed; // "old → new", for telling the user
        int requests = 0;
    };
    // Saves everything into `workspace` (and its folder); names already in use get "-imported".
    static Expected<Imported> importInto(Workspace &workspace, const ExportBundle &bundle);
};

} // namespace keyway
