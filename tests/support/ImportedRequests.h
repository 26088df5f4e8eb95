#pragma once

#include "convert/PostmanImport.h"

#include <algorithm>

// What an import produced, looked up as the import tests need it.

// The imported request named `name`; null when there is none.
inline const keyway::RequestSpec *importedRequest(const keyway::ImportedCollection &imported, const QString &name)
{
    for (const keyway::RequestSpec &request : imported.bundle.requests) {
        if (request.name == name)
            return &request;
    }
    return nullptr;
}

// Whether one of the lines listing what was left out contains `part`.
inline bool reportedLeftOut(const keyway::ImportedCollection &imported, const QString &part)
{
    return std::any_of(imported.unsupported.cbegin(), imported.unsupported.cend(),
        [&](const QString &line) { return line.contains(part); });
}
