#pragma once

#include "convert/PostmanImport.h"

#include <QJsonObject>

namespace keyway {

// An OpenAPI 3.0 / 3.1 document (JSON or YAML): every operation becomes a request (folder = its
// first tag, name = operationId or summary, path parameters as {{variables}}, a JSON example body),
// every server an environment (server variables filled with their defaults), the security schemes
// the auth setting with {{secret.*}} slots. Local $refs are followed; what has no Keyway
// equivalent (external refs, OpenID Connect, multipart bodies…) is reported.
class OpenApiImport
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiImport)

public:
    static Expected<ImportedCollection> fromDocument(const QJsonObject &document, const QString &path);
};

} // namespace keyway
