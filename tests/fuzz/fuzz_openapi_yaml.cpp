// libFuzzer target for YAML reading (yaml-cpp with Keyway's expansion limits) and the OpenAPI
// importer behind it: alias bombs and deep nesting are refused, never followed until memory runs out.
#include "convert/OpenApiImport.h"
#include "convert/YamlJson.h"
#include "FuzzInput.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = keyway::YamlJson::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.yaml"));
    if (!parsed) {
        if (parsed.error().isEmpty())
            fuzz::fail("an error without a message");
        return 0;
    }
    if (parsed->isObject())
        (void)keyway::OpenApiImport::fromDocument(parsed->toObject(), QStringLiteral("fuzz.yaml"));
    return 0;
}
