// libFuzzer target for the Postman collection importer: any bytes give a collection or a clear
// error, never a crash, a hang or unbounded memory.
#include "convert/PostmanImport.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = keyway::PostmanImport::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!result && result.error().isEmpty())
        fuzz::fail("an error without a message");
    return 0;
}
