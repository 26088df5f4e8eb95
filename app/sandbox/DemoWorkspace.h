#pragma once

#include "core/Expected.h"
#include "model/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace keyway::sandbox {

// The sample workspace of "Try the local sandbox": a sandbox, a production-like and an OAuth
// environment pointing at the embedded sandbox, and requests for accounts, invoices, verify and an
// error. The demo secrets are not written here: they go to the keychain through the caller.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static QString sandboxEnvironment() { return QStringLiteral("sandbox"); }
    static QString productionEnvironment() { return QStringLiteral("production-like"); }
    static QString oauthEnvironment() { return QStringLiteral("oauth sign-in"); }
    static QString firstRequest() { return QStringLiteral("List accounts"); } // what a new user sends first

    // Creates the workspace in `dir`, or updates an existing demo workspace to `sandboxBase`.
    static Expected<Workspace> prepare(const QString &dir, const QUrl &sandboxBase);

    // (environment, slot) → value of every demo secret.
    static QList<std::tuple<QString, QString, QString>> secrets();
};

} // namespace keyway::sandbox
