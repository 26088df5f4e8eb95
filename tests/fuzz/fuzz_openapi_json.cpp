// libFuzzer target for the OpenAPI importer fed JSON: any document gives requests or a clear error.
#include "convert/OpenApiImport.h"
#include "FuzzInput.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const auto result = keyway::OpenApiImport::fromDocument(document.object(), QStringLiteral("fuzz.json"));
    if (!result && result.error().isEmpty())
        fuzz::fail("an error without a message");
    return 0;
}
