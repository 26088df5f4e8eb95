#pragma once

#include <optional>

#include "core/Expected.h"
#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyway {

// A credential found in a pasted command, which Keyway offers to move into the keychain: the
// header keeps a {{secret.slot}} template, the value goes to the keychain.
struct FoundCredential
{
    QString header; // e.g. Authorization
    QString secretValue; // what would be stored (the token, not "Bearer ")
    QString prefix; // what stays in front of the template ("Bearer ", "Basic ", "")
    QString suggestedSlot; // token, api_key, auth_token, basic_credentials
};

// Turns a cURL command (as copied from API docs or a browser's "Copy as cURL") into a request:
// -X, -H, -d/--data/--data-raw/--data-binary/--data-ascii, --data-urlencode, -u, --url, -G, --json,
// -b, -A, -e, -I, -F is reported. Options Keyway does without (-s, -L, --compressed, …) are accepted;
// every option it does not understand is listed, never dropped silently.
class CurlImport
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)

public:
    struct Result
    {
        RequestSpec request;
        QStringList notUnderstood; // options (with their values) that were left out
        QList<FoundCredential> credentials;
    };

    // `baseUrl`: when the URL starts with it, the request keeps only the rest (…/accounts →
    // /accounts), so it follows the environment.
    static Expected<Result> parse(const QString &command, const QString &baseUrl = {});
    // Replaces the credential's value in the request's header by "prefix{{secret.slot}}".
    static void moveToSecret(RequestSpec &request, const FoundCredential &credential, const QString &slot);
    // curl's -F: NAME=VALUE, or NAME=@FILE[;type=MIME] for a file; std::nullopt when it is neither.
    static std::optional<FormPart> formPart(const QString &text);
};

} // namespace keyway
