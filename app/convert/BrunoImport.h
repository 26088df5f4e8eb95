#pragma once

#include "convert/PostmanImport.h"

#include <optional>

namespace keyway {

// A Bruno collection folder (bruno.json and its .bru files): each request file becomes a request in
// its folder and order (meta seq), headers, body (JSON, text, XML, form, multipart, GraphQL), bearer
// and API-key auth; `assert` lines and `vars:post-response` values become checks and captures;
// environments/*.bru become environments (vars:secret names are secret slots, their values are not
// in the folder). Scripts and tests are JavaScript: listed as left out, never run.
class BrunoImport
{
    Q_DECLARE_TR_FUNCTIONS(BrunoImport)

public:
    static constexpr int MaxFiles = 10'000;
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    static Expected<ImportedCollection> fromFolder(const QString &folder);
    // One `assert` line ("res.body.id: isDefined", "res.status: eq 201") as a check; none when it
    // says something a check cannot.
    static std::optional<QString> checkOf(const QString &subject, const QString &assertion);
    // One `vars:post-response` line ("id: res.body.data.id") as a capture; none for anything else.
    static std::optional<QString> captureOf(const QString &name, const QString &expression);
};

} // namespace keyway
