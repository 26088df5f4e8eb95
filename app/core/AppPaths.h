#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QString>

namespace keyway {

// Where Keyway keeps its own files (XDG locations), created owner-only.
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(AppPaths)

public:
    static QString dataDir();
    static QString configDir();
    static QString defaultWorkspaceDir();
    // Things that can be fetched again (GraphQL schemas); never secrets.
    static QString cacheDir();
    // Lock files shared by this user's Keyway processes (the runtime folder: private, per boot).
    static QString lockDir();

    // Creates `path` (and missing parents) and makes it 0700 when Keyway created it or owns it
    // as one of its own folders.
    static Status ensurePrivateDir(const QString &path);
};

} // namespace keyway
