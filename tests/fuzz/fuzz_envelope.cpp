// libFuzzer target for the error-envelope recognizer: any status, headers and body must give a
// report (or none) without crashing, hanging or reading out of bounds.
//
// Input layout: 2 bytes status, then header lines "Name: value\n" up to a blank line, then the body.

#include "envelope/EnvelopeRecognizer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype split = rest.indexOf("\n\n");
    keyway::HeaderList headers;
    if (split >= 0) {
        for (const QByteArray &line : rest.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
    }
    const QByteArray body = split >= 0 ? rest.mid(split + 2) : rest;
    const auto report = keyway::EnvelopeRecognizer::recognize(status, headers, body);
    if (report)
        (void)report->toCard();
    return 0;
}
