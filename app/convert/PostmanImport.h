#pragma once

#include "core/Expected.h"
#include "storage/WorkspaceExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace keyway {

// What an import from another tool produced: an environment (variables, auth, secret slot names)
// and requests, the secret values found in the file — which go to the keychain, never into a
// Keyway file — and everything that was left out, each with where it was.
struct ImportedCollection
{
    ExportBundle bundle;
    QHash<QString, QString> secrets; // slot → value, for the bundle's first environment
    QStringList unsupported;
};

// A Postman Collection v2.1 (v2.0 reads the same): folders become request folders, requests keep
// their {{variables}}, collection variables and auth become an environment. Variables and auth
// values that are keys (token, secret, password, api key…) become {{secret.*}} slots. Test-script
// lines that say what a check or capture says become ones; the other script lines,
// saved responses and auth types Keyway has no equivalent for are reported.
class PostmanImport
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)

public:
    static Expected<ImportedCollection> fromJson(const QByteArray &json, const QString &path);
    // Makes any text a valid request, folder or environment name ("GET /users/{id}" → "GET -users-id").
    static QString fileSafeName(const QString &text, const QString &fallback);
};

} // namespace keyway
