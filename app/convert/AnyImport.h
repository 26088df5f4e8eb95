#pragma once

#include "convert/PostmanImport.h"

namespace keyway {

// Reads whatever a user hands to "Import": a Keyway export, a Postman collection or an OpenAPI 3
// document (JSON or YAML), told apart by their content, not their file name — or a Bruno collection
// (its folder, or the bruno.json in it).
class AnyImport
{
    Q_DECLARE_TR_FUNCTIONS(AnyImport)

public:
    static Expected<ImportedCollection> read(const QString &path);
};

} // namespace keyway
