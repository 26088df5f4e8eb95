// libFuzzer target for the workspace's own files (a colleague's repository is input too): an
// environment or request file is read or refused with a reason, and whatever is read is written
// back into a file that reads again.
//
// Input layout: first byte even → environment file, odd → request file; the rest is the file.
#include "FuzzInput.h"
#include "storage/ModelJson.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data + 1, size - 1));
    if (!document.isObject())
        return 0;
    const QString path = QStringLiteral("fuzz.json");
    if (data[0] % 2 == 0) {
        const auto environment = keyway::ModelJson::environmentFromJson(document.object(), path);
        if (environment && !keyway::ModelJson::environmentFromJson(keyway::ModelJson::toJson(environment.value()), path))
            fuzz::fail("an environment Keyway read cannot be read back after saving");
    } else {
        const auto request = keyway::ModelJson::requestFromJson(document.object(), path);
        if (request && !keyway::ModelJson::requestFromJson(keyway::ModelJson::toJson(request.value()), path))
            fuzz::fail("a request Keyway read cannot be read back after saving");
    }
    return 0;
}
